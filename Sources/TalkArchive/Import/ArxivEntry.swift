import Foundation

/// One line of the arXiv metadata snapshot (JSON lines): the fields `talks` reads.
///
/// ```json
/// {"id": "1806.07572", "title": "Neural Tangent Kernel: …", "authors": "Arthur Jacot, Franck Gabriel, Clément Hongler",
///  "abstract": "…", "categories": "cs.LG stat.ML", "update_date": "2020-02-10"}
/// ```
struct ArxivEntry: Decodable {
    var id: String
    var title: String
    var authors: String
    var abstract: String?
    var categories: String?
    var update_date: String?

    /// The entry as a paper record `arxiv-ID`, or nil with the reason when it cannot be one.
    func record() -> Result<ArchiveRecord, ImportProblem> {
        guard let normalized = ArxivID.normalize(id) else { return .failure(.init("“\(id)” is not an arXiv id")) }
        guard let date = update_date.flatMap(Day.init(iso:)) ?? ArxivEntry.dateFromID(normalized) else {
            return .failure(.init("no usable update_date for \(normalized)"))
        }
        let names = ArxivEntry.splitAuthors(authors)
        return .success(ArchiveRecord(
            id: "arxiv-" + normalized.replacingOccurrences(of: "/", with: "_"), kind: .paper, series: nil, date: date,
            title: TextTools.collapse(title), speakers: names.map { Speaker(name: $0, affiliation: nil) },
            abstract: abstract.map { TextTools.collapse($0) }.flatMap { $0.isEmpty ? nil : $0 },
            links: [Link(kind: .arxiv, url: "https://arxiv.org/abs/\(normalized)", label: "arXiv")],
            arxiv: [normalized], authorCount: names.count))
    }

    /// "A, B and C" → ["A", "B", "C"].
    static func splitAuthors(_ text: String) -> [String] {
        TextTools.collapse(text).replacingOccurrences(of: " and ", with: ", ")
            .split(separator: ",").map { TextTools.collapse($0) }.filter { !$0.isEmpty }
    }

    /// "2304.09871" was first posted in April 2023: a date when the line gives none.
    static func dateFromID(_ id: String) -> Day? {
        guard id.count >= 4, let yy = Int(id.prefix(2)), let mm = Int(id.dropFirst(2).prefix(2)) else { return nil }
        return Day(year: 2000 + yy, month: mm, day: 1)
    }
}

/// Why one line of an import was not taken.
struct ImportProblem: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

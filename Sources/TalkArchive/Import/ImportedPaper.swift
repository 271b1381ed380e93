import Foundation
import GRDB

/// A paper read from an import, as the index stores it: plain columns and no JSON, which would
/// only repeat them (and cost more to write than the full-text index does to build).
///
/// ```swift
/// ImportedPaper(arxiv: "hep-th/9901001", …).id   // "arxiv-hep-th_9901001"
/// ```
struct ImportedPaper: Equatable {
    var arxiv: String
    /// When the first version was posted.
    var date: Day
    var title: String
    /// Never holding "; ", which joins them in the index (`ArxivEntry.splitAuthors`).
    var authors: [String]
    /// Each author's affiliation, "" for none, in the order of `authors`; empty when no author has one.
    var affiliations: [String] = []
    var abstract: String?
    /// When the metadata last changed (`update_date`).
    var updated: Day?
    var withdrawn = false

    /// `arxiv-2211.05729`, `arxiv-hep-th_9901001`: the id of the paper imported for an arXiv id.
    static func id(arxiv: String) -> String {
        "arxiv-" + (arxiv.utf8.contains(UInt8(ascii: "/")) ? arxiv.replacingOccurrences(of: "/", with: "_") : arxiv)
    }

    var id: String { ImportedPaper.id(arxiv: arxiv) }

    var record: ArchiveRecord {
        let speakers = affiliations.count == authors.count
            ? zip(authors, affiliations).map { Speaker(name: $0, affiliation: $1.isEmpty ? nil : $1) }
            : authors.map { Speaker(name: $0, affiliation: nil) }
        return ArchiveRecord(
            id: id, kind: .paper, series: nil, date: date, title: title,
            speakers: speakers, abstract: abstract,
            links: [Link(kind: .arxiv, url: "https://arxiv.org/abs/\(arxiv)", label: "arXiv")],
            arxiv: [arxiv], authorCount: authors.count, updated: updated, withdrawn: withdrawn)
    }

    /// Adds the paper unless its id is there already (a snapshot repeating a paper), to the papers
    /// waiting to enter the index in date order. Affiliations are stored one per author, joined
    /// like the names, so that they can be paired again (and found by `affiliation:`).
    func insert(origin: String, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO \(RecordSchema.paperStaging)(id, kind, date, title, speakers, affiliations, abstract, topics, origin, updated, withdrawn)
            VALUES (?, 'paper', ?, ?, ?, ?, ?, '', ?, ?, ?)
            """)
        try statement.execute(arguments: [id, date.iso, title, authors.map(TextTools.indexedName).joined(separator: "; "),
                                          affiliations.joined(separator: "; "),
                                          abstract ?? "", origin, updated?.iso, withdrawn])
    }
}

extension ImportedPaper {
    /// The paper back from an index row's columns (`id`, `date`, `title`, `speakers`, `abstract`,
    /// `affiliations`, `updated`, `withdrawn`).
    init?(id: String, date: String, title: String, authors: String, abstract: String,
          affiliations: String = "", updated: String? = nil, withdrawn: Bool = false) {
        guard id.hasPrefix("arxiv-"), let day = Day(iso: date) else { return nil }
        let number = id.dropFirst(6)
        self.init(arxiv: number.utf8.contains(UInt8(ascii: "_")) ? number.replacingOccurrences(of: "_", with: "/") : String(number),
                  date: day, title: title, authors: ImportedPaper.authors(joined: authors),
                  affiliations: affiliations.isEmpty ? [] : ImportedPaper.authors(joined: affiliations),
                  abstract: abstract.isEmpty ? nil : abstract, updated: updated.flatMap(Day.init(iso:)), withdrawn: withdrawn)
    }

    /// "A; B; C" → ["A", "B", "C"], by bytes (Foundation's `components(separatedBy:)` is slow,
    /// and the list reads every row's authors); a name's search spelling (`TextTools.indexedName`) dropped.
    static func authors(joined: String) -> [String] {
        guard !joined.isEmpty else { return [] }
        if joined.utf8.contains(0x1F) {
            return authors(joined: String(joined.split(separator: "; ", omittingEmptySubsequences: false).map {
                $0.prefix { $0 != Character(TextTools.aliasSeparator) }
            }.joined(separator: "; ")))
        }
        var names: [String] = []
        let bytes = joined.utf8
        var start = bytes.startIndex
        var cursor = start
        while let semicolon = bytes[cursor...].firstIndex(of: UInt8(ascii: ";")) {
            let next = bytes.index(after: semicolon)
            if next < bytes.endIndex, bytes[next] == UInt8(ascii: " ") {
                names.append(String(joined[start..<semicolon]))
                start = bytes.index(after: next)
            }
            cursor = next
        }
        names.append(String(joined[start...]))
        return names
    }
}

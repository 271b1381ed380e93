import Foundation

/// One line of the arXiv metadata snapshot (JSON lines): the fields `talks` reads.
///
/// ```json
/// {"id": "1806.07572", "title": "Neural Tangent Kernel: …", "authors": "Arthur Jacot, Franck Gabriel, Clément Hongler",
///  "abstract": "…", "categories": "cs.LG stat.ML", "update_date": "2020-02-10", "versions": [ … ]}
/// ```
struct ArxivEntry {
    var id: String
    var title: String
    var authors: String
    var abstract: String?
    var categories: String?
    var update_date: String?

    init(id: String, title: String, authors: String, abstract: String?, categories: String?, update_date: String?) {
        self.id = id
        self.title = title
        self.authors = authors
        self.abstract = abstract
        self.categories = categories
        self.update_date = update_date
    }

    /// Reads one line; the error says in a few words what is wrong with it.
    init(line: [UInt8]) throws(ImportProblem) {
        let fields: JSONFieldScanner.Fields
        do {
            fields = try JSONFieldScanner.strings(in: line)
        } catch {
            throw ImportProblem("\(error.reason) at byte \(error.offset + 1)")
        }
        func required(_ key: String) throws(ImportProblem) -> String {
            if let value = fields.strings[key] { return value }
            if fields.otherTypes.contains(key) { throw ImportProblem("“\(key)” has the wrong type") }
            if fields.nulls.contains(key) { throw ImportProblem("“\(key)” is null") }
            throw ImportProblem("no “\(key)” field")
        }
        func optional(_ key: String) throws(ImportProblem) -> String? {
            if fields.otherTypes.contains(key) { throw ImportProblem("“\(key)” has the wrong type") }
            return fields.strings[key]
        }
        self.init(id: try required("id"), title: try required("title"), authors: try required("authors"),
                  abstract: try optional("abstract"), categories: try optional("categories"),
                  update_date: try optional("update_date"))
    }

    /// The entry as the paper `arxiv-ID`, or the reason it cannot be one.
    func paper() -> Result<ImportedPaper, ImportProblem> {
        guard let normalized = ArxivID.normalize(id) else { return .failure(.init("“\(id)” is not an arXiv id")) }
        guard let date = update_date.flatMap(Day.init(iso:)) ?? ArxivEntry.dateFromID(normalized) else {
            return .failure(.init("no usable update_date for \(normalized)"))
        }
        let abstract = abstract.map { TextTools.collapse($0) }
        return .success(ImportedPaper(arxiv: normalized, date: date, title: TextTools.collapse(title),
                                      authors: ArxivEntry.splitAuthors(authors), abstract: abstract?.isEmpty == false ? abstract : nil))
    }

    /// "A, B and C" → ["A", "B", "C"]. Semicolons separate too, so no name holds one: the index
    /// keeps the names joined by "; " and must be able to split them again.
    static func splitAuthors(_ text: String) -> [String] {
        let collapsed = TextTools.collapse(text)
        if let names = collapsed.utf8.withContiguousStorageIfAvailable(splitSimpleAuthors), let names { return names }
        var names: [String] = []
        for part in collapsed.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            var rest = Substring(part)
            while let and = rest.range(of: " and ") {
                names.append(String(rest[..<and.lowerBound]))
                rest = rest[and.upperBound...]
            }
            names.append(String(rest))
        }
        return names.map { TextTools.collapse($0) }.filter { !$0.isEmpty }
    }

    /// `splitAuthors` of collapsed text by its bytes, where they decide it (`TextTools.isSimple`):
    /// the same names, without a Unicode lookup per character; nil for other text.
    private static func splitSimpleAuthors(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard TextTools.isSimple(bytes) else { return nil }
        var names: [String] = []
        // One name: its bytes without the spaces at either end (the text is collapsed already).
        func add(_ start: Int, _ end: Int) {
            var start = start, end = end
            while start < end, bytes[start] == 0x20 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 { end -= 1 }
            if start < end { names.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
        }
        var start = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") {
                add(start, index)
                index += 1
                start = index
            } else if byte == 0x20, index + 5 <= bytes.count, bytes[index + 1] == UInt8(ascii: "a"),
                      bytes[index + 2] == UInt8(ascii: "n"), bytes[index + 3] == UInt8(ascii: "d"), bytes[index + 4] == 0x20 {
                add(start, index)
                index += 5
                start = index
            } else {
                index += 1
            }
        }
        add(start, bytes.count)
        return names
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

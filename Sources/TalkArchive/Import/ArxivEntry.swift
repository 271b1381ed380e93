import Foundation

/// One line of the arXiv metadata snapshot (JSON lines): the fields `talks` reads.
///
/// ```json
/// {"id":"0704.0001","submitter":"Pavel Nadolsky","authors":"C. Bal\\'azs, E. L. Berger, …","title":"Calculation of …",
///  "comments":"37 pages, 15 figures; published version", …, "abstract":"  A fully differential …",
///  "versions":[{"version":"v1","created":"Mon, 2 Apr 2007 19:18:42 GMT"}, …],"update_date":"2008-11-26",
///  "authors_parsed":[["Bal\u00e1zs","C.",""],["Berger","E. L.",""], …]}
/// ```
struct ArxivEntry {
    var id: String
    var title: String
    /// As written, TeX and all: `C. Bal\'azs, E. L. Berger and …`.
    var authors: String
    var abstract: String?
    var categories: String?
    /// When the metadata last changed (not when the paper was posted).
    var update_date: String?
    var comments: String?
    /// `versions[0].created`: when the first version was posted, `Mon, 2 Apr 2007 19:18:42 GMT`.
    var firstVersionCreated: String?
    /// `[last, first, suffix]` in Unicode, sometimes with a fourth string, an affiliation;
    /// nil when the line has none or one of another shape.
    var authorsParsed: [[String]]?

    init(id: String, title: String, authors: String, abstract: String?, categories: String?, update_date: String?,
         comments: String? = nil, firstVersionCreated: String? = nil, authorsParsed: [[String]]? = nil) {
        self.id = id
        self.title = title
        self.authors = authors
        self.abstract = abstract
        self.categories = categories
        self.update_date = update_date
        self.comments = comments
        self.firstVersionCreated = firstVersionCreated
        self.authorsParsed = authorsParsed
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
        // The two arrays read: of another type, they are not the snapshot's.
        if !fields.otherTypes.isEmpty {
            for key in [JSONFieldScanner.versions, JSONFieldScanner.authorsParsed] where fields.otherTypes.contains(key) {
                throw ImportProblem("“\(key)” has the wrong type")
            }
        }
        self.init(id: try required("id"), title: try required("title"), authors: try required("authors"),
                  abstract: try optional("abstract"), categories: try optional("categories"),
                  update_date: try optional("update_date"), comments: try optional("comments"),
                  firstVersionCreated: fields.firstVersionCreated, authorsParsed: fields.authorsParsed)
    }

    /// The entry as the paper `arxiv-ID`, or the reason it cannot be one. It is dated by its first
    /// version, else by `update_date`, else by its id's month.
    func paper() -> Result<ImportedPaper, ImportProblem> {
        guard let normalized = ArxivID.normalize(id) else { return .failure(.init("“\(id)” is not an arXiv id")) }
        let updated = update_date.flatMap(Day.init(iso:))
        guard let date = firstVersionCreated.flatMap(ArxivEntry.day(rfc2822:)) ?? updated ?? ArxivEntry.dateFromID(normalized) else {
            return .failure(.init("no usable date for \(normalized)"))
        }
        let abstract = abstract.map { TeXText.accents(TextTools.collapse($0)) }
        let names = authorsParsed.flatMap(ArxivEntry.names(parsed:)) ?? ArxivEntry.splitAuthors(TeXText.name(authors)).map { ($0, "") }
        return .success(ImportedPaper(arxiv: normalized, date: date, title: TeXText.accents(TextTools.collapse(title)),
                                      authors: names.map(\.name),
                                      affiliations: names.contains { !$0.affiliation.isEmpty } ? names.map(\.affiliation) : [],
                                      abstract: abstract?.isEmpty == false ? abstract : nil, updated: updated,
                                      withdrawn: ArxivEntry.isWithdrawn(comments: comments, abstract: abstract)))
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

}

/// Why one line of an import was not taken.
struct ImportProblem: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

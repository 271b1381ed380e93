import Foundation
import TOMLKit

/// A facts file: what public sources say of papers, one `[[paper]]` table each, in TOML.
///
/// ```toml
/// [[paper]]
/// title = "Neural Tangent Kernel: Convergence and Generalization in Neural Networks"
/// arxiv = "1806.07572"
/// authors = ["Arthur Jacot", "Franck Gabriel", "Clément Hongler"]
/// source = "https://arxiv.org/abs/1806.07572"
/// retrieved = "2026-12-03"
/// ```
/// `authors` items are names, or `{ name = "…", affiliation = "…" }`. Optional keys: `abstract`,
/// `categories`, `published`, `updated` (`YYYY-MM-DD`), `doi`, `journal_ref`, `comment`,
/// `withdrawn`, and `record`: the id of the record the paper is, or of the talk that discussed it,
/// for a talk whose title is not the paper's and whose page links no id. Every entry needs `title` and `source`: a fact without its source is not kept.
/// An entry that is wrong in any way is skipped whole and reported: a wrong id is worse than none.
enum PaperFactsFile {
    /// The table header every entry starts with; also how the format is recognized.
    static let entryHeader = "[[paper]]"

    static func recognizes(_ lines: [String]) -> Bool {
        lines.contains { $0.trimmingCharacters(in: .whitespaces) == entryHeader }
    }

    static func parse(_ page: PageText) -> ParsedPage {
        var parsed = ParsedPage(file: page.file, format: .paperFacts)
        let text = page.lines.map(\.text).joined(separator: "\n")
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            parsed.diagnostics.append(Diagnostic(.error, .unparsedLine, at: page.ref(error.source.begin.line),
                "not valid TOML (\(error.description)); none of this file's facts are used until it is fixed"))
            return parsed
        } catch {
            parsed.diagnostics.append(Diagnostic(.error, .unparsedLine, at: page.ref(1), "not valid TOML: \(error)"))
            return parsed
        }
        let entryLines = page.lines.filter { $0.text.trimmingCharacters(in: .whitespaces) == entryHeader }.map(\.number)
        let keyLines = TOMLKeyLines(text)
        for (name, _) in table where name != "paper" {
            parsed.diagnostics.append(Diagnostic(.warning, .unparsedLine, at: page.ref(keyLines.line(of: [name])),
                "unknown key “\(name)” outside a [[paper]] table; ignored"))
        }
        guard let entries = table["paper"]?.array else { return parsed }
        for (index, value) in entries.enumerated() {
            let ref = page.ref(index < entryLines.count ? entryLines[index] : 1)
            guard let entry = value.table else { continue }
            switch read(entry) {
            case .success(let facts):
                let recordID = entry["record"]?.string.map(TextTools.collapse)
                parsed.facts.append(ParsedFacts(facts: facts, recordID: recordID?.isEmpty == false ? recordID : nil, source: ref))
            case .failure(let problem):
                parsed.diagnostics.append(Diagnostic(.warning, .unparsedLine, at: ref, "\(problem.message); this entry is skipped"))
            }
        }
        parsed.asOf = parsed.facts.compactMap { $0.facts.retrieved.flatMap { Day(iso: String($0.prefix(10))) } }.max()
        return parsed
    }

    // MARK: - One entry

    private static let knownKeys: Set<String> = [
        "title", "arxiv", "authors", "abstract", "categories", "published", "updated", "doi", "journal_ref",
        "comment", "withdrawn", "source", "retrieved", "record",
    ]

    private static func read(_ entry: TOMLTable) -> Result<PaperFacts, ImportProblem> {
        if let unknown = entry.keys.filter({ !knownKeys.contains($0) }).sorted().first {
            return .failure(ImportProblem("unknown key “\(unknown)” (known: \(knownKeys.sorted().joined(separator: ", ")))"))
        }
        func text(_ key: String) throws(ImportProblem) -> String? {
            guard let value = entry[key] else { return nil }
            guard let string = value.string else { throw ImportProblem("“\(key)” must be a string") }
            let collapsed = TextTools.collapse(string)
            return collapsed.isEmpty ? nil : collapsed
        }
        func day(_ key: String) throws(ImportProblem) -> Day? {
            if let date = entry[key]?.date { return Day(year: date.year, month: date.month, day: date.day) }
            guard let string = try text(key) else { return nil }
            guard let day = Day(iso: string) else { throw ImportProblem("“\(key)” must be a date YYYY-MM-DD, not “\(string)”") }
            return day
        }
        do throws(ImportProblem) {
            _ = try text("record")
            guard let title = try text("title") else { throw ImportProblem("no “title”") }
            guard let source = try text("source") else { throw ImportProblem("no “source”: every fact names where it was read") }
            var arxiv: String?
            if let given = try text("arxiv") {
                guard let id = ArxivID.normalize(given) else { throw ImportProblem("“\(given)” is not an arXiv id") }
                arxiv = id
            }
            var withdrawn = false
            if let value = entry["withdrawn"] {
                guard let flag = value.bool else { throw ImportProblem("“withdrawn” must be true or false") }
                withdrawn = flag
            }
            return .success(PaperFacts(
                title: title, arxiv: arxiv, authors: try authors(entry["authors"]), abstract: try text("abstract"),
                categories: try strings(entry["categories"], key: "categories"), published: try day("published"),
                updated: try day("updated"), doi: try text("doi"), journalRef: try text("journal_ref"),
                comment: try text("comment"), withdrawn: withdrawn, source: source, retrieved: try text("retrieved")))
        } catch {
            return .failure(error)
        }
    }

    private static func authors(_ value: TOMLValueConvertible?) throws(ImportProblem) -> [Speaker] {
        guard let value else { return [] }
        guard let array = value.array else { throw ImportProblem("“authors” must be a list") }
        var authors: [Speaker] = []
        for item in array {
            if let name = item.string.map(TextTools.collapse), !name.isEmpty {
                authors.append(Speaker(name: name, affiliation: nil))
            } else if let table = item.table, let name = table["name"]?.string.map(TextTools.collapse), !name.isEmpty {
                let affiliation = table["affiliation"]?.string.map(TextTools.collapse)
                authors.append(Speaker(name: name, affiliation: affiliation?.isEmpty == false ? affiliation : nil))
            } else {
                throw ImportProblem("each of “authors” must be a name or { name = …, affiliation = … }")
            }
        }
        return authors
    }

    private static func strings(_ value: TOMLValueConvertible?, key: String) throws(ImportProblem) -> [String] {
        guard let value else { return [] }
        guard let array = value.array else { throw ImportProblem("“\(key)” must be a list of strings") }
        var strings: [String] = []
        for item in array {
            guard let string = item.string else { throw ImportProblem("“\(key)” must be a list of strings") }
            strings.append(string)
        }
        return strings
    }
}

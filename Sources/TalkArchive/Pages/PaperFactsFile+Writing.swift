import Foundation

extension PaperFactsFile {
    /// A facts file's text: `header` as comment lines, then one `[[paper]]` table per entry, keys in a
    /// fixed order, so that a re-run changes only the lines whose facts changed (reviewable diffs).
    /// Written by hand rather than by TOMLKit, which orders keys by hash; read back by TOMLKit.
    ///
    /// ```swift
    /// PaperFactsFile.render([facts], header: "Written by talks enrich.")
    /// // "# Written by talks enrich.\n\n[[paper]]\ntitle = \"…\"\narxiv = \"1806.07572\"\n…"
    /// ```
    public static func render(_ entries: [PaperFacts], header: String) -> String {
        var out = header.split(separator: "\n", omittingEmptySubsequences: false).map { "# \($0)\n" }.joined()
        for facts in entries {
            out += "\n\(entryHeader)\n"
            out += line("title", quoted(facts.title))
            if let arxiv = facts.arxiv { out += line("arxiv", quoted(arxiv)) }
            if !facts.authors.isEmpty {
                let items = facts.authors.map { author in
                    author.affiliation.map { "{ name = \(quoted(author.name)), affiliation = \(quoted($0)) }" } ?? quoted(author.name)
                }
                out += line("authors", "[" + items.joined(separator: ", ") + "]")
            }
            if let day = facts.published { out += line("published", quoted(day.iso)) }
            if let day = facts.updated { out += line("updated", quoted(day.iso)) }
            if !facts.categories.isEmpty { out += line("categories", "[" + facts.categories.map(quoted).joined(separator: ", ") + "]") }
            if let doi = facts.doi { out += line("doi", quoted(doi)) }
            if let reference = facts.journalRef { out += line("journal_ref", quoted(reference)) }
            if let comment = facts.comment { out += line("comment", quoted(comment)) }
            if facts.withdrawn { out += line("withdrawn", "true") }
            if let abstract = facts.abstract { out += line("abstract", quoted(abstract)) }
            out += line("source", quoted(facts.source))
            if let retrieved = facts.retrieved { out += line("retrieved", quoted(retrieved)) }
        }
        return out
    }

    private static func line(_ key: String, _ value: String) -> String { "\(key) = \(value)\n" }

    /// A TOML basic string: backslash, quote and every control character escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

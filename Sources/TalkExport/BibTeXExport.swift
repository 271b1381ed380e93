import TalkArchive

/// Papers and talks as BibTeX or biblatex entries, with stable cite keys (`CiteKeys`).
///
/// ```bibtex
/// @misc{jacot2018neural,                       @online{jacot2018neural,          (biblatex)
///   title = {Neural Tangent Kernel: …},          title = {…},
///   author = {Jacot, Arthur and …},              author = {…},
///   year = {2018},                               date = {2018-06-20},
///   eprint = {1806.07572},                       eprint = {1806.07572},
///   archivePrefix = {arXiv},                     eprinttype = {arxiv},
///   primaryClass = {cs.LG},                      eprintclass = {cs.LG},
///   url = {https://arxiv.org/abs/1806.07572},    url = {…},
/// }                                            }
/// ```
/// A talk is a `@misc` in both, `howpublished = {Talk at the <series>}`, its speakers as authors
/// (a session without speakers has none). A paper without an eprint or a link is `@misc` in
/// biblatex too: `@online` needs one.
enum BibTeXExport {
    enum Dialect { case bibtex, biblatex }

    static func render(_ records: [ArchiveRecord], dialect: Dialect) -> ExportOutput {
        let citations = records.map(Citation.init)
        let keys = CiteKeys.assign(citations)
        let text = zip(keys, citations).map { entry($1, key: $0, dialect: dialect) }.joined(separator: "\n")
        return ExportOutput(text: text, entries: citations.count)
    }

    static func entry(_ citation: Citation, key: String, dialect: Dialect) -> String {
        var fields: [(String, String)] = [("title", BibTeXText.escape(citation.title))]
        if !citation.authors.isEmpty { fields.append(("author", BibTeXText.names(citation.authors))) }
        if let howPublished = citation.howPublished { fields.append(("howpublished", BibTeXText.escape(howPublished))) }
        switch dialect {
        case .bibtex:
            fields += [("year", String(citation.date.year)), ("month", months[citation.date.month - 1])]
            if let arxiv = citation.arxiv {
                fields += [("eprint", BibTeXText.escape(arxiv)), ("archivePrefix", "arXiv")]
                if let primaryClass = citation.primaryClass { fields.append(("primaryClass", BibTeXText.escape(primaryClass))) }
            }
        case .biblatex:
            fields.append(("date", citation.date.iso))
            if let arxiv = citation.arxiv {
                fields += [("eprint", BibTeXText.escape(arxiv)), ("eprinttype", "arxiv")]
                if let primaryClass = citation.primaryClass { fields.append(("eprintclass", BibTeXText.escape(primaryClass))) }
            }
        }
        if let doi = citation.doi { fields.append(("doi", BibTeXText.escape(doi))) }
        if let url = citation.url { fields.append(("url", url)) }
        if let note = citation.note { fields.append(("note", BibTeXText.escape(note))) }
        let body = fields.map { name, value in
            // Month macros go unbraced, as BibTeX styles expect them.
            name == "month" ? "  \(name) = \(value),\n" : "  \(name) = {\(value)},\n"
        }.joined()
        return "@\(type(citation, dialect: dialect)){\(key),\n\(body)}\n"
    }

    static func type(_ citation: Citation, dialect: Dialect) -> String {
        guard dialect == .biblatex, !citation.isTalk, citation.arxiv != nil || citation.url != nil else { return "misc" }
        return "online"
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
}

import TalkArchive

/// What the browser's `y` copies of one record besides its link: its BibTeX entry, as
/// `talks export bibtex` writes it, or a one-line citation.
///
/// ```
/// Arthur Jacot, Franck Gabriel and Clément Hongler (2018). Neural Tangent Kernel: Convergence and
/// Generalization in Neural Networks. arXiv:1806.07572. https://arxiv.org/abs/1806.07572
/// ```
public enum ClipboardText {
    /// The record's BibTeX entry, its cite key as an export of it alone would give it.
    public static func bibtex(_ record: ArchiveRecord) -> String {
        let citation = Citation(record)
        return BibTeXExport.entry(citation, key: CiteKeys.assign([citation])[0], dialect: .bibtex)
    }

    /// `Authors (year). Title. arXiv:ID (or Talk at the series, day). Link.` on one line.
    public static func citationLine(_ record: ArchiveRecord) -> String {
        let citation = Citation(record)
        let names = citation.authors.map(fullName)
        var parts = [authors(names) + " (\(citation.date.year))", citation.title]
        if let arxiv = citation.arxiv {
            parts.append("arXiv:\(arxiv)")
        } else if let howPublished = citation.howPublished {
            parts.append("\(howPublished), \(citation.date.iso)")
        }
        var line = parts.map { $0.hasSuffix(".") || $0.hasSuffix("?") || $0.hasSuffix("!") ? $0 : $0 + "." }.joined(separator: " ")
        if let url = citation.url { line += " " + url }
        return line
    }

    /// `A`, `A and B`, `A, B and C`; from four on, `A et al.`.
    private static func authors(_ names: [String]) -> String {
        switch names.count {
        case 0: return "Anonymous"
        case 1: return names[0]
        case 2, 3: return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
        default: return names[0] + " et al."
        }
    }

    private static func fullName(_ name: PersonName) -> String {
        name.literal ?? [name.given, name.familyWithParticle, name.suffix].filter { !$0.isEmpty }.joined(separator: " ")
    }
}

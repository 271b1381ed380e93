/// What `y` can copy of the selected record: the menu it offers, each item the text the
/// executable makes of the record (its link, a BibTeX entry, a citation line).
public enum CopyFormat: String, CaseIterable, Sendable {
    case link, bibtex, citation

    /// The menu's label; its first letter jumps to it.
    public var label: String {
        switch self {
        case .link: return "link"
        case .bibtex: return "BibTeX entry"
        case .citation: return "citation line"
        }
    }

    /// What the menu says it copies.
    public var detail: String {
        switch self {
        case .link: return "the paper's link (or the talk's)"
        case .bibtex: return "@misc with a stable cite key, arXiv eprint where known"
        case .citation: return "Authors (year). Title. arXiv id or series. Link."
        }
    }
}

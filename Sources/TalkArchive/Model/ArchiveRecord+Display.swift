// How a record's text reads on screen, as opposed to how it is stored and searched.

extension ArchiveRecord {
    /// The title for the screen: a paper's TeX (arXiv metadata is TeX) as Unicode, a talk's as
    /// its page wrote it. The stored title keeps its TeX, whose words the index finds.
    ///
    /// ```swift
    /// paper.title          // "From dyadic $\\Lambda_{\\alpha}$ to $\\Lambda_{\\alpha}$"
    /// paper.readableTitle  // "From dyadic Λ_α to Λ_α"
    /// ```
    public var readableTitle: String { readable(title) }

    /// The abstract for the screen (see `readableTitle`).
    public var readableAbstract: String? { abstract.map(readable) }

    /// `text` of this record (its title, a marked title or snippet of it) for the screen.
    public func readable(_ text: String) -> String {
        kind == .paper ? TeXText.readable(text) : text
    }

    /// Whether the authors read as one paragraph rather than a line each: a paper with more than
    /// eight (a 250-author paper's abstract is not 250 lines down).
    public var hasLongAuthorList: Bool { kind == .paper && speakers.count > 8 }

    /// The author count worth showing beside the names: when they are not all named (a page that
    /// counts authors) or too many to count by eye; nil when the names say it.
    public var shownAuthorCount: Int? {
        authorCount.flatMap { $0 != speakers.count || hasLongAuthorList ? $0 : nil }
    }

    /// " · updated 2008-11-26" after the date, when a paper's metadata changed after its first version.
    public var updatedNote: String {
        updated.flatMap { $0 == date ? nil : " · updated \($0.iso)" } ?? ""
    }

    /// How many others the speakers' summary stands for, in the listing's words or the browser's column.
    public enum OthersStyle: Sendable {
        /// "Ada Lovelace and Alan Turing", "Ada Lovelace and 3 others": `talks list` and `search`.
        case words
        /// "Ada Lovelace +1", "Ada Lovelace +3": the browser's narrow list column.
        case count
    }

    /// Who a one-line listing names: the first speaker and how many others, or "12 authors" for
    /// a paper whose page counted its authors without naming them; nil when nothing is known.
    ///
    /// ```swift
    /// paper.speakerSummary(.words)  // "Ada Lovelace and 249 others"
    /// paper.speakerSummary(.count)  // "Ada Lovelace +249"
    /// ```
    public func speakerSummary(_ style: OthersStyle) -> String? {
        guard let first = speakers.first else { return authorCount.map { $0 == 1 ? "1 author" : "\($0) authors" } }
        let others = speakers.count - 1
        switch (style, others) {
        case (_, 0): return first.name
        case (.words, 1): return "\(first.name) and \(speakers[1].name)"
        case (.words, _): return "\(first.name) and \(others) others"
        case (.count, _): return "\(first.name) +\(others)"
        }
    }

    /// A long author list as one paragraph: "Ada Lovelace (Cambridge), Alan Turing, …", every name in it.
    public var authorParagraph: String {
        speakers.map { $0.name + ($0.affiliation.map { " (\($0))" } ?? "") }.joined(separator: ", ")
    }
}

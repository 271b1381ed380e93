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
}

import Foundation

/// What a public source says of one paper: its arXiv identity, authors and bibliographic details,
/// with where and when that was read.
///
/// ```swift
/// PaperFacts(title: "Neural Tangent Kernel: …", arxiv: "1806.07572",
///            authors: [Speaker(name: "Arthur Jacot", affiliation: nil)],
///            source: "https://arxiv.org/abs/1806.07572")
/// ```
/// Facts come from a facts file in the archive folder (`PaperFactsFile`): the bundled, hand-checked
/// one and the one `talks enrich` writes. They are matched to records by arXiv id, else by exact
/// normalized title, and merged by the same rules as pages (`ArchiveMerger`).
public struct PaperFacts: Hashable, Sendable, Codable {
    public var title: String
    /// Normalized (`ArxivID.normalize`), without a version.
    public var arxiv: String?
    public var authors: [Speaker]
    public var abstract: String?
    /// arXiv categories, the primary one first.
    public var categories: [String]
    /// The first version's date.
    public var published: Day?
    /// The latest version's date.
    public var updated: Day?
    public var doi: String?
    public var journalRef: String?
    public var comment: String?
    public var withdrawn: Bool
    /// Where the facts were read: a URL, or a description of the public source.
    public var source: String
    /// When they were read (`2026-12-03` or an ISO 8601 instant).
    public var retrieved: String?

    public init(title: String, arxiv: String? = nil, authors: [Speaker] = [], abstract: String? = nil,
                categories: [String] = [], published: Day? = nil, updated: Day? = nil, doi: String? = nil,
                journalRef: String? = nil, comment: String? = nil, withdrawn: Bool = false,
                source: String, retrieved: String? = nil) {
        self.title = title
        self.arxiv = arxiv
        self.authors = authors
        self.abstract = abstract
        self.categories = categories
        self.published = published
        self.updated = updated
        self.doi = doi
        self.journalRef = journalRef
        self.comment = comment
        self.withdrawn = withdrawn
        self.source = source
        self.retrieved = retrieved
    }

    /// The link a record gains: the abstract page (its PDF follows from the id, `PaperLink`), else the DOI.
    public var links: [Link] {
        if let arxiv { return [Link(kind: .arxiv, url: "https://arxiv.org/abs/\(arxiv)", label: "arXiv")] }
        return doi.map { [Link(kind: .web, url: "https://doi.org/\($0)", label: "DOI")] } ?? []
    }
}

/// What one answer of the arXiv API holds: its papers, as the Atom feed gives them.
///
/// ```swift
/// feed.totalResults        // 1
/// feed.entries[0].id       // "hep-ex/0307015"
/// feed.entries[0].authors  // [ArxivFeed.Author(name: "H1 Collaboration", affiliations: [])]
/// ```
/// Text is as the feed has it except that runs of white space (the feed's line breaks and
/// indentation) are one space; dates are the feed's own strings.
public struct ArxivFeed: Hashable, Sendable, Codable {
    /// `opensearch:totalResults`, when the feed says it.
    public var totalResults: Int?
    public var entries: [Entry]

    public init(totalResults: Int?, entries: [Entry]) {
        self.totalResults = totalResults
        self.entries = entries
    }

    /// One paper.
    public struct Entry: Hashable, Sendable, Codable {
        /// The id without its version: `2211.05729`, `hep-th/9901001`.
        public var id: String
        /// The version the entry describes (the latest), when its `<id>` names one.
        public var version: Int?
        public var title: String
        /// The abstract (`<summary>`).
        public var summary: String?
        public var authors: [Author]
        /// `<published>`: when the first version was submitted, e.g. `2003-07-07T13:46:39-04:00`.
        public var published: String?
        /// `<updated>`: when the version described was submitted.
        public var updated: String?
        /// `arxiv:primary_category`.
        public var primaryCategory: String?
        /// Every `<category>` term, in the feed's order (arXiv's, then ACM or MSC classes).
        public var categories: [String]
        public var doi: String?
        public var journalRef: String?
        public var comment: String?

        public init(id: String, version: Int? = nil, title: String, summary: String? = nil, authors: [Author] = [],
                    published: String? = nil, updated: String? = nil, primaryCategory: String? = nil,
                    categories: [String] = [], doi: String? = nil, journalRef: String? = nil, comment: String? = nil) {
            self.id = id
            self.version = version
            self.title = title
            self.summary = summary
            self.authors = authors
            self.published = published
            self.updated = updated
            self.primaryCategory = primaryCategory
            self.categories = categories
            self.doi = doi
            self.journalRef = journalRef
            self.comment = comment
        }
    }

    /// An author and the affiliations the feed gives (`arxiv:affiliation`, often none).
    public struct Author: Hashable, Sendable, Codable {
        public var name: String
        public var affiliations: [String]

        public init(name: String, affiliations: [String] = []) {
            self.name = name
            self.affiliations = affiliations
        }
    }
}

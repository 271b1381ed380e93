import Foundation
import TalkArchive

/// The `--json` shape of a record: stable field names for scripts, exact text (no sanitizing).
struct RecordJSON: Encodable {
    struct SpeakerJSON: Encodable { var name: String; var affiliation: String? }
    struct LinkJSON: Encodable { var kind: String; var url: String; var label: String }
    /// A paper's facts (`PaperFacts`), every key present.
    struct PaperJSON: Encodable {
        var title: String
        var arxiv: String?
        var authors: [SpeakerJSON]
        var abstract: String?
        var categories: [String]
        var published: String?
        var updated: String?
        var doi: String?
        var journal_ref: String?
        var comment: String?
        var withdrawn: Bool
        var source: String
        var retrieved: String?

        init(_ facts: PaperFacts) {
            title = facts.title
            arxiv = facts.arxiv
            authors = facts.authors.map { SpeakerJSON(name: $0.name, affiliation: $0.affiliation) }
            abstract = facts.abstract
            categories = facts.categories
            published = facts.published?.iso
            updated = facts.updated?.iso
            doi = facts.doi
            journal_ref = facts.journalRef
            comment = facts.comment
            withdrawn = facts.withdrawn
            source = facts.source
            retrieved = facts.retrieved
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(title, forKey: .title)
            try c.encode(arxiv, forKey: .arxiv)
            try c.encode(authors, forKey: .authors)
            try c.encode(abstract, forKey: .abstract)
            try c.encode(categories, forKey: .categories)
            try c.encode(published, forKey: .published)
            try c.encode(updated, forKey: .updated)
            try c.encode(doi, forKey: .doi)
            try c.encode(journal_ref, forKey: .journal_ref)
            try c.encode(comment, forKey: .comment)
            try c.encode(withdrawn, forKey: .withdrawn)
            try c.encode(source, forKey: .source)
            try c.encode(retrieved, forKey: .retrieved)
        }

        enum CodingKeys: String, CodingKey {
            case title, arxiv, authors, abstract, categories, published, updated, doi, journal_ref, comment, withdrawn, source, retrieved
        }
    }

    var id: String
    var kind: String
    var series: String?
    var date: String
    /// For imported papers: when arXiv's metadata last changed (`date` is the first version's).
    var updated: String?
    var withdrawn: Bool
    var start: String?
    var title: String
    var speakers: [SpeakerJSON]
    var abstract: String?
    var links: [LinkJSON]
    var arxiv: [String]
    var topics: [String]
    var related: [String]
    var notes: [String]
    var author_count: Int?
    /// For a paper its own facts; for a talk those of the papers it discussed.
    var papers: [PaperJSON]
    var sources: [String]
    var score: Double?

    init(_ record: ArchiveRecord, score: Double? = nil) {
        id = record.id
        kind = record.kind.rawValue
        series = record.series?.slug
        date = record.date.iso
        updated = record.updated?.iso
        withdrawn = record.isWithdrawn
        start = record.start.map { ISO8601DateFormatter().string(from: $0) }
        title = record.title
        speakers = record.speakers.map { SpeakerJSON(name: $0.name, affiliation: $0.affiliation) }
        abstract = record.abstract
        links = record.links.map { LinkJSON(kind: $0.kind.rawValue, url: $0.url, label: $0.label) }
        arxiv = record.arxiv
        topics = record.topics.map(\.topic)
        related = record.related
        notes = record.notes
        author_count = record.authorCount
        papers = record.paperFacts.map(PaperJSON.init)
        sources = record.sources.map(\.description)
        self.score = score
    }

    /// Encodes with every key present (null when absent), sorted, pretty-printed.
    static func print<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(try encoder.encode(value))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(series, forKey: .series)
        try c.encode(date, forKey: .date)
        try c.encode(updated, forKey: .updated)
        try c.encode(withdrawn, forKey: .withdrawn)
        try c.encode(start, forKey: .start)
        try c.encode(title, forKey: .title)
        try c.encode(speakers, forKey: .speakers)
        try c.encode(abstract, forKey: .abstract)
        try c.encode(links, forKey: .links)
        try c.encode(arxiv, forKey: .arxiv)
        try c.encode(topics, forKey: .topics)
        try c.encode(related, forKey: .related)
        try c.encode(notes, forKey: .notes)
        try c.encode(author_count, forKey: .author_count)
        try c.encode(papers, forKey: .papers)
        try c.encode(sources, forKey: .sources)
        if let score { try c.encode(score, forKey: .score) }
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, series, date, updated, withdrawn, start, title, speakers, abstract, links, arxiv, topics, related, notes, author_count, papers, sources, score
    }
}

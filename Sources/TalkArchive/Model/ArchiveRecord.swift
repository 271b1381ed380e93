import Foundation

/// Whether a record is a talk of a series or a paper of the collection.
public enum RecordKind: String, Sendable, Codable, CaseIterable {
    case talk, paper
}

/// Where a record's facts were read: a file of the archive and a line in it.
public struct SourceRef: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}


/// One talk or paper: everything every page says of it, merged.
public struct ArchiveRecord: Hashable, Sendable, Codable, Identifiable {
    /// Stable and readable: `ellis-2026-03-16`, `dltrg-2023-01-11-2`, `paper-2018-06-20`.
    public var id: String
    public var kind: RecordKind
    /// The series of a talk; nil for a paper.
    public var series: Series?
    public var date: Day
    /// The start instant where the page gives a time.
    public var start: Date?
    /// The time zone the page states the start in (`Europe/Berlin` for ELLIS), for display.
    public var startTimeZone: String?
    public var title: String
    public var speakers: [Speaker]
    public var abstract: String?
    public var links: [Link]
    /// Normalized arXiv ids from every link.
    public var arxiv: [String]
    public var topics: [TopicMatch]
    /// Ids of related talks and papers.
    public var related: [String]
    /// Notes the page adds to a talk ("The paper … is now on arXiv: …").
    public var notes: [String]
    /// For papers: how many authors the listing counts.
    public var authorCount: Int?
    /// What public sources say of the paper this record is (a paper: one entry) or discusses (a
    /// talk: one per arXiv id it links that a facts file knows).
    public var paperFacts: [PaperFacts]
    public var sources: [SourceRef]
    /// For imported papers: when arXiv's metadata last changed (`date` is the first version's).
    public var updated: Day?
    /// True for a withdrawn paper; nil otherwise (absent from the JSON of every other record).
    public var withdrawn: Bool?

    public var isWithdrawn: Bool { withdrawn == true }

    public init(id: String, kind: RecordKind, series: Series?, date: Day, start: Date? = nil,
                startTimeZone: String? = nil, title: String, speakers: [Speaker] = [], abstract: String? = nil,
                links: [Link] = [], arxiv: [String] = [], topics: [TopicMatch] = [], related: [String] = [],
                notes: [String] = [], authorCount: Int? = nil, paperFacts: [PaperFacts] = [], sources: [SourceRef] = [],
                updated: Day? = nil, withdrawn: Bool = false) {
        self.id = id
        self.kind = kind
        self.series = series
        self.date = date
        self.start = start
        self.startTimeZone = startTimeZone
        self.title = title
        self.speakers = speakers
        self.abstract = abstract
        self.links = links
        self.arxiv = arxiv
        self.topics = topics
        self.related = related
        self.notes = notes
        self.authorCount = authorCount
        self.paperFacts = paperFacts
        self.sources = sources
        self.updated = updated
        self.withdrawn = withdrawn ? true : nil
    }
}

/// A row of a schedule that is not a talk ("We decided to change approach and read papers").
public struct SeriesNote: Hashable, Sendable, Codable {
    public var series: Series
    public var date: Day?
    public var text: String
    public var source: SourceRef
}

import Foundation

/// A talk as one page tells it, before merging with other pages.
public struct ParsedTalk: Sendable {
    public var series: Series
    public var date: Day
    public var start: Date?
    public var startTimeZone: String?
    public var title: String
    /// The title of the work discussed (a DLTRG row's link text); the talk title otherwise.
    public var paperTitle: String
    public var speakers: [Speaker] = []
    public var abstract: String?
    public var links: [Link] = []
    public var notes: [String] = []
    public var source: SourceRef
}

/// A paper as a listing tells it.
public struct ParsedPaper: Sendable {
    public var title: String
    public var abstract: String?
    public var authorCount: Int?
    public var date: Day
    public var links: [Link] = []
    public var source: SourceRef
}

/// Facts a facts file gives of one paper, with the line of its entry.
public struct ParsedFacts: Sendable {
    public var facts: PaperFacts
    /// The record the entry names with `record = "…"`: the paper it is, or the talk that discussed it.
    public var recordID: String?
    public var source: SourceRef
}

/// A heading of the group's topic list with the lines below it.
public struct TopicCategory: Sendable, Hashable, Codable {
    public var name: String
    public var items: [String]
}

/// What one page yields: records to merge, series notes, topics, and what was odd about it.
public struct ParsedPage: Sendable {
    public var file: String
    public var format: PageFormat
    public var talks: [ParsedTalk] = []
    public var papers: [ParsedPaper] = []
    public var notes: [SeriesNote] = []
    public var topics: [TopicCategory] = []
    public var facts: [ParsedFacts] = []
    public var diagnostics: [Diagnostic] = []
    /// The latest date the page shows as past: orders captures of the same page, newest last.
    public var asOf: Day?

    public init(file: String, format: PageFormat) {
        self.file = file
        self.format = format
    }

    /// Parses a page of a recognized format.
    public static func parse(_ page: PageText, as format: PageFormat) -> ParsedPage {
        var parsed: ParsedPage
        switch format {
        case .ellisSchedule: parsed = EllisSchedule.parse(page)
        case .ellisTopics: parsed = EllisTopics.parse(page)
        case .markdownSchedule: parsed = MarkdownSchedule.parse(page)
        case .dailyPapers: parsed = DailyPapers.parse(page)
        case .paperFacts: parsed = PaperFactsFile.parse(page)
        case .frabScheduleXML, .scheduleJSON: parsed = parseSchedule(page, as: format)
        }
        parsed.diagnostics.insert(contentsOf: page.decodingProblems, at: 0)
        return parsed
    }

    private static func parseSchedule(_ page: PageText, as format: PageFormat) -> ParsedPage {
        do throws(ScheduleProblem) {
            let schedule = format == .frabScheduleXML ? try ConferenceSchedule(xml: page) : try ConferenceSchedule(json: page)
            return schedule.parsedPage(file: page.file, format: format)
        } catch {
            var parsed = ParsedPage(file: page.file, format: format)
            parsed.diagnostics = [Diagnostic(.error, .unreadableFile, at: page.ref(error.line),
                                             "a conference schedule that cannot be read: \(error.message); nothing of it is in the archive")]
            return parsed
        }
    }
}

import Foundation
import TalkArchive
import TalkSettings

/// Everything the browser shows, as plain values: the reducer changes it, panes draw it.
public struct AppState: Sendable {
    /// Which kinds the list shows: both, newest first, unless a key narrows it to one.
    public enum Collection: String, Sendable, CaseIterable {
        case all, talks, papers

        /// The kind of record listed, or nil for both.
        public var kind: RecordKind? {
            switch self {
            case .all: return nil
            case .talks: return .talk
            case .papers: return .paper
            }
        }
    }
    public enum Focus: Sendable { case list, detail, search }
    public enum Overlay: Sendable { case none, help }

    /// What the list shows: the results of the active query in the current collection.
    public var results = ResultWindow()
    public var collection: Collection = .all
    public var seriesFilter: String?
    public var knownSeries: [String] = []
    public var sort: ResultOrder = .relevance

    /// The text in the search line.
    public var searchText = ""
    /// The query the list shows results for, as typed and parsed (nil while it does not parse:
    /// `queryError` says why). Set together by the reducer, which parses once per change.
    public internal(set) var appliedQuery = ""
    public internal(set) var parsedQuery: SearchQuery? = SearchQuery(clauses: [])
    /// The query to go back to when Esc abandons a search.
    var queryBeforeSearch = ""
    public var history: [String] = []
    var historyIndex: Int?
    public var queryError: String?

    /// The list's selection and its first row shown.
    public internal(set) var listScroll = ScrollState.list
    /// The detail's first line shown; the pane bounds it when drawn (only it knows the lines).
    public internal(set) var detailScroll = ScrollState.text
    public var focus: Focus = .list
    public var overlay: Overlay = .none
    public internal(set) var helpScroll = ScrollState.text
    /// The help's lines, counted when it opens: they change only with the keymap and the policy,
    /// so its keys need not make them again to know where it ends.
    var helpLength = 0
    /// The records related to the selected one, once loaded.
    public var related = RelatedRecords()
    /// The topic or speaker picker, when one is open.
    public var picker: Picker?
    /// The paper being read, and a download under way.
    public var reader: Reader?
    public var download: DownloadProgress?
    /// The reader's marks by record id, all of them (a reader marks hundreds of records, not
    /// millions): loaded at start, updated by each change the store confirms.
    public internal(set) var marks: [String: RecordMarks] = [:]
    /// The note or tag line being written at the bottom, when one is.
    public internal(set) var markLine: MarkLine?
    /// On small terminals one pane at a time: true while the detail fills the screen.
    public var detailOpen = false
    /// When the preview shows beside or below the list: the configuration's, until `v` toggles it.
    public var preview: PreviewMode = .auto

    public var width: Int
    public var height: Int
    public var today: Day
    public var message: String?
    /// Shorter forms of `message` (it first), for a narrow status line; ignored once another message shows.
    public var messageForms: [String] = []
    public var quitting = false
    /// The key bindings and the colours in force (the configuration file may change both).
    public var keymap = Keymap.standard
    public var theme = Theme.standard
    /// The zone start times are shown in beside the talk's own, and where it came from (`--tz`,
    /// the configuration file, the process): the detail names both.
    public var viewerZone = Setting(value: TimeZone.current, origin: .builtIn)
    /// Kiosk mode or not: fixed for the session, so no key can lift it.
    public let policy: KioskPolicy

    public init(width: Int, height: Int, today: Day, policy: KioskPolicy = .unrestricted) {
        self.width = width
        self.height = height
        self.today = today
        self.policy = policy
    }

    /// The position of the selected row in the list.
    public var selection: Int { listScroll.selection ?? 0 }
    public var selected: SearchHit? { results.hit(at: selection) }

    /// The words to highlight: those of the applied query.
    public var highlightTerms: [String] {
        parsedQuery?.highlightTerms ?? []
    }

    /// The query sent to the index: the parsed text, with the collection and series as clauses
    /// of their own (never text appended to what the user typed). Nil while the text does not parse.
    public var effectiveQuery: SearchQuery? {
        guard var query = parsedQuery else { return nil }
        if let kind = collection.kind { query = query.requiring(.kind(kind)) }
        // A series is a series of talks: it hides the papers, and the papers view ignores it.
        if let seriesFilter, collection != .papers { query = query.requiring(.series(seriesFilter)) }
        return query
    }
}

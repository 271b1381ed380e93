/// Text with search matches marked, split into plain and matched runs for display.
///
/// The index marks matches with two private-use characters that page text never contains
/// (`PageText` removes them on reading).
public struct Highlight: Hashable, Sendable {
    public static let open: Character = "\u{E000}"
    public static let close: Character = "\u{E001}"

    public struct Run: Hashable, Sendable {
        public var text: String
        public var isMatch: Bool
    }

    public var runs: [Run]

    public var plain: String { runs.map(\.text).joined() }

    /// Splits marked text (`a \u{E000}match\u{E001} b`) into runs.
    public init(marked: String) {
        var runs: [Run] = []
        var current = ""
        var inMatch = false
        for ch in marked {
            if ch == Highlight.open || ch == Highlight.close {
                if !current.isEmpty { runs.append(Run(text: current, isMatch: inMatch)) }
                current = ""
                inMatch = ch == Highlight.open
            } else {
                current.append(ch)
            }
        }
        if !current.isEmpty { runs.append(Run(text: current, isMatch: inMatch)) }
        self.runs = runs
    }

    public init(plain: String) { runs = plain.isEmpty ? [] : [Run(text: plain, isMatch: false)] }

    static func stripMarkers(_ text: String) -> String {
        guard text.contains(open) || text.contains(close) else { return text }
        return String(text.filter { $0 != open && $0 != close })
    }
}

/// One search result: the record, its rank, and its title and abstract with the matches marked.
public struct SearchHit: Sendable {
    public var record: ArchiveRecord
    /// BM25 score (more negative is better); nil when the query had no words to rank by.
    public var score: Double?
    public var title: Highlight
    /// A window of the abstract around the matches, or nil when the abstract did not match.
    public var snippet: Highlight?

    public init(record: ArchiveRecord, score: Double? = nil, title: Highlight? = nil, snippet: Highlight? = nil) {
        self.record = record
        self.score = score
        self.title = title ?? Highlight(plain: record.title)
        self.snippet = snippet
    }
}

/// Something `talks check` reports about the archive's pages: what, where, how serious.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Comparable {
        case info, warning, error

        private var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// What kind of finding it is, for grouping in reports and for tests.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case unrecognizedFile = "unrecognized-file"
        case unreadableFile = "unreadable-file"
        case invalidText = "invalid-text"
        case unparsedLine = "unparsed-line"
        case badDate = "bad-date"
        case repeatedDate = "repeated-date"
        case outOfOrder = "out-of-order"
        case seriesNote = "series-note"
        case malformedRow = "malformed-row"
        case noLink = "no-link"
        case refusedLink = "refused-link"
        case repairedLink = "repaired-link"
        case merged = "merged"
        case conflict = "conflict"
        case timeZoneHint = "time-zone-hint"
        case inferredYear = "inferred-year"
        case trailingText = "trailing-text"
        case missingURL = "missing-url"
        case samePaperTwice = "same-paper-twice"
        case related = "related"
        case unmatchedFacts = "unmatched-facts"
        case missingArxiv = "missing-arxiv"
        case talkWithoutPaper = "talk-without-paper"
    }

    public var severity: Severity
    public var kind: Kind
    public var source: SourceRef?
    public var message: String

    public init(_ severity: Severity, _ kind: Kind, at source: SourceRef?, _ message: String) {
        self.severity = severity
        self.kind = kind
        self.source = source
        self.message = message
    }

    public var description: String {
        let place = source.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message)"
    }
}

import Foundation

/// The next talk from a moment, or, when none is to come, the latest there was.
public enum NextTalk: Equatable, Sendable {
    case upcoming(ArchiveRecord)
    /// No talk to come: the latest one (nil when the archive has no talk at all).
    case noneAfter(latest: ArchiveRecord?)

    /// The talk to show either way.
    public var record: ArchiveRecord? {
        switch self {
        case .upcoming(let record): return record
        case .noneAfter(let latest): return latest
        }
    }

    /// The first of `candidates` (a day's talks, oldest first) still to start at
    /// `now`: one with a start time at or after it, or one without a time (it counts all its day).
    ///
    /// ```swift
    /// NextTalk.first(of: [todayAt5pm, tomorrow], now: todayAt7pm)   // tomorrow
    /// ```
    public static func first(of candidates: [ArchiveRecord], now: Date) -> ArchiveRecord? {
        candidates.first { $0.start.map { $0 >= now } ?? true }
    }
}

extension ArchiveIndex {
    /// The next talk from `now`, as a reader in `zone` sees the day: the talks dated today or
    /// later, oldest first, through the query language's own filters and order.
    ///
    /// `kind:talk after:<today> before:<tomorrow>` (the first still to start), else
    /// `kind:talk after:<tomorrow>` oldest first, else `kind:talk` newest first.
    public func nextTalk(after now: Date, in zone: TimeZone) throws -> NextTalk {
        let talks = SearchQuery(clauses: []).requiring(.kind(.talk))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let today = Day(now, in: zone)
        let tomorrow = Day(calendar.date(byAdding: .day, value: 1, to: now) ?? now.addingTimeInterval(86_400), in: zone)
        // Only today's talks may have started already: all of them, then the first of those to come.
        let todays = try search(talks.requiring(.onOrAfter(today)).requiring(.before(tomorrow)), order: .oldest, limit: .max)
        if let next = NextTalk.first(of: todays.map(\.record), now: now) { return .upcoming(next) }
        if let next = try search(talks.requiring(.onOrAfter(tomorrow)), order: .oldest, limit: 1).first { return .upcoming(next.record) }
        return .noneAfter(latest: try search(talks, order: .date, limit: 1).first?.record)
    }
}

import GRDB

/// Where records sit in rowid order (`IndexBuilder`): the talks at 1 … `lastTalk`, then the papers
/// up to `last`, each kind by date then id. A kind, and a date range within a kind, is then a
/// range of rowids: a bound FTS5 seeks to, instead of a condition tested on every match's row.
struct RowidLayout {
    var lastTalk: Int64
    var last: Int64
    /// The first rowid of `kind` dated `day` or later, or one past the kind's range when none is.
    var firstOnOrAfter: (RecordKind, Day) -> Int64

    func range(of kind: RecordKind) -> ClosedRange<Int64> {
        kind == .talk ? 1...max(1, lastTalk) : (lastTalk + 1)...max(lastTalk + 1, last)
    }

    /// The rowids of `kind` dated from `start` (nil: the first) until before `end` (nil: the last).
    func rowids(of kind: RecordKind, from start: Day?, before end: Day?) -> (lower: Int64, upper: Int64) {
        let all = range(of: kind)
        let lower = start.map { firstOnOrAfter(kind, $0) } ?? all.lowerBound
        let upper = end.map { firstOnOrAfter(kind, $0) - 1 } ?? all.upperBound
        return (lower, upper)
    }

    /// `rowid BETWEEN ? AND ?` for each kind asked, ORed: with one kind (the browser always asks
    /// for one), a single range FTS5 seeks to.
    func condition(_ column: String, kinds: [RecordKind], from start: Day?, before end: Day?) -> SQL {
        let ranges = kinds.map { range -> SQL in
            let (lower, upper) = rowids(of: range, from: start, before: end)
            return "\(sql: column) BETWEEN \(lower) AND \(upper)"
        }
        return ranges.count == 1 ? ranges[0] : "(" + ranges.joined(separator: " OR ") + ")"
    }
}

/// What a query's positive kind and date clauses leave of the rowids, intersected: one range per
/// kind, so FTS5 is handed a single lower and upper bound (it seeks to the first of each it is
/// given and tests the rest on every match).
struct RowidWindow {
    var kinds = Set(RecordKind.allCases)
    var start: Day?
    var end: Day?
    /// Whether a date clause narrowed it: a kind alone needs no range where the index holds only that kind.
    private(set) var hasDates = false
    private var empty = false

    /// Narrows the window by `filter`; false for a filter that is not a kind or a date (a series).
    mutating func narrow(by filter: SearchQuery.Filter) -> Bool {
        switch filter {
        case .kind(let kind): kinds.formIntersection([kind])
        case .onOrAfter(let day): from(day)
        case .before(let day): until(day)
        case .year(let year):
            guard let first = Day(year: year, month: 1, day: 1), let next = Day(year: year + 1, month: 1, day: 1) else {
                empty = true
                return true
            }
            from(first)
            until(next)
        case .series, .identifier, .mark, .records: return false
        }
        return true
    }

    private mutating func from(_ day: Day) {
        start = max(start ?? day, day)
        hasDates = true
    }

    private mutating func until(_ day: Day) {
        end = min(end ?? day, day)
        hasDates = true
    }

    /// The window as a condition on `column`, in `layout`.
    func condition(_ column: String, in layout: RowidLayout) -> SQL {
        if empty || kinds.isEmpty { return "0" }
        return layout.condition(column, kinds: RecordKind.allCases.filter(kinds.contains), from: start, before: end)
    }
}

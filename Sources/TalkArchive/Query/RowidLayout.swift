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
    func condition(_ column: String, kinds: [RecordKind], from start: Day?, before end: Day?) -> (String, [Int64]) {
        let ranges = kinds.map { rowids(of: $0, from: start, before: end) }
        let sql = ranges.map { _ in "\(column) BETWEEN ? AND ?" }.joined(separator: " OR ")
        return (ranges.count == 1 ? sql : "(\(sql))", ranges.flatMap { [$0.lower, $0.upper] })
    }
}

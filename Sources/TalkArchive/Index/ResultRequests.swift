import Foundation
import GRDB

// What the browser asks the index for: a new query's first rows, or more rows of the results
// on screen. Plain values, so the UI model can ask without touching the database; the query
// comes parsed, so the index never parses it again.

/// A new query's first rows: its count and the rows around the one to select.
public struct SearchRequest: Equatable, Sendable {
    public var query: SearchQuery
    public var order: ResultOrder
    /// How many rows to load.
    public var rows: Int
    /// A record to select (going to a related record), when it is among the results.
    public var select: String?

    public init(query: SearchQuery, order: ResultOrder, rows: Int, select: String?) {
        self.query = query
        self.order = order
        self.rows = rows
        self.select = select
    }
}

/// More rows of the results on screen.
public struct RowsRequest: Equatable, Sendable {
    public struct Anchor: Equatable, Sendable {
        public var position: Int
        public var record: ArchiveRecord

        public init(position: Int, record: ArchiveRecord) {
            self.position = position
            self.record = record
        }
    }

    public var query: SearchQuery
    public var order: ResultOrder
    public var count: MatchCount
    public var offset: Int
    public var limit: Int
    public var anchor: Anchor?

    public init(query: SearchQuery, order: ResultOrder, count: MatchCount, offset: Int, limit: Int, anchor: Anchor?) {
        self.query = query
        self.order = order
        self.count = count
        self.offset = offset
        self.limit = limit
        self.anchor = anchor
    }
}

/// A query's talks and papers, counted apart: the status line says how many of each.
public struct KindCounts: Equatable, Sendable {
    public var talks: MatchCount
    public var papers: MatchCount

    public static let none = KindCounts(talks: MatchCount(value: 0, isAtLeast: false), papers: MatchCount(value: 0, isAtLeast: false))
}

extension ArchiveIndex {
    /// A new query's count (and each kind's) and first rows, around the record to select when it is among them.
    public func firstRows(for request: SearchRequest) throws -> (count: MatchCount, kinds: KindCounts, slice: ResultSlice, selected: Int?) {
        let query = request.query
        try validate(query)
        var target: Int?
        if let id = request.select { target = try position(of: id, in: query, order: request.order) }
        // One read: the query is compiled (its prefixes looked up) once for the count and the rows.
        let (matches, kinds, slice) = try reading { db in
            let compiled = try compile(query, db)
            let matches = try count(compiled, db)
            let kinds = try kindCounts(query, compiled, total: matches, db)
            let start = target.map { max(0, $0 - request.rows / 2) } ?? 0
            return (matches, kinds, try rows(compiled, order: request.order, count: matches, offset: start, limit: request.rows, db))
        }
        if target == nil, let id = request.select, let index = slice.hits.firstIndex(where: { $0.record.id == id }) {
            target = slice.offset + index
        }
        return (matches, kinds, slice, target)
    }

    /// The talks and papers among `total` matches of `query`: the talks are counted (few, and
    /// read from their own index), the papers are the rest, as exact as the total is.
    func kindCounts(_ query: SearchQuery, _ compiled: CompiledQuery, total: MatchCount, _ db: Database) throws -> KindCounts {
        let nothing = MatchCount(value: 0, isAtLeast: false)
        switch compiled.kind {
        case .talk?: return KindCounts(talks: total, papers: nothing)
        case .paper?: return KindCounts(talks: nothing, papers: total)
        case nil:
            let talks = try count(compile(query.requiring(.kind(.talk)), db), db)
            return KindCounts(talks: talks, papers: MatchCount(value: max(0, total.value - talks.value), isAtLeast: total.isAtLeast))
        }
    }

    /// More rows of results already counted.
    public func rows(for request: RowsRequest) throws -> ResultSlice {
        try rows(request.query, order: request.order, count: request.count,
                 offset: request.offset, limit: request.limit, anchor: request.anchor)
    }
}

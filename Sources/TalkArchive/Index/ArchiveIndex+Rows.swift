import Foundation
import GRDB

/// How a list of results is ordered.
public enum ResultOrder: String, Sendable, CaseIterable {
    /// Best match first for a query with words; newest first without.
    case relevance
    /// Newest first.
    case date
    /// Oldest first.
    case oldest
    case title

    /// How the status line and the command line name it.
    public var label: String {
        switch self {
        case .relevance: return "relevance"
        case .date: return "newest first"
        case .oldest: return "oldest first"
        case .title: return "title"
        }
    }
}

/// How many records a query matches: exact, or at least `value` when counting stopped there.
public struct MatchCount: Sendable, Equatable {
    public var value: Int
    public var isAtLeast: Bool

    public init(value: Int, isAtLeast: Bool) {
        self.value = value
        self.isAtLeast = isAtLeast
    }

    /// Whether the query's words match too many records to rank: they are listed unranked.
    public var isUnranked: Bool { isAtLeast }
}

/// Some consecutive rows of a query's results: positions `offset ..< offset + hits.count`.
public struct ResultSlice: Sendable {
    public var offset: Int
    public var hits: [SearchHit]

    public init(offset: Int, hits: [SearchHit]) {
        self.offset = offset
        self.hits = hits
    }
}

// MARK: Rows on demand

/// The list asks for the rows it shows, never for all of them (tig's `redraw_view_from`):
/// - without words, rows come in index order from a known row (keyset), so a step costs the
///   same at row 10 as at row 900,000, and jumps to the end read the index backwards;
/// - with words, at most `rankingLimit` matches are ranked or sorted; beyond that the first
///   letters of a search match nearly everything, and the matches are listed unranked in the
///   full-text index's order, as fast as FTS5 can produce them: by rowid, descending, which is
///   newest first within each kind (`IndexBuilder`).
extension ArchiveIndex {
    public static let rankingLimit = 2_000

    /// Full-text matches with their rows. CROSS JOIN keeps the full-text index the outer loop
    /// (one pass over its matches).
    static func matchesWithRecords(_ fts: String) -> String { "\(fts) CROSS JOIN \(RecordSchema.table) ON \(RecordSchema.table).rowid = \(fts).rowid" }

    /// How many records `query` matches; counting matches of words stops after `rankingLimit`.
    ///
    /// `SELECT count(*) FROM (SELECT 1 FROM record_fts WHERE record_fts MATCH ? AND record_fts.rowid > 51 LIMIT 2001)`
    public func count(_ query: SearchQuery) throws -> MatchCount {
        try validate(query)
        return try reading { db in try count(compile(query, db), db) }
    }

    func count(_ compiled: CompiledQuery, _ db: Database) throws -> MatchCount {
        guard let match = compiled.match else {
            let value = try Int.fetchOne(db.cachedStatement(literal: "SELECT count(*) FROM \(sql: RecordSchema.table) \(compiled.browseFilter())")) ?? 0
            return MatchCount(value: value, isAtLeast: false)
        }
        let limit = ArchiveIndex.rankingLimit
        let fts = compiled.ftsTable
        let value = try Int.fetchOne(db.cachedStatement(literal: """
            SELECT count(*) FROM (SELECT 1 FROM \(sql: compiled.filtersNeedRecord ? ArchiveIndex.matchesWithRecords(fts) : fts)
                                  WHERE \(compiled.matching(match)) LIMIT \(sql: String(limit + 1)))
            """)) ?? 0
        return MatchCount(value: min(value, limit), isAtLeast: value > limit)
    }

    /// `query` in SQL, its prefixes listed as the indexed words they stand for where few enough,
    /// its mark clauses as the records they stand for now.
    func compile(_ query: SearchQuery, _ db: Database) throws -> CompiledQuery {
        let query = try query.resolvingMarks(marks)
        let layout = RowidLayout(lastTalk: lastTalkRowid, last: lastRowid) { kind, day in
            self.firstRowid(of: kind, onOrAfter: day, db)
        }
        return query.compile(words: wordLookup(db), layout: layout)
    }

    /// The first rowid of `kind` dated `day` or later (rowids follow dates within a kind), or one
    /// past the kind's rowids.
    ///
    /// `SELECT rowid FROM record WHERE kind = 'paper' AND date >= '2020-01-01' ORDER BY date, id LIMIT 1`
    func firstRowid(of kind: RecordKind, onOrAfter day: Day, _ db: Database) -> Int64 {
        let found = try? Int64.fetchOne(db.cachedStatement(sql: "SELECT rowid FROM \(RecordSchema.table) WHERE kind = ? AND date >= ? ORDER BY date, id LIMIT 1"),
                                        arguments: [kind.rawValue, day.iso])
        return found.flatMap { $0 } ?? (kind == .talk ? lastTalkRowid + 1 : lastRowid + 1)
    }

    /// The rows at `offset ..< offset + limit` of `query`'s results in `order`.
    ///
    /// - Parameters:
    ///   - count: the query's `count(_:)`, which says whether its matches are ranked.
    ///   - anchor: a row already shown near `offset` (its position and record): rows without
    ///     words are read onwards from it instead of counted from the top.
    ///   - highlights: mark the matches in titles and snippets with FTS5 (the command line); the
    ///     browser marks the query's words itself, and skipping them saves a full-text lookup per row.
    public func rows(_ query: SearchQuery, order: ResultOrder, count: MatchCount, offset: Int, limit: Int,
                     anchor: RowsRequest.Anchor? = nil, highlights: Bool = false) throws -> ResultSlice {
        try reading { db in
            try rows(compile(query, db), order: order, count: count, offset: offset, limit: limit, anchor: anchor, highlights: highlights, db)
        }
    }

    func rows(_ compiled: CompiledQuery, order: ResultOrder, count: MatchCount, offset: Int, limit: Int,
              anchor: RowsRequest.Anchor? = nil, highlights: Bool = false, _ db: Database) throws -> ResultSlice {
        let offset = max(0, min(offset, count.value - 1))
        guard limit > 0, offset >= 0 else { return ResultSlice(offset: 0, hits: []) }
        guard let match = compiled.match else {
            return try browseRows(compiled, order: order, total: count.value, offset: offset, limit: limit, anchor: anchor, db)
        }
        let limit = min(limit, count.value - offset)
        let hits = try matchedRows(match, compiled, order: count.isUnranked ? nil : order,
                                   offset: offset, limit: limit, highlights: highlights, db)
        return ResultSlice(offset: offset, hits: hits)
    }

    /// Where the record `id` stands in the results of a query without words, or nil.
    ///
    /// `SELECT count(*) FROM record WHERE … AND (date, id) > (?, ?)` (newest first: the rows before it)
    public func position(of id: String, in query: SearchQuery, order: ResultOrder) throws -> Int? {
        let compiled = try query.resolvingMarks(marks).compile()
        guard compiled.match == nil, let record = try record(id: id) else { return nil }
        return try reading { db in
            guard try Bool.fetchOne(db.makeStatement(literal: "SELECT EXISTS (SELECT 1 FROM \(sql: RecordSchema.table) \(compiled.browseFilter(and: "\(sql: Column.id.qualified) = \(id)")))")) == true
            else { return nil }
            let key = BrowseKey(order, record: record)
            return try Int.fetchOne(db.makeStatement(literal: "SELECT count(*) FROM \(sql: RecordSchema.table) \(compiled.browseFilter(and: key.before))"))
        }
    }

    // MARK: Queries with words

    private func matchedRows(_ match: String, _ compiled: CompiledQuery, order: ResultOrder?, offset: Int, limit: Int,
                             highlights: Bool, _ db: Database) throws -> [SearchHit] {
        let fts = compiled.ftsTable
        let sortSQL: SQL
        switch order {
        case nil: sortSQL = "\(sql: fts).rowid DESC"
        // Whole words as typed first, then their other forms, then what only a prefix finds (at
        // most `rankingLimit` matches, so the subqueries' are fewer), each by score; ties go to the
        // newer record: rowids follow dates within a kind (`IndexBuilder`).
        case .relevance? where !compiled.rankedFirst.isEmpty:
            let from = compiled.filtersNeedRecord ? ArchiveIndex.matchesWithRecords(fts) : fts
            let tiers = compiled.rankedFirst.map { narrower -> SQL in
                "\(sql: fts).rowid IN (SELECT \(sql: fts).rowid FROM \(sql: from) WHERE \(compiled.matching(narrower))) DESC"
            }
            sortSQL = tiers.joined(separator: ", ") + ", score, \(sql: fts).rowid DESC"
        case .relevance?: sortSQL = "score, \(sql: fts).rowid DESC"
        // Within one kind, rowids are in date-then-id order: no row need be read to sort.
        case .date? where compiled.kind != nil: sortSQL = "\(sql: fts).rowid DESC"
        case .date?: sortSQL = "\(sql: Column.date.qualified) DESC, \(sql: Column.id.qualified) DESC"
        case .oldest? where compiled.kind != nil: sortSQL = "\(sql: fts).rowid"
        case .oldest?: sortSQL = "\(sql: Column.date.qualified), \(sql: Column.id.qualified)"
        case .title?: sortSQL = "\(sql: Column.title.qualified) COLLATE NOCASE, \(sql: Column.id.qualified)"
        }
        // Rows are joined to the full-text matches only when a condition or the order reads them.
        let joinsRecords = compiled.filtersNeedRecord || ((order == .date || order == .oldest) && compiled.kind == nil) || order == .title
        // Unranked rows skip BM25: computing it is what ranking every match would cost.
        let score = order == nil ? "NULL" : "bm25(\(fts), \(ArchiveIndex.weights))"
        // First the page's rowids: sorting carries only them, not highlights of every match.
        let page = try Row.fetchAll(db.cachedStatement(literal: """
            SELECT \(sql: fts).rowid AS rowid, \(sql: score) AS score
            FROM \(sql: joinsRecords ? ArchiveIndex.matchesWithRecords(fts) : fts)
            WHERE \(compiled.matching(match))
            ORDER BY \(sortSQL) LIMIT \(limit) OFFSET \(offset)
            """))
        guard !page.isEmpty else { return [] }
        // Then those rows, with their highlights when asked.
        let rowids: [Int64] = page.map { $0[0] }
        let list = rowids.map { _ in "?" }.joined(separator: ",")
        let rows: [Row]
        if highlights {
            let open = String(Highlight.open), close = String(Highlight.close)
            rows = try Row.fetchAll(db, sql: """
                SELECT \(RecordSchema.selected), \(fts).rowid,
                       highlight(\(fts), 0, ?, ?), snippet(\(fts), 3, ?, ?, '…', 16)
                FROM \(ArchiveIndex.matchesWithRecords(fts))
                WHERE \(fts) MATCH ? AND \(fts).rowid IN (\(list))
                """, arguments: StatementArguments([open, close, open, close, match] as [any DatabaseValueConvertible] + rowids))
        } else {
            // As many placeholders as rows: a screenful is nearly always the same count, so one cached statement.
            rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT \(RecordSchema.selected), \(RecordSchema.table).rowid FROM \(RecordSchema.table) WHERE \(RecordSchema.table).rowid IN (\(list))"),
                                    arguments: StatementArguments(values: rowids))
        }
        let rowid = RecordSchema.afterSelected
        let byRowid = Dictionary(rows.map { ($0[rowid] as Int64, $0) }, uniquingKeysWith: { first, _ in first })
        return try page.compactMap { entry in
            try byRowid[entry[0]].map { try ArchiveIndex.hit($0, score: entry[1]) }
        }
    }

    // MARK: Queries without words

    private func browseRows(_ compiled: CompiledQuery, order: ResultOrder, total: Int, offset: Int, limit: Int,
                            anchor: RowsRequest.Anchor?, _ db: Database) throws -> ResultSlice {
        let key = BrowseKey(order, record: anchor?.record)
        let columns: SQL = "SELECT \(sql: RecordSchema.selected) FROM \(sql: RecordSchema.table)"
        // Each plan reads `take` rows in list order (or backwards) starting right after its row `from`.
        let sql: SQL, from: Int, take: Int, backwards: Bool
        if let anchor, offset > anchor.position, offset - anchor.position <= 4 * limit {
            (from, take, backwards) = (anchor.position, offset - anchor.position - 1 + limit, false)
            sql = "\(columns) \(compiled.browseFilter(and: key.after)) ORDER BY \(sql: key.ascending) LIMIT \(take)"
        } else if let anchor, offset < anchor.position, anchor.position - offset <= 4 * limit {
            (from, take, backwards) = (anchor.position, anchor.position - offset, true)
            sql = "\(columns) \(compiled.browseFilter(and: key.before)) ORDER BY \(sql: key.descending) LIMIT \(take)"
        } else if total - offset < offset {
            (from, take, backwards) = (total, total - offset, true)
            sql = "\(columns) \(compiled.browseFilter()) ORDER BY \(sql: key.descending) LIMIT \(take)"
        } else {
            (from, take, backwards) = (-1, offset + limit, false)
            sql = "\(columns) \(compiled.browseFilter()) ORDER BY \(sql: key.ascending) LIMIT \(take)"
        }
        let records = try Row.fetchAll(db.cachedStatement(literal: sql)).map(RecordSchema.decode)
        // Positions: onwards, from + 1, from + 2, …; backwards, from - 1, from - 2, …
        let ordered = backwards ? Array(records.reversed()) : records
        let first = backwards ? from - records.count : from + 1
        let start = max(0, offset - first)
        let hits = ordered.dropFirst(start).prefix(limit).map { SearchHit(record: $0) }
        return ResultSlice(offset: first + start, hits: Array(hits))
    }

    /// The indexed words that start with `prefix` (lowercase ASCII), when there are at most 64.
    ///
    /// `SELECT term FROM term WHERE term >= 'netw' AND term < 'netx' LIMIT 65`
    func expansions(of prefix: String, _ db: Database) -> [String]? {
        guard !prefix.isEmpty else { return nil }
        let upper = ArchiveIndex.successor(of: prefix)
        guard let terms = try? String.fetchAll(db.cachedStatement(sql: "SELECT term FROM \(RecordSchema.term) WHERE term >= ? AND term < ? LIMIT 65"),
                                               arguments: [prefix, upper]), terms.count <= 64 else { return nil }
        return terms
    }

    /// A hit from a row of `RecordSchema.selected`, the rowid, and when highlighted the marked title and snippet.
    static func hit(_ row: Row, score: Double?) throws -> SearchHit {
        let highlighted = row.count > RecordSchema.afterSelected + 1
        let title: String? = highlighted ? row[RecordSchema.afterSelected + 1] : nil
        let snippet: String = highlighted ? row[RecordSchema.afterSelected + 2] ?? "" : ""
        return SearchHit(record: try RecordSchema.decode(row), score: score,
                         title: title.map { Highlight(marked: $0) },
                         snippet: snippet.contains(Highlight.open) ? Highlight(marked: snippet) : nil)
    }

    func reading<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.read(body)
        } catch let error as DatabaseError {
            // Queries are quoted before they reach FTS5, so this is not the user's syntax: say what failed, plainly.
            throw QueryError("the search failed in the index (\(error.message ?? "SQLite error \(error.resultCode.rawValue)")); run `talks check`")
        }
    }
}

/// The order of rows without words, as SQL: index-backed, with the record's id breaking ties,
/// and the conditions for the rows before and after a given record.
private struct BrowseKey {
    var ascending: String
    var descending: String
    var after: SQL
    var before: SQL

    init(_ order: ResultOrder, record: ArchiveRecord?) {
        let (date, id, title) = (Column.date.qualified, Column.id.qualified, Column.title.qualified)
        switch order {
        case .relevance, .date, .oldest:
            // Newest first: "ascending" in list order is descending dates; oldest first is its mirror.
            let newest = order != .oldest
            ascending = newest ? "\(date) DESC, \(id) DESC" : "\(date), \(id)"
            descending = newest ? "\(date), \(id)" : "\(date) DESC, \(id) DESC"
            let (day, key) = (record?.date.iso, record?.id)
            let (earlier, later): (SQL, SQL) = ("(\(sql: date), \(sql: id)) < (\(day), \(key))", "(\(sql: date), \(sql: id)) > (\(day), \(key))")
            (after, before) = newest ? (earlier, later) : (later, earlier)
        case .title:
            ascending = "\(title) COLLATE NOCASE, \(id)"
            descending = "\(title) COLLATE NOCASE DESC, \(id) DESC"
            // Spelled out rather than as a row value, so that SQLite seeks the title index.
            let (name, key) = (record?.title, record?.id)
            after = "\(sql: title) COLLATE NOCASE >= \(name) AND (\(sql: title) COLLATE NOCASE > \(name) OR \(sql: id) > \(key))"
            before = "\(sql: title) COLLATE NOCASE <= \(name) AND (\(sql: title) COLLATE NOCASE < \(name) OR \(sql: id) < \(key))"
        }
    }
}

private typealias Column = RecordSchema.Column

import Foundation
import GRDB

// MARK: Reading records

extension ArchiveIndex {
    /// Records newest first (or in `order`), optionally only one kind or series.
    ///
    /// `SELECT <record columns> FROM record WHERE kind = ? AND series = ? ORDER BY date DESC, id`
    public func records(kind: RecordKind? = nil, series: String? = nil, order: ResultOrder = .date) throws -> [ArchiveRecord] {
        var conditions: [String] = []
        var arguments: [String] = []
        if let kind { conditions.append("kind = ?"); arguments.append(kind.rawValue) }
        if let series { conditions.append("series = ?"); arguments.append(series) }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try database.read { db in
            try Row.fetchAll(db, sql: "SELECT \(RecordSchema.selected) FROM \(RecordSchema.table) \(whereClause) ORDER BY \(order.listingSQL)",
                             arguments: StatementArguments(values: arguments)).map(RecordSchema.decode)
        }
    }

    /// The record with this id, or nil.
    public func record(id: String) throws -> ArchiveRecord? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT \(RecordSchema.selected) FROM \(RecordSchema.table) WHERE id = ?", arguments: [id]).map(RecordSchema.decode)
        }
    }

    /// The records `record` is related to, in its order (ids no longer in the index are skipped).
    public func related(to record: ArchiveRecord) throws -> [ArchiveRecord] {
        try record.related.compactMap { try self.record(id: $0) }
    }

    /// Ids that start like `prefix`, for "did you mean" hints.
    public func ids(like prefix: String, limit: Int = 5) throws -> [String] {
        try database.read { db in
            try String.fetchAll(db, sql: "SELECT id FROM \(RecordSchema.table) WHERE id LIKE ? ESCAPE '\\' ORDER BY date DESC LIMIT ?",
                                arguments: [prefix.replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%", limit])
        }
    }

    /// The series slugs present, sorted (kept in the index's metadata when it is built).
    public func seriesSlugs() throws -> [String] { series }

    public func topics() throws -> [Topic] { try meta("topics") ?? [] }
    public func notes() throws -> [SeriesNote] { try meta("notes") ?? [] }
    public func files() throws -> [Archive.SourceFile] { try meta("files") ?? [] }
    public func diagnostics() throws -> [Diagnostic] { try meta("diagnostics") ?? [] }

    private func meta<T: Decodable>(_ key: String) throws -> T? {
        let json = try database.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM \(RecordSchema.meta) WHERE key = ?", arguments: [key])
        }
        return try json.map { try JSONDecoder().decode(T.self, from: Data($0.utf8)) }
    }
}

// MARK: Searching

extension ArchiveIndex {
    /// Column weights for BM25, in index column order: title and speakers above the rest.
    static let weights = "10.0, 8.0, 3.0, 1.0, 2.0"

    /// Runs a query: every match ranked by BM25 when it has words, newest first otherwise
    /// (the command line's search; the browser pages through `rows(_:order:count:offset:limit:anchor:)`).
    ///
    /// ```sql
    /// SELECT <record columns>, bm25(record_fts, 10, 8, 3, 1, 2) AS score,
    ///        highlight(record_fts, 0, ?, ?), snippet(record_fts, 3, ?, ?, '…', 16)
    /// FROM record_fts CROSS JOIN record ON record.rowid = record_fts.rowid
    /// WHERE record_fts MATCH ? AND <filters> ORDER BY score, record.date DESC LIMIT ?
    /// ```
    public func search(_ query: SearchQuery, order: ResultOrder = .relevance, limit: Int = 1000) throws -> [SearchHit] {
        try validate(query)
        let everything = MatchCount(value: Int.max, isAtLeast: false)
        return try rows(query, order: order, count: everything, offset: 0, limit: limit, highlights: true).hits
    }

    /// Parses and runs query text.
    public func search(_ text: String, limit: Int = 1000) throws -> [SearchHit] {
        try search(SearchQuery(parsing: text), limit: limit)
    }

    func validate(_ query: SearchQuery) throws {
        let known = try seriesSlugs()
        for clause in query.clauses {
            for case .filter(.series(let slug)) in clause.alternatives where !known.contains(slug) {
                throw QueryError("unknown series “\(slug)”; the archive has \(known.joined(separator: ", "))")
            }
        }
    }
}

extension ResultOrder {
    /// A whole listing's order: without words, relevance is newest first.
    var listingSQL: String {
        switch self {
        case .relevance, .date: return "date DESC, id"
        case .oldest: return "date, id"
        case .title: return "title COLLATE NOCASE, id"
        }
    }
}

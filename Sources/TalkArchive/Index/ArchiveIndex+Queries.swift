import Foundation
import GRDB

// MARK: Reading records

extension ArchiveIndex {
    /// Records newest first, optionally only one kind or series.
    ///
    /// `SELECT json FROM record WHERE kind = ? AND series = ? ORDER BY date DESC, id`
    public func records(kind: RecordKind? = nil, series: String? = nil) throws -> [ArchiveRecord] {
        var conditions: [String] = []
        var arguments: [String] = []
        if let kind { conditions.append("kind = ?"); arguments.append(kind.rawValue) }
        if let series { conditions.append("series = ?"); arguments.append(series) }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try database.read { db in
            try Data.fetchAll(db, sql: "SELECT json FROM record \(whereClause) ORDER BY date DESC, id",
                              arguments: StatementArguments(arguments)).map(ArchiveIndex.decode)
        }
    }

    /// The record with this id, or nil.
    public func record(id: String) throws -> ArchiveRecord? {
        try database.read { db in
            try Data.fetchOne(db, sql: "SELECT json FROM record WHERE id = ?", arguments: [id]).map(ArchiveIndex.decode)
        }
    }

    /// The records `record` is related to, in its order (ids no longer in the index are skipped).
    public func related(to record: ArchiveRecord) throws -> [ArchiveRecord] {
        try record.related.compactMap { try self.record(id: $0) }
    }

    /// Ids that start like `prefix`, for "did you mean" hints.
    public func ids(like prefix: String, limit: Int = 5) throws -> [String] {
        try database.read { db in
            try String.fetchAll(db, sql: "SELECT id FROM record WHERE id LIKE ? ESCAPE '\\' ORDER BY date DESC LIMIT ?",
                                arguments: [prefix.replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%", limit])
        }
    }

    /// The series slugs present, sorted (kept in the index's metadata when it is built).
    public func seriesSlugs() throws -> [String] { try meta("series") ?? [] }

    public func topics() throws -> [Topic] { try meta("topics") ?? [] }
    public func notes() throws -> [SeriesNote] { try meta("notes") ?? [] }
    public func files() throws -> [Archive.SourceFile] { try meta("files") ?? [] }
    public func diagnostics() throws -> [Diagnostic] { try meta("diagnostics") ?? [] }

    private func meta<T: Decodable>(_ key: String) throws -> T? {
        let json = try database.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
        }
        return try json.map { try JSONDecoder().decode(T.self, from: Data($0.utf8)) }
    }

    static func decode(_ data: Data) throws -> ArchiveRecord {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(ArchiveRecord.self, from: data)
    }
}

// MARK: Searching

extension ArchiveIndex {
    /// Column weights for BM25, in index column order: title and speakers above the rest.
    static let weights = "10.0, 8.0, 3.0, 1.0, 2.0"

    /// Runs a query: ranked by BM25 when it has words, newest first otherwise.
    ///
    /// ```sql
    /// SELECT record.json, bm25(record_fts, 10, 8, 3, 1, 2) AS score,
    ///        highlight(record_fts, 0, ?, ?), snippet(record_fts, 3, ?, ?, '…', 16)
    /// FROM record_fts JOIN record ON record.rowid = record_fts.rowid
    /// WHERE record_fts MATCH ? AND <filters> ORDER BY score, record.date DESC LIMIT ?
    /// ```
    public func search(_ query: SearchQuery, limit: Int = 1000) throws -> [SearchHit] {
        try validate(query)
        let compiled = query.compile()
        do {
            return try database.read { db in
                if let match = compiled.match {
                    return try ranked(match, compiled, limit: limit, db)
                }
                return try unranked(compiled, limit: limit, db)
            }
        } catch let error as DatabaseError {
            // Queries are quoted before they reach FTS5, so this is not the user's syntax: say what failed, plainly.
            throw QueryError("the search failed in the index (\(error.message ?? "SQLite error \(error.resultCode.rawValue)")); run `talks check`")
        }
    }

    /// Parses and runs query text.
    public func search(_ text: String, limit: Int = 1000) throws -> [SearchHit] {
        try search(SearchQuery(parsing: text), limit: limit)
    }

    private func validate(_ query: SearchQuery) throws {
        let known = try seriesSlugs()
        for clause in query.clauses {
            for case .filter(.series(let slug)) in clause.alternatives where !known.contains(slug) {
                throw QueryError("unknown series “\(slug)”; the archive has \(known.joined(separator: ", "))")
            }
        }
    }

    private func ranked(_ match: String, _ compiled: CompiledQuery, limit: Int, _ db: Database) throws -> [SearchHit] {
        let filters = compiled.conditions.map { " AND " + $0 }.joined()
        let open = String(Highlight.open), close = String(Highlight.close)
        let sql = """
            SELECT record.json, bm25(record_fts, \(ArchiveIndex.weights)) AS score,
                   highlight(record_fts, 0, ?, ?) AS title, snippet(record_fts, 3, ?, ?, '…', 16) AS snippet
            FROM record_fts JOIN record ON record.rowid = record_fts.rowid
            WHERE record_fts MATCH ?\(filters)
            ORDER BY score, record.date DESC, record.id LIMIT ?
            """
        var arguments: [(any DatabaseValueConvertible)?] = [open, close, open, close, match]
        arguments += compiled.arguments.map { $0 as (any DatabaseValueConvertible)? }
        arguments.append(limit)
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
            let snippet: String = row["snippet"] ?? ""
            return SearchHit(record: try ArchiveIndex.decode(row["json"]), score: row["score"],
                             title: Highlight(marked: row["title"]),
                             snippet: snippet.contains(Highlight.open) ? Highlight(marked: snippet) : nil)
        }
    }

    private func unranked(_ compiled: CompiledQuery, limit: Int, _ db: Database) throws -> [SearchHit] {
        var conditions = compiled.conditions
        var arguments: [(any DatabaseValueConvertible)?] = compiled.arguments.map { $0 as (any DatabaseValueConvertible)? }
        for expression in compiled.excluded {
            conditions.insert("record.rowid NOT IN (SELECT rowid FROM record_fts WHERE record_fts MATCH ?)", at: 0)
            arguments.insert(expression, at: 0)
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        arguments.append(limit)
        let sql = "SELECT json FROM record \(whereClause) ORDER BY record.date DESC, record.id LIMIT ?"
        return try Data.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { data in
            let record = try ArchiveIndex.decode(data)
            return SearchHit(record: record, score: nil, title: Highlight(plain: record.title), snippet: nil)
        }
    }
}

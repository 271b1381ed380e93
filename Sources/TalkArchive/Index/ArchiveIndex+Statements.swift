import Foundation
import GRDB

extension ArchiveIndex {
    /// Runs `body` and returns the SQL statements it ran against the index, with their arguments
    /// written in, so that the same statements can be run elsewhere (the benchmark gives them to
    /// the `sqlite3` shell to compare talks with raw SQLite).
    ///
    /// ```swift
    /// let sql = try index.statements { _ = try index.firstRows(for: request) }
    /// // ["BEGIN DEFERRED TRANSACTION", "SELECT count(*) FROM (SELECT 1 FROM record_fts WHERE …", …]
    /// ```
    public func statements(of body: () throws -> Void) throws -> [String] {
        let recorder = StatementRecorder()
        database.inDatabase { db in
            db.trace(options: .statement) { event in
                // Statements SQLite runs inside others (FTS5 reading its tables) come as "-- …".
                if case .statement(let statement) = event, !statement.sql.hasPrefix("--") { recorder.append(statement.expandedSQL) }
            }
        }
        defer { database.inDatabase { db in db.trace(options: [], nil) } }
        try body()
        return recorder.statements
    }

    /// The FTS5 MATCH expression `text` compiles to on this index, its prefixes listed as the
    /// indexed words they stand for (nil when it has no words): what the benchmark hands the
    /// `sqlite3` shell so that both rank the same expression.
    public func matchExpression(for text: String) throws -> String? {
        let query = try SearchQuery(parsing: text)
        return try reading { db in try compile(query, db).match }
    }
}

/// Collects traced statements; the trace runs on the database's queue, read after it.
private final class StatementRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [String] = []

    func append(_ sql: String) { lock.withLock { collected.append(sql) } }
    var statements: [String] { lock.withLock { collected } }
}

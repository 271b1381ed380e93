import Foundation
import GRDB

/// Moves imported records from an old index into one being built, so a change to the archive's
/// pages does not mean re-reading gigabytes of imports. Reads the old file through its own
/// read-only connection (SQLite cannot ATTACH inside the build's transaction).
enum ImportCarrier {
    static func carry(from old: URL, except replaced: String? = nil, _ db: Database) throws -> [ImportSource] {
        guard FileManager.default.fileExists(atPath: old.path), CacheFolder.problem(with: old) == nil else { return [] }
        var configuration = Configuration()
        configuration.readonly = true
        let previous = try DatabaseQueue(path: old.path, configuration: configuration)
        defer { try? previous.close() }
        let sources: [ImportSource] = try previous.read { source in
            // Records of another schema were read by other rules, and their columns differ:
            // an index of an older talks keeps no imports (they are imported again).
            guard try String.fetchOne(source, sql: "SELECT value FROM \(RecordSchema.meta) WHERE key = 'schema'") == String(RecordSchema.version),
                  let json = try String.fetchOne(source, sql: "SELECT value FROM \(RecordSchema.meta) WHERE key = 'imports'") else { return [] }
            return try JSONDecoder().decode([ImportSource].self, from: Data(json.utf8))
        }
        let kept = sources.filter { $0.path != replaced }
        guard !kept.isEmpty else { return [] }
        // Each imported record names its file; a replaced file's records are read again from it.
        try previous.read { source in
            let columns = RecordSchema.storedColumns
            let count = RecordSchema.Column.allCases.count
            let rows = try Row.fetchCursor(source, sql: """
                SELECT \(columns) FROM \(RecordSchema.table) WHERE origin IS NOT NULL AND origin IS NOT ?
                """, arguments: [replaced])
            let insert = try db.makeStatement(sql: """
                INSERT OR IGNORE INTO \(RecordSchema.paperStaging)(\(columns))
                VALUES (\(Array(repeating: "?", count: count).joined(separator: ", ")))
                """)
            while let row = try rows.next() {
                try insert.execute(arguments: StatementArguments(values: (0..<count).map { row[$0] as DatabaseValue }))
            }
        }
        return kept
    }
}

import Foundation
import GRDB

extension RecordIDSet {
    /// `record.id IN (SELECT value FROM json_each(?))` with the ids as one JSON array: one
    /// argument however many ids, and SQLite builds the set once per statement.
    var sql: SQL {
        let json = (try? JSONEncoder().encode(ids)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        return "\(sql: RecordSchema.Column.id.qualified) \(sql: excluded ? "NOT IN" : "IN") (SELECT value FROM json_each(\(json)))"
    }
}

import Foundation
import GRDB
import TalkArchive

/// The schema of the personal store, named once: the `mark` table (flags and note per record) and
/// the `tag` table (one row per record and tag), and the mapping to `RecordMarks`.
///
/// ```sql
/// CREATE TABLE mark (record_id TEXT PRIMARY KEY, starred BOOLEAN, seen BOOLEAN, towatch BOOLEAN, note TEXT, changed DATETIME)
/// CREATE TABLE tag (record_id TEXT, name TEXT, PRIMARY KEY (record_id, name)) WITHOUT ROWID
/// ```
/// A record with nothing marked has no rows.
struct MarkRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "mark"
    enum Columns {
        static let recordID = Column("record_id")
        static let starred = Column("starred")
        static let seen = Column("seen")
        static let toWatch = Column("towatch")
        static let note = Column("note")
        static let changed = Column("changed")
    }
    enum CodingKeys: String, CodingKey {
        case recordID = "record_id", starred, seen, toWatch = "towatch", note, changed
    }

    var recordID: String
    var starred: Bool
    var seen: Bool
    var toWatch: Bool
    var note: String?
    var changed: Date

    static let tagTable = "tag"

    static func marks(of id: String, _ db: Database) throws -> RecordMarks {
        guard let row = try MarkRow.fetchOne(db, key: id) else { return RecordMarks() }
        let tags = try String.fetchAll(db, sql: "SELECT name FROM tag WHERE record_id = ? ORDER BY name", arguments: [id])
        return RecordMarks(starred: row.starred, seen: row.seen, toWatch: row.toWatch, note: row.note, tags: tags)
    }

    static func all(_ db: Database) throws -> [String: RecordMarks] {
        var tags: [String: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT record_id, name FROM tag ORDER BY record_id, name") {
            tags[row[0], default: []].append(row[1])
        }
        var marks: [String: RecordMarks] = [:]
        for row in try MarkRow.fetchAll(db) {
            marks[row.recordID] = RecordMarks(starred: row.starred, seen: row.seen, toWatch: row.toWatch, note: row.note,
                                              tags: tags[row.recordID] ?? [])
        }
        return marks
    }

    /// Writes `marks` as the marks of `id`, replacing what was there; empty marks leave no rows.
    static func store(_ marks: RecordMarks, for id: String, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM tag WHERE record_id = ?", arguments: [id])
        guard !marks.isEmpty else {
            _ = try MarkRow.deleteOne(db, key: id)
            return
        }
        try MarkRow(recordID: id, starred: marks.starred, seen: marks.seen, toWatch: marks.toWatch, note: marks.note, changed: Date()).save(db)
        for tag in marks.tags {
            try db.execute(sql: "INSERT INTO tag (record_id, name) VALUES (?, ?)", arguments: [id, tag])
        }
    }
}

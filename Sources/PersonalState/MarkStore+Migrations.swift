import GRDB

extension MarkStore {
    /// The schema's history: a migration is never edited once released, only followed by another,
    /// so a store written by any earlier `talks` opens with its marks.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        // v1: flags and a note per record.
        migrator.registerMigration("v1") { db in
            try db.create(table: "mark") { t in
                t.primaryKey("record_id", .text)
                t.column("starred", .boolean).notNull().defaults(to: false)
                t.column("seen", .boolean).notNull().defaults(to: false)
                t.column("towatch", .boolean).notNull().defaults(to: false)
                t.column("note", .text)
                t.column("changed", .datetime).notNull()
            }
        }
        // v2: tags, one row per record and tag, found by name for `tag:NAME`.
        migrator.registerMigration("v2-tags") { db in
            try db.create(table: "tag", options: .withoutRowID) { t in
                t.column("record_id", .text).notNull()
                t.column("name", .text).notNull()
                t.primaryKey(["record_id", "name"])
            }
            try db.create(index: "tag_by_name", on: "tag", columns: ["name"])
        }
        return migrator
    }()
}

import Foundation
import GRDB
import TalkArchive

/// The reader's own marks — star, seen, to watch, a note, tags — per record id, in a database of
/// their own (`PersonalLocation`): user data, so no cache clean-up or index rebuild touches it.
///
/// ```swift
/// let store = try MarkStore.open(folder: PersonalLocation.folder(environment: env))
/// try store.change("ellis-2026-03-16", .toggleStar)      // one IMMEDIATE transaction
/// try store.recordIDs(.starred)                          // ["ellis-2026-03-16"]
/// ```
/// Every write is one immediate transaction that reads the stored marks, changes them and writes
/// them back: a second process marking at the same moment waits for the lock (up to
/// `busyTimeout`) and then changes what the first one wrote, so neither loses anything.
public final class MarkStore: Sendable, MarkLookup {
    let database: DatabaseQueue
    /// The database file, or nil for a session's marks in memory (kiosk mode).
    public let path: String?

    /// How long a write waits for another process's.
    static let busyTimeout: TimeInterval = 10
    public static let fileName = "marks.sqlite"

    init(database: DatabaseQueue, path: String?) throws {
        self.database = database
        self.path = path
        try MarkStore.migrator.migrate(database)
    }

    /// The store in `folder`, created (0700 folder, 0600 file) and migrated as needed.
    ///
    /// - Throws: ``MarkStoreError`` saying what could not be created or opened, and where.
    public static func open(folder: URL) throws -> MarkStore {
        let file = try PersonalLocation.prepare(folder, file: fileName)
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(busyTimeout)
            return try MarkStore(database: DatabaseQueue(path: file.path, configuration: configuration), path: file.path)
        } catch let error as DatabaseError {
            throw MarkStoreError("cannot open your marks in \(file.path) (\(error.message ?? "\(error.resultCode)")); move the file aside to start afresh")
        }
    }

    /// Marks that live as long as the process: kiosk mode writes nothing.
    public static func inMemory() throws -> MarkStore {
        try MarkStore(database: DatabaseQueue(), path: nil)
    }

    // MARK: Reading

    /// The marks of one record (empty when none).
    public func marks(of id: String) throws -> RecordMarks {
        try database.read { db in try MarkRow.marks(of: id, db) }
    }

    /// Every marked record's marks, by id.
    public func allMarks() throws -> [String: RecordMarks] {
        try database.read { db in try MarkRow.all(db) }
    }

    // MARK: Writing

    /// Makes `change` to the marks of `id` in one transaction; returns the marks as stored.
    @discardableResult
    public func change(_ id: String, _ change: MarkChange) throws -> RecordMarks {
        try writeImmediately { db in
            let changed = change.applied(to: try MarkRow.marks(of: id, db))
            try MarkRow.store(changed, for: id, db)
            return changed
        }
    }

    /// Adds `file`'s marks to these in one transaction (`MarksFile.merged`): all or nothing.
    /// Returns how many records' marks changed.
    @discardableResult
    public func merge(_ file: MarksFile) throws -> Int {
        try writeImmediately { db in
            var changed = 0
            for entry in file.marks {
                let current = try MarkRow.marks(of: entry.id, db)
                let merged = MarksFile.merged(current, entry.marks)
                guard merged != current else { continue }
                try MarkRow.store(merged, for: entry.id, db)
                changed += 1
            }
            return changed
        }
    }

    /// `body` in a BEGIN IMMEDIATE transaction: the write lock is taken before the marks are
    /// read, so another process cannot change them between the read and the write.
    private func writeImmediately<T>(_ body: (Database) throws -> T) throws -> T {
        try database.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(db)
                return .commit
            }
            return result!
        }
    }

    // MARK: Queries

    /// The ids of records satisfying a mark clause of a query (`MarkLookup`).
    public func recordIDs(_ condition: MarkCondition) throws -> [String] {
        try database.read { db in
            switch condition {
            case .starred: return try String.fetchAll(db, sql: "SELECT record_id FROM mark WHERE starred")
            case .seen, .unseen: return try String.fetchAll(db, sql: "SELECT record_id FROM mark WHERE seen")
            case .toWatch: return try String.fetchAll(db, sql: "SELECT record_id FROM mark WHERE towatch")
            case .hasNote: return try String.fetchAll(db, sql: "SELECT record_id FROM mark WHERE note IS NOT NULL")
            case .tagged(let name): return try String.fetchAll(db, sql: "SELECT record_id FROM tag WHERE name = ?", arguments: [name.value])
            case .noteContains(let words):
                // In Swift, not LIKE: SQLite folds only ASCII case, and notes are few.
                let notes = try Row.fetchAll(db, sql: "SELECT record_id, note FROM mark WHERE note IS NOT NULL")
                return notes.compactMap { row in
                    let note: String = row[1]
                    return note.range(of: words, options: [.caseInsensitive, .diacriticInsensitive]) != nil ? row[0] : nil
                }
            }
        }
    }
}

/// The personal store could not be used, with what and where.
public struct MarkStoreError: Error, CustomStringConvertible, Sendable {
    public var description: String
    init(_ message: String) { description = message }
}

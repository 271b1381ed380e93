import Foundation
import GRDB

/// The archive's SQLite database with its FTS5 index: built from the folder on first use, rebuilt
/// when any file changes, and written to a temporary file renamed into place, so a crash never
/// leaves a broken index behind.
public final class ArchiveIndex: Sendable {
    /// Bumped whenever the schema or what is stored changes: older indexes are rebuilt.
    public static let schemaVersion = 12

    let database: DatabaseQueue
    /// The index file, or nil when the index lives in memory (unwritable cache).
    public let path: String?
    /// Set when opening had to do something the user should hear about (a rebuild, a fallback).
    public let notice: String?
    public let fingerprint: String
    /// Talks hold rowids 1 … lastTalkRowid and papers the rowids above (`IndexBuilder`).
    let lastTalkRowid: Int64
    /// The highest rowid.
    let lastRowid: Int64

    /// The series slugs present, sorted: checked on every search with a `series:` filter.
    let series: [String]

    /// The metadata key of `lastTalkRowid`.
    static let lastTalkKey = "last_talk_rowid"

    init(database: DatabaseQueue, path: String?, notice: String?, fingerprint: String) {
        self.database = database
        self.path = path
        self.notice = notice
        self.fingerprint = fingerprint
        // An index file never changes once written (it is replaced whole), so these are read once.
        let (lastTalk, last, series) = (try? database.read { db in
            (try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [ArchiveIndex.lastTalkKey]),
             try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM record"),
             try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'series'"))
        }) ?? (nil, nil, nil)
        lastTalkRowid = lastTalk.flatMap { Int64($0) } ?? 0
        lastRowid = last ?? 0
        self.series = series.flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? []
    }

    /// Opens the index of `archive`, building or rebuilding it when needed.
    ///
    /// - Parameters:
    ///   - archive: the folder of saved pages.
    ///   - cache: where index files live (`IndexLocation.cacheDirectory()`).
    public static func open(archive: URL, cache: URL) throws -> ArchiveIndex {
        let file = IndexLocation.indexFile(for: archive, in: cache)
        // Unchanged files (by stat) need not be read: the usual start, fast at any size.
        let signature = try ArchiveFolder.statSignature(of: archive)
        if let current = try? openExisting(file, key: "stat", value: signature) { return current }
        // One process rebuilds while the others wait for its index, instead of fifty building
        // the same one (many users starting talks on a shared host after an update).
        let lock = BuildLock(cache)
        defer { lock.release() }
        if lock.acquired, let current = try? openExisting(file, key: "stat", value: signature) { return current }
        let folder = try ArchiveFolder(url: archive)
        if let current = try? openExisting(file, key: "fingerprint", value: folder.fingerprint) { return current }
        let archive = Archive.build(pages: folder.pages)
        // Said once, when the pages change: files that were skipped.
        let skipped = archive.diagnostics.filter { $0.kind == .unrecognizedFile }.map(\.message)
        do {
            try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
            // The pages changed: rebuild them, keeping what was imported into the old index.
            try IndexBuilder.write(archive, fingerprint: folder.fingerprint, statSignature: signature, to: file) { db, _ in
                (try? ImportCarrier.carry(from: file, db)) ?? []
            }
            let database = try DatabaseQueue(path: file.path, configuration: readOnlyConfiguration())
            return ArchiveIndex(database: database, path: file.path, fingerprint: folder.fingerprint,
                                notice: skipped.isEmpty ? nil : skipped.joined(separator: "\n"))
        } catch {
            let database = try DatabaseQueue()
            try IndexBuilder.fill(database, archive: archive, fingerprint: folder.fingerprint)
            let fallback = "cannot write the index in \(cache.path) (\(error)); searching in memory"
            return ArchiveIndex(database: database, path: nil, fingerprint: folder.fingerprint,
                                notice: ([fallback] + skipped).joined(separator: "\n"))
        }
    }

    /// An index over an archive already in memory (tests, benchmarks).
    public static func inMemory(_ archive: Archive) throws -> ArchiveIndex {
        let database = try DatabaseQueue()
        try IndexBuilder.fill(database, archive: archive, fingerprint: "memory")
        return ArchiveIndex(database: database, path: nil, notice: nil, fingerprint: "memory")
    }

    private convenience init(database: DatabaseQueue, path: String?, fingerprint: String, notice: String?) {
        self.init(database: database, path: path, notice: notice, fingerprint: fingerprint)
    }

    /// The existing index when it is whole, of this schema, and built from exactly these files:
    /// its metadata `key` (`stat` or `fingerprint`) equals `value`.
    private static func openExisting(_ file: URL, key: String, value: String) throws -> ArchiveIndex? {
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        let database = try DatabaseQueue(path: file.path, configuration: readOnlyConfiguration())
        let (stored, fingerprint) = try database.read { db in
            (try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]),
             try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'fingerprint'"))
        }
        guard stored == value, let fingerprint else { return nil }
        return ArchiveIndex(database: database, path: file.path, notice: nil, fingerprint: fingerprint)
    }

    private static func readOnlyConfiguration() -> Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        return configuration
    }
}

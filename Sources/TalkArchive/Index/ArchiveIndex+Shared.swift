import Foundation
import GRDB

/// The index of a host's shared archive (`SharedArchive`): built by whoever may write its folder
/// (the administrator), read by everyone else without writing a byte.
extension ArchiveIndex {
    /// Opens the shared index of `archive` in `folder`: as any index (built or rebuilt when the
    /// pages changed) when this process may write the folder; otherwise read-only and immutable.
    ///
    /// Immutable (SQLite's `immutable=1`) is safe because an index file is never changed in place:
    /// a rebuild writes a new file and renames it over the old one, and an open file keeps the
    /// old one. So users' sessions take no locks, write no journal or WAL file, and never wait
    /// for a rebuild; the next session opens the new file.
    ///
    /// - Throws: ``ArchiveError`` when the shared index is missing or of another version of talks,
    ///   saying how the administrator builds it.
    public static func openShared(archive: URL, folder: URL) throws -> ArchiveIndex {
        if access(folder.path, W_OK) == 0 { return try open(archive: archive, cache: folder) }
        let file = IndexLocation.indexFile(for: archive, in: folder)
        let build = "the administrator builds it with `sudo talks check` (see README, \"A lab server\")"
        guard FileManager.default.isReadableFile(atPath: file.path) else {
            throw ArchiveError("the host's shared index \(file.path) is missing or unreadable; \(build)")
        }
        var configuration = Configuration()
        configuration.readonly = true
        let database = try DatabaseQueue(path: "file:\(file.path)?immutable=1", configuration: configuration)
        let (schema, fingerprint, stat) = try database.read { db in
            (try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema'"),
             try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'fingerprint'"),
             try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'stat'"))
        }
        guard schema == String(schemaVersion), let fingerprint else {
            throw ArchiveError("the host's shared index \(file.path) was built by another version of talks; \(build)")
        }
        // Pages changed since the build: still the host's index, said once per start.
        let current = try? ArchiveFolder.statSignature(of: archive)
        let notice = current == stat ? nil : "the archive changed after the host's shared index was built; \(build)"
        return ArchiveIndex(database: database, path: file.path, notice: notice, fingerprint: fingerprint)
    }
}

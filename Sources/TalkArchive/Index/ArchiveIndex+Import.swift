import Foundation
import GRDB

extension ArchiveIndex {
    /// Imports an arXiv metadata snapshot into the index of `archive`: a new index holding the
    /// archive, the imports it already had and this file is built beside the old one and renamed
    /// into place, so the old index stays usable until the new one is complete.
    ///
    /// Holds the cache's build lock throughout: a second import or a rebuild waits for this one and
    /// then carries its papers, instead of renaming an index without them over it.
    ///
    /// - Parameters:
    ///   - progress: called a few times a second with the records so far.
    ///   - waiting: called once when another import or rebuild holds the index, before waiting for it.
    public static func importArxiv(_ file: URL, archive: URL, cache: URL,
                                   progress: @escaping (ImportProgress) -> Void = { _ in },
                                   waiting: () -> Void = {}) throws -> ImportSummary {
        let lock = BuildLock(cache, waiting: waiting)
        defer { lock.release() }
        let start = Date()
        let signature = try ArchiveFolder.statSignature(of: archive)
        let folder = try ArchiveFolder(url: archive)
        let built = Archive.build(pages: folder.pages)
        let indexFile = IndexLocation.indexFile(for: archive, in: cache)
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        var importer = ArxivImporter(file: file, progress: progress)
        var imported = 0
        let replacing = file.standardizedFileURL.path
        try IndexBuilder.write(built, fingerprint: folder.fingerprint, statSignature: signature, to: indexFile) { db, _ in
            // The new file first: a paper another import also holds keeps this file's version
            // (a newer snapshot under a new name updates titles instead of being ignored).
            let source = try importer.insertAll(db)
            imported = source.records
            let carried = try ImportCarrier.carry(from: indexFile, except: replacing, db)
            return carried + [source]
        }
        let linked = try DatabaseQueue(path: indexFile.path).read { db in try ImportLinker.linkedTalkCount(built.talks, db) }
        return ImportSummary(imported: imported, skipped: importer.skipped, firstProblems: importer.firstProblems,
                             linkedTalks: linked, seconds: Date().timeIntervalSince(start), indexPath: indexFile.path)
    }

    /// The files imported into this index.
    public func importedSources() throws -> [ImportSource] {
        let json = try database.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM \(RecordSchema.meta) WHERE key = 'imports'")
        }
        return try json.map { try JSONDecoder().decode([ImportSource].self, from: Data($0.utf8)) } ?? []
    }
}

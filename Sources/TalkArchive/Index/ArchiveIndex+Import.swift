import Foundation
import GRDB

extension ArchiveIndex {
    /// Imports an arXiv metadata snapshot into the index of `archive`: a new index holding the
    /// archive, the imports it already had and this file is built beside the old one and renamed
    /// into place, so the old index stays usable until the new one is complete.
    ///
    /// - Parameter progress: called a few times a second with the records so far.
    public static func importArxiv(_ file: URL, archive: URL, cache: URL,
                                   progress: @escaping (ImportProgress) -> Void = { _ in }) throws -> ImportSummary {
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
            let carried = try ImportCarrier.carry(from: indexFile, except: replacing, db)
            let source = try importer.insertAll(db)
            imported = source.records
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

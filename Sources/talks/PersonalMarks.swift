import Foundation
import PersonalState
import TalkArchive

extension ArchiveOptions {
    /// The reader's marks store: the file under `$XDG_DATA_HOME/talks`, or in kiosk mode marks kept
    /// in memory for this process.
    func markStore() throws -> MarkStore {
        do {
            guard kiosk.policy.allows(.savedMarks) else { return try MarkStore.inMemory() }
            return try MarkStore.open(folder: PersonalLocation.folder(environment: ProcessInfo.processInfo.environment))
        } catch let error as MarkStoreError {
            throw CommandFailure(error.description)
        }
    }

    /// The reader's store when there is one to read: none in kiosk mode, and none is created.
    func existingMarkStore() throws -> MarkStore? {
        let folder = PersonalLocation.folder(environment: ProcessInfo.processInfo.environment)
        guard kiosk.policy.allows(.savedMarks),
              FileManager.default.fileExists(atPath: folder.appendingPathComponent(MarkStore.fileName).path) else { return nil }
        return try markStore()
    }

    /// The store for a command that reads or writes saved marks: refused in kiosk mode (status 77).
    func savedMarkStore() throws -> MarkStore {
        try kiosk.policy.require(.savedMarks)
        return try markStore()
    }
}

extension ArchiveIndex {
    /// The record ids `references` name, each as `talks show` takes it (id, arXiv id or URL, DOI).
    /// A reference that is no record of the archive but an id with marks still counts: marks of
    /// a record gone from the archive can be changed and cleared.
    func requireMarkTargets(_ references: [String], store: MarkStore) throws -> [String] {
        try references.map { reference in
            do {
                return try requireRecord(reference).id
            } catch let failure as CommandFailure {
                if try !store.marks(of: reference).isEmpty { return reference }
                throw failure
            }
        }
    }
}

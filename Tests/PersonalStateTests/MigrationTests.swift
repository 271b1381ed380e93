import Foundation
import GRDB
import XCTest
@testable import PersonalState
import TalkArchive

/// A store written by an earlier schema opens with its marks, and gains what came later.
final class MigrationTests: XCTestCase {
    func testAVersionOneStoreKeepsItsMarksAndGainsTags() throws {
        let folder = StoreFixtures.scratchFolder()
        // Given a store at schema v1 (no tags yet) holding a starred record with a note
        let queue = try DatabaseQueue(path: folder.appendingPathComponent(MarkStore.fileName).path)
        try MarkStore.migrator.migrate(queue, upTo: "v1")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO mark (record_id, starred, seen, towatch, note, changed) VALUES ('old', 1, 0, 0, 'from v1', '2026-01-01 00:00:00')")
            XCTAssertFalse(try db.tableExists("tag"))
        }
        try queue.close()
        // When the current talks opens it
        let store = try MarkStore.open(folder: folder)
        // Then the marks are there and tags work
        XCTAssertEqual(try store.marks(of: "old"), RecordMarks(starred: true, note: "from v1"))
        try store.change("old", .tag(MarkStore.tags("kept")))
        XCTAssertEqual(try store.marks(of: "old").tags, ["kept"])
        XCTAssertEqual(try store.database.read { try MarkStore.migrator.appliedMigrations($0) }, ["v1", "v2-tags"])
    }
}

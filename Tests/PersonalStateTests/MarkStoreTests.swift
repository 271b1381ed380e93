import Foundation
import GRDB
import XCTest
@testable import PersonalState
import TalkArchive

/// The store: what a change writes, what reading gives back, the files it makes.
final class MarkStoreTests: XCTestCase {
    func testChangesAreKeptAcrossOpenings() throws {
        let folder = StoreFixtures.scratchFolder().appendingPathComponent("talks")
        // Given a store with a star, a note and tags
        do {
            let store = try MarkStore.open(folder: folder)
            try store.change("ellis-2026-03-16", .star(true))
            try store.change("ellis-2026-03-16", .note("  ask about the Lyapunov spectrum \n\n"))
            try store.change("ellis-2026-03-16", .tag(MarkStore.tags("RL", "dynamics", "rl")))
        }
        // When it is opened again
        let store = try MarkStore.open(folder: folder)
        // Then everything is there, the note trimmed and the tags lowercased without repeats
        XCTAssertEqual(try store.marks(of: "ellis-2026-03-16"),
                       RecordMarks(starred: true, note: "  ask about the Lyapunov spectrum", tags: ["dynamics", "rl"]))
        XCTAssertEqual(try store.allMarks().count, 1)
    }

    func testTogglesReadWhatIsStored() throws {
        let store = try MarkStore.inMemory()
        XCTAssertTrue(try store.change("a", .toggleStar).starred)
        XCTAssertFalse(try store.change("a", .toggleStar).starred)
        // Seen and to watch exclude each other.
        XCTAssertEqual(try store.change("a", .toWatch(true)), RecordMarks(toWatch: true))
        XCTAssertEqual(try store.change("a", .toggleSeen), RecordMarks(seen: true))
        XCTAssertEqual(try store.change("a", .toggleToWatch), RecordMarks(toWatch: true))
    }

    func testNothingMarkedLeavesNoRows() throws {
        let store = try MarkStore.inMemory()
        try store.change("a", .tag(MarkStore.tags("x")))
        try store.change("a", .note("n"))
        try store.change("a", .untag(MarkStore.tags("x")))
        try store.change("a", .note("   "))
        XCTAssertEqual(try store.allMarks(), [:])
        let rows = try store.database.read { db in
            try Int.fetchOne(db, sql: "SELECT (SELECT count(*) FROM mark) + (SELECT count(*) FROM tag)")
        }
        XCTAssertEqual(rows, 0)
    }

    func testFilesArePrivate() throws {
        let parent = StoreFixtures.scratchFolder()
        let folder = parent.appendingPathComponent("share/talks")
        let store = try MarkStore.open(folder: folder)
        try store.change("a", .star(true))
        let manager = FileManager.default
        XCTAssertEqual(try manager.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int, 0o700)
        for file in try manager.contentsOfDirectory(atPath: folder.path) {
            XCTAssertEqual(try manager.attributesOfItem(atPath: folder.appendingPathComponent(file).path)[.posixPermissions] as? Int, 0o600, file)
        }
    }

    func testAnUnwritableFolderIsOneLineNamingIt() throws {
        let parent = StoreFixtures.scratchFolder()
        let blocker = parent.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        XCTAssertThrowsError(try MarkStore.open(folder: blocker.appendingPathComponent("talks"))) { error in
            XCTAssertTrue("\(error)".contains(blocker.path), "\(error)")
            XCTAssertFalse("\(error)".contains("\n"))
        }
    }

    func testAFileThatIsNotADatabaseIsRefusedAndKept() throws {
        let folder = StoreFixtures.scratchFolder()
        let file = folder.appendingPathComponent(MarkStore.fileName)
        try Data(String(repeating: "not sqlite ", count: 200).utf8).write(to: file)
        XCTAssertThrowsError(try MarkStore.open(folder: folder)) { error in
            XCTAssertTrue("\(error)".contains("move the file aside"), "\(error)")
        }
        XCTAssertEqual(try Data(contentsOf: file).count, 2200, "nothing overwritten")
    }

    func testDataFolderFollowsXDG() {
        XCTAssertEqual(PersonalLocation.folder(environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]).path, "/d/talks")
        XCTAssertEqual(PersonalLocation.folder(environment: ["XDG_DATA_HOME": "rel", "HOME": "/h"]).path, "/h/.local/share/talks")
        XCTAssertEqual(PersonalLocation.folder(environment: ["HOME": "/h"]).path, "/h/.local/share/talks")
    }

    func testTagNamesAreChecked() {
        XCTAssertEqual(TagName("Reading-Group")?.value, "reading-group")
        XCTAssertEqual(TagName("théorie")?.value, "théorie")
        for bad in ["", "two words", "a\u{1b}[31m", String(repeating: "x", count: 41), "semi;colon"] {
            XCTAssertNil(TagName(bad), bad)
        }
    }

    func testADeferredStoreOpensOnFirstUseOnly() throws {
        let folder = StoreFixtures.scratchFolder().appendingPathComponent("talks")
        let deferred = DeferredMarkStore(fallingBackToMemory: false) { try MarkStore.open(folder: folder) }
        let index = StoreFixtures.index.with(marks: deferred)
        _ = try index.search("lyap")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path), "a query without marks opens nothing")
        XCTAssertEqual(try index.search("is:starred").count, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent(MarkStore.fileName).path))
        XCTAssertNil(deferred.problem)
    }

    func testADeferredStoreThrowsOrFallsBackToMemory() throws {
        let blocker = StoreFixtures.scratchFolder().appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let open = { try MarkStore.open(folder: blocker.appendingPathComponent("talks")) }
        XCTAssertThrowsError(try DeferredMarkStore(fallingBackToMemory: false, open).store())
        let fallback = DeferredMarkStore(fallingBackToMemory: true, open)
        XCTAssertNil(try fallback.store().path, "in memory")
        XCTAssertTrue(fallback.problem?.hasSuffix("marks are kept for this session only") == true, fallback.problem ?? "")
    }
}

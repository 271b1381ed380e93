import GRDB
import Foundation
import XCTest
@testable import TalkArchive

/// The index on disk: built on first use, rebuilt when pages change, atomic, and never trusted blindly.
final class IndexFileTests: XCTestCase {
    var root: URL!
    var archive: URL { root.appendingPathComponent("archive") }
    var cache: URL { root.appendingPathComponent("cache") }

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("talks-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        try write("a.txt", "1. March 2026 @ 5pm CET\nFirst Talk\nAda Lovelace, Somewhere\n")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: cache.path)
        try? FileManager.default.removeItem(at: root)
    }

    private func write(_ name: String, _ text: String) throws {
        try text.write(to: archive.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func testBuiltOnFirstUseThenReused() throws {
        let first = try ArchiveIndex.open(archive: archive, cache: cache)
        let file = try XCTUnwrap(first.path)
        let built = try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date
        let second = try ArchiveIndex.open(archive: archive, cache: cache)
        XCTAssertEqual(second.path, file)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date, built)
        XCTAssertEqual(try second.records().count, 1)
    }

    func testRebuiltWhenAPageChangesWithStableIds() throws {
        _ = try ArchiveIndex.open(archive: archive, cache: cache)
        try write("b.txt", "2. March 2026 @ 5pm CET\nSecond Talk\nBob, Elsewhere\n")
        let index = try ArchiveIndex.open(archive: archive, cache: cache)
        XCTAssertEqual(try index.records().map(\.id), ["ellis-2026-03-02", "ellis-2026-03-01"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [], "no temporary file is left behind")
    }

    func testTouchingAPageWithoutChangingItDoesNotRebuild() throws {
        let file = try XCTUnwrap(ArchiveIndex.open(archive: archive, cache: cache).path)
        // A rebuild renames a new file into place: a new inode. (The stat signature is updated in place.)
        let built = try FileManager.default.attributesOfItem(atPath: file)[.systemFileNumber] as? Int
        let page = archive.appendingPathComponent("a.txt")
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: page.path)
        _ = try ArchiveIndex.open(archive: archive, cache: cache)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: file)[.systemFileNumber] as? Int, built,
                       "same content: the stat check fails, the content fingerprint matches")
    }

    func testSameSizeEditIsSeen() throws {
        _ = try ArchiveIndex.open(archive: archive, cache: cache)
        try write("a.txt", "1. March 2026 @ 5pm CET\nFirst Tale\nAda Lovelace, Somewhere\n")
        let index = try ArchiveIndex.open(archive: archive, cache: cache)
        XCTAssertEqual(try index.records().first?.title, "First Tale")
    }

    func testCorruptIndexIsRebuilt() throws {
        let file = try XCTUnwrap(ArchiveIndex.open(archive: archive, cache: cache).path)
        try Data("not a database at all".utf8).write(to: URL(fileURLWithPath: file))
        let index = try ArchiveIndex.open(archive: archive, cache: cache)
        XCTAssertEqual(try index.records().count, 1)
    }

    func testTruncatedIndexIsRebuilt() throws {
        let file = try XCTUnwrap(ArchiveIndex.open(archive: archive, cache: cache).path)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
        try handle.truncate(atOffset: 4096)
        try handle.close()
        XCTAssertEqual(try ArchiveIndex.open(archive: archive, cache: cache).search("lovelace").count, 1)
    }

    func testIndexOfAnOlderSchemaIsRebuilt() throws {
        // Given an index whose metadata says it was written by an older talks
        let file = try XCTUnwrap(ArchiveIndex.open(archive: archive, cache: cache).path)
        try DatabaseQueue(path: file).write { db in
            try db.execute(sql: "UPDATE meta SET value = 'old' WHERE key IN ('stat', 'fingerprint', 'schema')")
            try db.execute(sql: "DROP TABLE record_fts")
        }
        // Then it is not trusted: rebuilt, and searching works
        XCTAssertEqual(try ArchiveIndex.open(archive: archive, cache: cache).search("lovelace").count, 1)
    }

    func testIndexLockedByAnotherProgramStillAnswers() throws {
        let file = try XCTUnwrap(ArchiveIndex.open(archive: archive, cache: cache).path)
        // Someone else holds a write lock on the old file (another program in a transaction)
        guard let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("python3 is needed to hold an SQLite lock from another process")
        }
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: python)
        holder.arguments = ["-c", "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
                            + "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(20)", file]
        let output = Pipe()
        holder.standardOutput = output
        try holder.run()
        defer { holder.terminate(); holder.waitUntilExit() }
        XCTAssertTrue(String(decoding: output.fileHandleForReading.availableData, as: UTF8.self).hasPrefix("locked"))
        // The index cannot be read: a new one is written beside it and renamed into place
        let index = try ArchiveIndex.open(archive: archive, cache: cache)
        XCTAssertEqual(try index.search("lovelace").count, 1)
    }

    func testTemporaryFilesOfDeadBuildsAreRemoved() throws {
        _ = try ArchiveIndex.open(archive: archive, cache: cache)
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let folder = IndexLocation.indexFile(for: archive, in: cache).deletingLastPathComponent()
        let dead = folder.appendingPathComponent(".index-0.sqlite.\(gone.processIdentifier).1.tmp")
        let live = folder.appendingPathComponent(".index-0.sqlite.\(getpid()).2.tmp")
        for file in [dead, live] { FileManager.default.createFile(atPath: file.path, contents: Data("half".utf8)) }
        try write("b.txt", "2. March 2026 @ 5pm CET\nSecond Talk\nGrace Hopper, Elsewhere\n")
        _ = try ArchiveIndex.open(archive: archive, cache: cache)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dead.path), "a dead build's file is removed")
        XCTAssertTrue(FileManager.default.fileExists(atPath: live.path), "a running build's file is left alone")
    }

    func testUnwritableCacheFallsBackToMemory() throws {
        guard getuid() != 0 else { throw XCTSkip("root ignores file permissions") }
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: cache.path)
        let index = try ArchiveIndex.open(archive: archive, cache: cache)
        XCTAssertNil(index.path)
        XCTAssertNotNil(index.notice)
        XCTAssertEqual(try index.records().count, 1)
    }

    func testCacheThatIsAFileFallsBackToMemory() throws {
        try Data().write(to: cache)
        let index = try ArchiveIndex.open(archive: archive, cache: cache)
        XCTAssertNil(index.path)
        XCTAssertTrue(index.notice?.contains("in memory") ?? false)
    }

    func testMissingArchiveIsAClearError() {
        XCTAssertThrowsError(try ArchiveIndex.open(archive: root.appendingPathComponent("nope"), cache: cache)) { error in
            XCTAssertTrue((error as? ArchiveError)?.message.contains("--archive") ?? false)
        }
    }

    func testEachArchiveHasItsOwnIndex() {
        XCTAssertNotEqual(IndexLocation.indexFile(for: archive, in: cache), IndexLocation.indexFile(for: root, in: cache))
    }

    func testCacheDirectoryFollowsXDG() {
        XCTAssertEqual(IndexLocation.cacheDirectory(environment: ["XDG_CACHE_HOME": "/x/c", "HOME": "/h"]).path, "/x/c/talks")
        XCTAssertEqual(IndexLocation.cacheDirectory(environment: ["HOME": "/h"]).path, "/h/.cache/talks")
        XCTAssertEqual(IndexLocation.cacheDirectory(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/h"]).path, "/h/.cache/talks")
    }
}

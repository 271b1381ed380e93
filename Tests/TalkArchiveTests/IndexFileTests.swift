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
        let built = try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date
        let page = archive.appendingPathComponent("a.txt")
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: page.path)
        _ = try ArchiveIndex.open(archive: archive, cache: cache)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date, built,
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

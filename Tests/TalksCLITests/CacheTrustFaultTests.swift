import Foundation
import TalkArchive
import XCTest

/// A cache and a configuration another user could have written (issue 15, findings 7 and 8).
final class CacheTrustFaultTests: XCTestCase {
    private func indexFile(_ scene: FaultScene) -> URL {
        IndexLocation.indexFile(for: scene.archive, in: scene.cache.appendingPathComponent("talks"))
    }

    func testAFIFOAtTheIndexPathIsIgnoredNotWaitedOn() throws {
        let scene = try FaultScene("fifo")
        try FileManager.default.createDirectory(at: scene.cache.appendingPathComponent("talks"), withIntermediateDirectories: true)
        XCTAssertEqual(mkfifo(indexFile(scene).path, 0o600), 0)
        let listing = try scene.spawn(["list"], output: "list.out")
        let deadline = Date().addingTimeInterval(20)
        while listing.isRunning && Date() < deadline { usleep(20_000) }
        if listing.isRunning { listing.terminate() }
        listing.waitUntilExit()
        XCTAssertEqual(listing.terminationStatus, 0, "a FIFO at the index path hung the start")
        XCTAssertEqual(scene.text("list.out").split(separator: "\n").count, 3)
        XCTAssertTrue(scene.text("list.out.err").contains("ignored the index file \(indexFile(scene).path) (it is not a regular file); built a new one"),
                      scene.text("list.out.err"))
    }

    func testAPlantedIndexOfAnotherUserIsNotBelieved() throws {
        guard getuid() == 0 else { throw XCTSkip("needs root to give a file to another user") }
        let scene = try FaultScene("planted")
        XCTAssertEqual(try scene.run(["list"]).status, 0)
        // Given an index another user wrote, matching the archive but spoofing a title
        let index = indexFile(scene)
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { throw XCTSkip("sqlite3 is not installed") }
        sqlite.arguments = [index.path, "UPDATE record SET title = 'SPOOFED' WHERE rowid = 1"]
        try sqlite.run()
        sqlite.waitUntilExit()
        XCTAssertEqual(chown(index.path, 65534, 65534), 0)
        // Then talks ignores it, says so in one line, and lists the archive's own titles
        let listed = try scene.run(["list"])
        XCTAssertEqual(listed.status, 0, listed.err)
        XCTAssertFalse(listed.out.contains("SPOOFED"), listed.out)
        XCTAssertEqual(listed.err, "talks: ignored the index file \(index.path) (it belongs to user 65534); built a new one\n")
    }

    func testACacheFolderOthersMayWriteIsUsedBesideNotIn() throws {
        guard getuid() == 0 else { throw XCTSkip("needs root to give a folder to another user") }
        let scene = try FaultScene("shared-cache")
        let shared = scene.cache.appendingPathComponent("talks")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        XCTAssertEqual(chown(shared.path, 65534, 65534), 0)
        XCTAssertEqual(chmod(shared.path, 0o777), 0)
        let listed = try scene.run(["list"])
        XCTAssertEqual(listed.status, 0, listed.err)
        XCTAssertEqual(listed.err, "talks: ignoring the cache folder \(shared.path): it belongs to user 65534; using \(shared.path)-0\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: shared.path), [], "nothing written into it")
        var info = stat()
        XCTAssertEqual(stat(shared.path + "-0", &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o700)
    }

    func testACacheFolderLinkedToAFolderOfTheUsersIsUsedQuietly() throws {
        let scene = try FaultScene("linked-cache")
        let elsewhere = scene.root.appendingPathComponent("big-disk/talks")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: scene.cache, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: scene.cache.appendingPathComponent("talks"), withDestinationURL: elsewhere)
        let listed = try scene.run(["list"])
        XCTAssertEqual(listed.status, 0, listed.err)
        XCTAssertEqual(listed.err, "")
        XCTAssertTrue(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).contains { $0.hasPrefix("index-") })
    }

    func testTheCacheIsCreatedClosedToOthers() throws {
        let scene = try FaultScene("modes")
        XCTAssertEqual(try scene.run(["list"]).status, 0)
        var info = stat()
        XCTAssertEqual(stat(scene.cache.appendingPathComponent("talks").path, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o700)
    }

    func testAConfigOthersMayWriteIsRefused() throws {
        let scene = try FaultScene("config-mode")
        let folder = scene.root.appendingPathComponent("config/talks")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let config = folder.appendingPathComponent("config.toml")
        try "opener = \"/bin/true\"\n".write(to: config, atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(config.path, 0o666), 0)
        let refused = try scene.run(["list"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.err.split(separator: "\n").count, 1, refused.err)
        XCTAssertTrue(refused.err.contains("\(config.path): refused: others may write the file; run: chmod go-w \(config.path)"), refused.err)
        if getuid() == 0 {
            XCTAssertEqual(chmod(config.path, 0o644), 0)
            XCTAssertEqual(chown(config.path, 65534, 65534), 0)
            let foreign = try scene.run(["list"])
            XCTAssertEqual(foreign.status, 1)
            XCTAssertTrue(foreign.err.contains("refused: the file belongs to user 65534, not to you"), foreign.err)
        }
        XCTAssertEqual(chown(config.path, getuid(), getgid()), 0)
        XCTAssertEqual(chmod(config.path, 0o644), 0)
        XCTAssertEqual(try scene.run(["list"]).status, 0, "the user's own file, closed to others, is obeyed")
    }
}

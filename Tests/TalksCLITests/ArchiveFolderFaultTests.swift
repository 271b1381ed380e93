import Foundation
import TalkArchive
import XCTest

/// An archive folder with files that are not pages: unreadable, symlinked, big, or merely touched
/// (issue 15, findings 6 and 10).
final class ArchiveFolderFaultTests: XCTestCase {
    private func sqlite(_ database: URL, _ sql: String) throws -> String {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { throw XCTSkip("sqlite3 is not installed") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [database.path, sql]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func testATouchedArchiveIsReadOnceNotAtEveryStart() throws {
        let scene = try FaultScene("touched")
        XCTAssertEqual(try scene.run(["list"]).status, 0)
        let index = IndexLocation.indexFile(for: scene.archive, in: scene.cache.appendingPathComponent("talks"))
        let before = try sqlite(index, "SELECT value FROM meta WHERE key = 'stat'")
        // When the page is touched (same bytes, new time)
        var times = [timespec(tv_sec: 1_700_000_000, tv_nsec: 0), timespec(tv_sec: 1_700_000_000, tv_nsec: 0)]
        XCTAssertEqual(utimensat(AT_FDCWD, scene.archive.appendingPathComponent("p.txt").path, &times, 0), 0)
        XCTAssertEqual(try scene.run(["list"]).status, 0)
        // Then the index remembers the new stat: the next start reads no page
        let after = try sqlite(index, "SELECT value FROM meta WHERE key = 'stat'")
        XCTAssertNotEqual(after, before)
        XCTAssertEqual(after, try ArchiveFolder.statSignature(of: scene.archive))
    }

    func testBigUnrelatedFilesCostOnlyTheirHeads() throws {
        let scene = try FaultScene("big-files")
        let junk = Data(repeating: 0x61, count: 30 << 20)
        for n in 1...3 { try junk.write(to: scene.archive.appendingPathComponent("dump-\(n).log")) }
        let start = Date()
        let listed = try scene.run(["list"])
        XCTAssertLessThan(Date().timeIntervalSince(start), 8, "three 30 MB files not read whole (measured under load)")
        XCTAssertEqual(listed.status, 0, listed.err)
        XCTAssertEqual(listed.out.split(separator: "\n").count, 3)
        XCTAssertEqual(listed.err.components(separatedBy: "skipped, not a page format").count - 1, 3, listed.err)
    }

    func testASymlinkedPageIsReported() throws {
        let scene = try FaultScene("symlink")
        let elsewhere = scene.root.appendingPathComponent("elsewhere.txt")
        try FaultScene.page(2, word: "kernels").write(to: elsewhere, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: scene.archive.appendingPathComponent("linked.txt"), withDestinationURL: elsewhere)
        let listed = try scene.run(["list"])
        XCTAssertEqual(listed.status, 0, listed.err)
        XCTAssertEqual(listed.err, "talks: linked.txt: skipped, a symbolic link (copy the page into the archive folder)\n")
    }

    func testAnUnreadablePageIsSkippedWithAWarning() throws {
        // A second, unprivileged user: root reads any file.
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") else {
            throw XCTSkip("needs root and runuser to run talks as another user")
        }
        let scene = try FaultScene("unreadable")
        try "secret".write(to: scene.archive.appendingPathComponent("private.txt"), atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(scene.archive.appendingPathComponent("private.txt").path, 0o600), 0)
        for folder in [scene.root, scene.archive] { XCTAssertEqual(chmod(folder.path, 0o755), 0) }
        try FileManager.default.createDirectory(at: scene.cache, withIntermediateDirectories: true)
        XCTAssertEqual(chown(scene.cache.path, 65534, 65534), 0)
        let listed = try scene.run(["list"], executable: "/usr/sbin/runuser", prefix: ["-u", "nobody", "--", FaultScene.binary])
        XCTAssertEqual(listed.status, 0, listed.err)
        XCTAssertEqual(listed.out.split(separator: "\n").count, 3)
        XCTAssertTrue(listed.err.contains("talks: private.txt: skipped, cannot read it (check its permissions)"), listed.err)
    }
}

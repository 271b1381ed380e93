import Foundation
import XCTest

/// A lab server: the administrator builds one index of the host's archive (named in the host's
/// `config.toml`), and every other user reads it without writing anything, nor building their own.
final class SharedIndexCommandTests: XCTestCase {
    var root: URL!
    var archive: URL { root.appendingPathComponent("archive") }
    var indexFolder: URL { root.appendingPathComponent("index") }
    var hostConfig: URL { root.appendingPathComponent("etc-talks-config.toml") }
    /// Another user's home, whose cache must stay empty.
    var home: URL { root.appendingPathComponent("home") }

    override func setUpWithError() throws {
        root = try TalksRun.scratchFolder("shared")
        let bundled = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("archive")
        try FileManager.default.copyItem(at: bundled, to: archive)
        try FileManager.default.createDirectory(at: indexFolder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try "# the host's shared archive\narchive = \"\(archive.path)\"\nindex = \"\(indexFolder.path)\"\n"
            .write(to: hostConfig, atomically: true, encoding: .utf8)
        // Readable by every user, as under /var/lib/talks; the home is the other user's own.
        for path in [root.deletingLastPathComponent(), root!] { chmod(path.path, 0o755) }
        chown(home.path, 65534, 65534)
    }

    override func tearDownWithError() throws {
        chmod(indexFolder.path, 0o755)
        try? FileManager.default.removeItem(at: root)
    }

    /// The administrator: may write the index folder.
    private func admin(_ arguments: [String]) throws -> TalksRun {
        try TalksRun.run(arguments, environment: ["TALKS_SYSTEM_CONFIG": hostConfig.path])
    }

    /// Another user: as root, the tests run them as `nobody`; otherwise the index folder is made
    /// read-only, which is what they would find.
    private func user(_ arguments: [String]) throws -> TalksRun {
        chmod(indexFolder.path, 0o555)
        let wrapper = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        return try TalksRun.run(arguments, environment: ["TALKS_SYSTEM_CONFIG": hostConfig.path, "HOME": home.path,
                                                         "XDG_CACHE_HOME": home.appendingPathComponent(".cache").path],
                                through: wrapper)
    }

    private func files(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    func testUsersSearchTheAdministratorsIndexWithoutWritingAnything() throws {
        try XCTSkipUnless(getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "needs setpriv to act as another user")
        let built = try admin(["check"])
        XCTAssertEqual(built.status, 0, built.err)
        let index = files(indexFolder).filter { $0.hasSuffix(".sqlite") }
        XCTAssertEqual(index.count, 1, "one shared index: \(files(indexFolder))")
        let before = files(indexFolder)
        let found = try user(["search", "sharpness", "--limit", "1", "--json"])
        XCTAssertEqual(found.status, 0, found.err)
        XCTAssertTrue(found.out.contains("ellis-2026-03-09"), found.out)
        XCTAssertEqual(found.err, "")
        XCTAssertEqual(try user(["--version", "-v"]).out.split(separator: "\n").first { $0.hasPrefix("index:") },
                       "index: \(indexFolder.appendingPathComponent(index[0]).path)")
        // Nothing written beside the index (no journal, WAL or lock file), nothing in the user's cache.
        XCTAssertEqual(files(indexFolder), before)
        XCTAssertEqual(files(home), [])
        // An import would write the host's index: refused in a line that says what to do instead.
        let snapshot = root.appendingPathComponent("snapshot.jsonl")
        try "{\"id\": \"2301.00001\", \"title\": \"T\", \"authors\": \"A B\", \"abstract\": \"x\", \"update_date\": \"2023-01-01\"}\n"
            .write(to: snapshot, atomically: true, encoding: .utf8)
        chmod(snapshot.path, 0o644)
        let imported = try user(["import", "--format", "arxiv-jsonl", snapshot.path])
        XCTAssertEqual(imported.status, 1)
        XCTAssertTrue(imported.err.hasPrefix("talks: the host's shared index in \(indexFolder.path) is read-only for you"), imported.err)
        XCTAssertEqual(files(indexFolder), before)
    }

    func testAChangedArchiveIsStillSearchedAndTheUserToldWhoRebuildsIt() throws {
        try XCTSkipUnless(getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "needs setpriv to act as another user")
        XCTAssertEqual(try admin(["check"]).status, 0)
        try "16. March 2026 @ 5pm CET\nSharpness again\nAda Lovelace, Somewhere\n"
            .write(to: archive.appendingPathComponent("ellis-extra.txt"), atomically: true, encoding: .utf8)
        let stale = try user(["search", "sharpness", "--limit", "1"])
        XCTAssertEqual(stale.status, 0, stale.err)
        XCTAssertEqual(stale.err, "talks: the archive changed after the host's shared index was built; the administrator builds it with `sudo talks check` (see README, \"A lab server\")\n")
        // The administrator's next command rebuilds it, and the notice goes.
        chmod(indexFolder.path, 0o755)
        XCTAssertEqual(try admin(["check"]).status, 0)
        XCTAssertEqual(try user(["search", "sharpness", "--limit", "1"]).err, "")
    }

    func testAMissingIndexOrABadHostFileIsOneLineThatSaysWhatToDo() throws {
        try XCTSkipUnless(getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "needs setpriv to act as another user")
        let missing = try user(["search", "sharpness"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.err.hasPrefix("talks: the host's shared index \(indexFolder.path)/index-"), missing.err)
        XCTAssertTrue(missing.err.hasSuffix("is missing or unreadable; the administrator builds it with `sudo talks check` (see README, \"A lab server\")\n"), missing.err)
        XCTAssertEqual(files(home), [], "no index of the user's own")
        try "archive = \"archive\"\nindex = \"/var/lib/talks/index\"\n".write(to: hostConfig, atomically: true, encoding: .utf8)
        let bad = try admin(["list"])
        XCTAssertEqual(bad.status, 1)
        XCTAssertEqual(bad.err, "talks: \(hostConfig.path):1: archive must be an absolute path, not “archive”\n")
    }
}

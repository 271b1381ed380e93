import Foundation
import XCTest

/// The smaller findings of issue 15 (10 and 12): hostile numbers, a dumb terminal, unreadable and
/// symlinked pages, a NUL inside an imported title.
final class SmallFaultTests: XCTestCase {
    func testTheSmallestLinkNumberIsRefusedNotACrash() throws {
        let id = try XCTUnwrap(try TalksRun.run(["list"]).out.split(separator: " ").first.map(String.init))
        for number in ["-9223372036854775808", "0", "-1", "9223372036854775807"] {
            let run = try TalksRun.run(["open", id, "--link=\(number)", "--print"])
            XCTAssertEqual(run.status, 1, "--link=\(number): \(run.err)")
            XCTAssertTrue(run.err.hasPrefix("talks: "), run.err)
            XCTAssertEqual(run.err.split(separator: "\n").count, 1, run.err)
        }
    }

    func testADumbTerminalIsRefusedInOneLine() throws {
        // `script` gives the browser a real pseudo-terminal.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { throw XCTSkip("script (util-linux) is not installed") }
        let binary = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent().appendingPathComponent("talks").path
        process.arguments = ["-qec", binary, "/dev/null"]
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "dumb"
        environment["XDG_CACHE_HOME"] = TalksRun.cache.path
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 1, text)
        XCTAssertEqual(text.trimmingCharacters(in: .whitespacesAndNewlines),
                       "talks: cannot use this terminal (TERM=dumb names a terminal talks cannot draw on; set TERM to your terminal's type, e.g. xterm-256color); the commands still work: talks --help")
    }

    func testMessagesQuotingInputCarryNoEscapes() throws {
        let scene = try FaultScene("escapes")
        let snapshot = scene.root.appendingPathComponent("evil.jsonl")
        try (#"{"id": "2301.\u001b]0;pwned\u0007", "title": "T", "authors": "A", "update_date": "2023-01-02"}"# + "\n"
             + #"{"id": "2301.00001", "title": "Fine", "authors": "A", "update_date": "2023-01-02"}"# + "\n")
            .write(to: snapshot, atomically: true, encoding: .utf8)
        let imported = try scene.run(["import", "--format", "arxiv-jsonl", snapshot.path])
        XCTAssertEqual(imported.status, 0, imported.err)
        XCTAssertTrue(imported.out.contains("is not an arXiv id"), imported.out)
        XCTAssertFalse(imported.out.contains("\u{1B}") || imported.out.contains("\u{07}"), imported.out.debugDescription)

        let folder = scene.root.appendingPathComponent("config/talks")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "\"evil\\u001b[2J\" = 1\n".write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        let refused = try scene.run(["list"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.contains("unknown key"), refused.err)
        XCTAssertFalse(refused.err.contains("\u{1B}"), refused.err.debugDescription)
    }
}

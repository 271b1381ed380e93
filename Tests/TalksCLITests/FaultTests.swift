import Foundation
import XCTest

/// Faults a shared host sees: a dropped connection in the middle of an import, many readers
/// while the index is rebuilt.
final class FaultTests: XCTestCase {
    func testHangupDuringAnImportLeavesNoTemporaryFileAndTheOldIndex() throws {
        let scene = try FaultScene("hangup")
        // Given an index, and a snapshot big enough that importing it takes a while
        XCTAssertEqual(try scene.run(["list"]).status, 0)
        let snapshot = try scene.snapshot("big.jsonl", ids: 10_000..<40_000, word: "gradient flows")
        // When the connection drops while the new index is being written
        let importing = try scene.spawn(["import", "--format", "arxiv-jsonl", snapshot.path], output: "import.out")
        scene.waitForTemporaryFile(of: importing)
        XCTAssertTrue(importing.isRunning, "the import was still running when the temporary file appeared")
        let hangup = Date()
        kill(importing.processIdentifier, SIGHUP)
        importing.waitUntilExit()
        // Then it ends promptly, by the signal, with no temporary file, and the old index answers
        XCTAssertLessThan(Date().timeIntervalSince(hangup), 2, "SIGHUP ends the import promptly")
        XCTAssertEqual(importing.terminationReason, .uncaughtSignal)
        XCTAssertEqual(scene.temporaryFiles, [])
        let search = try scene.run(["search", "networks"])
        XCTAssertEqual(search.status, 0)
        XCTAssertEqual(search.out.split(separator: "\n").count, 3)
    }

    func testFiftySearchesWhileTheIndexIsRebuilt() throws {
        let scene = try FaultScene("readers", pages: ["p.txt": FaultScene.page(400, word: "networks")])
        XCTAssertEqual(try scene.run(["list"]).status, 0)
        // The page changes: every process below finds the index stale; some rebuild it at once.
        try FaultScene.page(400, word: "transformers").write(to: scene.archive.appendingPathComponent("p.txt"), atomically: true, encoding: .utf8)
        var processes: [(Process, String)] = []
        for n in 0..<50 {
            let query = n % 2 == 0 ? "transformers" : "transformers kernels"
            processes.append((try scene.spawn(["search", query, "--json", "--limit", "1000"], output: "search-\(n).out"), "search-\(n).out"))
        }
        for (process, output) in processes {
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0)
            // Never half an index: every reader sees the whole new archive.
            let hits = try JSONSerialization.jsonObject(with: Data(scene.text(output).utf8)) as? [Any]
            XCTAssertEqual(hits?.count, 400, output)
        }
        XCTAssertEqual(scene.temporaryFiles, [])
    }
}

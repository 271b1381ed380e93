import Foundation
import XCTest

/// Faults a shared host sees: a dropped connection in the middle of an import, many readers
/// while the index is rebuilt.
final class FaultTests: XCTestCase {
    private var binary: String {
        URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent().appendingPathComponent("talks").path
    }

    /// A clean environment with its own cache and archive.
    private func environment(_ root: URL) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = root.appendingPathComponent("cache").path
        environment["TALKS_ARCHIVE"] = root.appendingPathComponent("archive").path
        environment["XDG_CONFIG_HOME"] = root.appendingPathComponent("config").path
        return environment
    }

    private func page(_ talks: Int, word: String) -> String {
        (1...talks).map { n in
            "\(1 + n % 28). March 2026 @ 5pm CET\nTalk \(n) about \(word) and kernels\nSpeaker \(n), Somewhere\n"
        }.joined(separator: "\n")
    }

    private func spawn(_ arguments: [String], _ environment: [String: String], output: URL) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = environment
        FileManager.default.createFile(atPath: output.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    private func temporaryFiles(in cache: URL) -> [String] {
        let folder = cache.appendingPathComponent("talks")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".tmp") || $0.hasSuffix("-journal") || $0.hasSuffix("-wal") }
    }

    func testHangupDuringAnImportLeavesNoTemporaryFileAndTheOldIndex() throws {
        let root = try TalksRun.scratchFolder("hangup")
        let archive = root.appendingPathComponent("archive")
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        try page(3, word: "networks").write(to: archive.appendingPathComponent("p.txt"), atomically: true, encoding: .utf8)
        let environment = environment(root)
        // Given an index, and a snapshot big enough that importing it takes a while
        let first = try spawn(["list"], environment, output: root.appendingPathComponent("list.out"))
        first.waitUntilExit()
        XCTAssertEqual(first.terminationStatus, 0)
        let snapshot = root.appendingPathComponent("big.jsonl")
        let abstract = String(repeating: "words about training dynamics and kernels ", count: 40)
        var text = ""
        for n in 10_000..<40_000 {
            text += #"{"id": "2301."# + "\(n)" + #"", "title": "Paper on gradient flows", "authors": "A. Author and B. Author", "abstract": ""#
                + abstract + #"", "update_date": "2023-01-02"}"# + "\n"
        }
        try text.write(to: snapshot, atomically: true, encoding: .utf8)
        // When the connection drops while the new index is being written
        let importing = try spawn(["import", "--format", "arxiv-jsonl", snapshot.path], environment, output: root.appendingPathComponent("import.out"))
        let cache = root.appendingPathComponent("cache")
        let deadline = Date().addingTimeInterval(30)
        while temporaryFiles(in: cache).isEmpty && importing.isRunning && Date() < deadline { usleep(5_000) }
        XCTAssertTrue(importing.isRunning, "the import was still running when the temporary file appeared")
        let hangup = Date()
        kill(importing.processIdentifier, SIGHUP)
        importing.waitUntilExit()
        // Then it ends promptly, by the signal, with no temporary file, and the old index answers
        XCTAssertLessThan(Date().timeIntervalSince(hangup), 2, "SIGHUP ends the import promptly")
        XCTAssertEqual(importing.terminationReason, .uncaughtSignal)
        XCTAssertEqual(temporaryFiles(in: cache), [])
        let search = try spawn(["search", "networks"], environment, output: root.appendingPathComponent("search.out"))
        search.waitUntilExit()
        XCTAssertEqual(search.terminationStatus, 0)
        XCTAssertEqual(try String(contentsOf: root.appendingPathComponent("search.out"), encoding: .utf8).split(separator: "\n").count, 3)
    }

    func testFiftySearchesWhileTheIndexIsRebuilt() throws {
        let root = try TalksRun.scratchFolder("readers")
        let archive = root.appendingPathComponent("archive")
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        try page(400, word: "networks").write(to: archive.appendingPathComponent("p.txt"), atomically: true, encoding: .utf8)
        let environment = environment(root)
        let warm = try spawn(["list"], environment, output: root.appendingPathComponent("warm.out"))
        warm.waitUntilExit()
        // The page changes: every process below finds the index stale; some rebuild it at once.
        try page(400, word: "transformers").write(to: archive.appendingPathComponent("p.txt"), atomically: true, encoding: .utf8)
        var processes: [(Process, URL)] = []
        for n in 0..<50 {
            let output = root.appendingPathComponent("search-\(n).out")
            let query = n % 2 == 0 ? "transformers" : "transformers kernels"
            processes.append((try spawn(["search", query, "--json", "--limit", "1000"], environment, output: output), output))
        }
        for (process, output) in processes {
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0)
            // Never half an index: every reader sees the whole new archive.
            let hits = try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [Any]
            XCTAssertEqual(hits?.count, 400, output.lastPathComponent)
        }
        XCTAssertEqual(temporaryFiles(in: root.appendingPathComponent("cache")), [])
    }
}

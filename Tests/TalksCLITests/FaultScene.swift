import Foundation
import XCTest

/// A folder with its own archive, cache and configuration where fault tests run the built `talks`
/// as real processes: started together, signalled, killed.
struct FaultScene {
    let root: URL

    init(_ name: String, pages: [String: String] = ["p.txt": FaultScene.page(3, word: "networks")]) throws {
        root = try TalksRun.scratchFolder(name)
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        for (name, text) in pages {
            try text.write(to: archive.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
    }

    var archive: URL { root.appendingPathComponent("archive") }
    var cache: URL { root.appendingPathComponent("cache") }

    static var binary: String {
        URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent().appendingPathComponent("talks").path
    }

    /// A clean environment with the scene's cache, archive and configuration.
    var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = cache.path
        environment["TALKS_ARCHIVE"] = archive.path
        environment["XDG_CONFIG_HOME"] = root.appendingPathComponent("config").path
        return environment
    }

    /// A page of `talks` talks, each mentioning `word`.
    static func page(_ talks: Int, word: String) -> String {
        (1...talks).map { n in
            "\(1 + n % 28). March 2026 @ 5pm CET\nTalk \(n) about \(word) and kernels\nSpeaker \(n), Somewhere\n"
        }.joined(separator: "\n")
    }

    /// An arXiv snapshot of papers `ids` whose titles hold `word`, with abstracts long enough that
    /// importing a few thousand takes a while.
    func snapshot(_ name: String, ids: Range<Int>, word: String) throws -> URL {
        let file = root.appendingPathComponent(name)
        let abstract = String(repeating: "words about training dynamics and kernels ", count: 40)
        var text = ""
        for n in ids {
            text += #"{"id": "2301."# + "\(n)" + #"", "title": "Paper on "# + word + #"", "authors": "A. Author and B. Author", "abstract": ""#
                + abstract + #"", "update_date": "2023-01-02"}"# + "\n"
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Starts `executable` (talks by default) with `arguments`; its standard output goes to `output`
    /// in the scene, its standard error to `output.err`.
    func spawn(_ arguments: [String], output: String, executable: String = FaultScene.binary,
               environment extra: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment.merging(extra) { $1 }
        let out = root.appendingPathComponent(output), err = root.appendingPathComponent(output + ".err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs `talks arguments…` to its end: status, standard output and standard error.
    /// `executable` and `prefix` run talks another way (`runuser -u nobody -- talks`).
    func run(_ arguments: [String], environment extra: [String: String] = [:], executable: String = FaultScene.binary,
             prefix: [String] = []) throws -> (status: Int32, out: String, err: String) {
        let name = "run-\(UUID().uuidString)"
        let process = try spawn(prefix + arguments, output: name, executable: executable, environment: extra)
        process.waitUntilExit()
        return (process.terminationStatus, text(name), text(name + ".err"))
    }

    /// What a spawned process wrote to `output` (or `output.err`).
    func text(_ output: String) -> String {
        (try? String(contentsOf: root.appendingPathComponent(output), encoding: .utf8)) ?? ""
    }

    /// Temporary build files and journals left in the cache.
    var temporaryFiles: [String] {
        let folder = cache.appendingPathComponent("talks")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".tmp") || $0.hasSuffix("-journal") || $0.hasSuffix("-wal") }
    }

    /// Waits until a temporary build file appears while `process` runs.
    func waitForTemporaryFile(of process: Process, seconds: TimeInterval = 30) {
        let deadline = Date().addingTimeInterval(seconds)
        while temporaryFiles.isEmpty && process.isRunning && Date() < deadline { usleep(5_000) }
    }
}

import Foundation

/// The browser as a terminal sees it, measured by `scripts/measure-terminal.py` in a
/// pseudo-terminal: time to first paint, bytes and latency per key, peak memory.
struct TerminalMeasure: Codable {
    var firstPaintMs: Double
    var firstPaintMaxMs: Double
    var moveBytes: Double
    /// Until the screen settled (the last byte of the response); the first byte is beside it.
    var moveLatencyMs: Double
    var moveLatencyMaxMs: Double
    var typeBytes: Double
    var typeLatencyMs: Double
    var typeLatencyMaxMs: Double
    var peakMemoryMB: Double
    var moveFirstByteMs: Double?
    var typeFirstByteMs: Double?
    /// Bytes per line scrolled: the list (`j` past its bottom), a record's detail (Enter, `j`) and
    /// the paper reader (absent without pdftotext).
    var scrollBytes: Double?
    var detailScrollBytes: Double?
    var readerScrollBytes: Double?
    /// `less` scrolling the same list rows and the same record, per line (with `less: true`).
    var lessScrollBytes: Double?
    var lessDetailScrollBytes: Double?
    var runs: Int
    /// Keys after which nothing was written within 5 s (left out of the latencies).
    var silentKeys: Int

    /// Runs the script on the `talks` binary beside this one, with the archive and cache given;
    /// nil when python3 or the script is missing. `less` measures `less` scrolling the same text too.
    static func run(talks: String, archive: String?, cache: String, papers: Bool = false, less: Bool = false, runs: Int = 7) throws -> TerminalMeasure? {
        let script = FileManager.default.currentDirectoryPath + "/scripts/measure-terminal.py"
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), FileManager.default.fileExists(atPath: script) else { return nil }
        // talks keeps its index in $XDG_CACHE_HOME/talks: `cache` is that folder.
        guard cache.hasSuffix("/talks") else { throw ChildProcess.Failure(description: "the cache folder must end in /talks: \(cache)") }
        var environment = ["XDG_CACHE_HOME=\(cache.dropLast(6))"]
        if let archive { environment.append("TALKS_ARCHIVE=\(archive)") }
        // The first start builds the index when it is missing: not a warm start, not measured.
        _ = try ChildProcess.run("/usr/bin/env", environment + [talks, "list"], timeout: 3600)
        guard let output = try ChildProcess.run("/usr/bin/env", environment + ["/usr/bin/python3", script, talks, "--runs", "\(runs)", "--json"] + (papers ? ["--papers"] : []) + (less ? ["--less"] : []),
                                                timeout: 600) else { return nil }
        return try JSONDecoder().decode(TerminalMeasure.self, from: Data(output.utf8))
    }
}

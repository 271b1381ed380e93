import Foundation

/// Many browsers at once, measured by `scripts/measure-sessions.py`: memory per session (RSS, PSS,
/// USS from smaps_rollup) and key latency, and newsboat's beside them in the same run.
struct SessionMeasure: Codable {
    struct Sessions: Codable {
        var sessions: Int
        var rssMB: Double
        var pssMB: Double
        var ussMB: Double
        var pssMaxMB: Double
        var keyP50Ms: Double
        var keyP99Ms: Double
        var moveBytes: Double
        var keys: Int
    }

    var talks: Sessions
    /// Absent when newsboat is not installed (`apt-get install newsboat`).
    var newsboat: Sessions?

    /// Runs the script on `talks` with the archive (nil: the bundled one) and cache given; nil
    /// without python3 or the script.
    ///
    /// - Parameters:
    ///   - shared: the host's shared archive instead: `archive` and the index folder `cache`
    ///     named in a host configuration file, and the sessions run as `nobody`, who may only read it.
    static func run(talks: String, archive: String?, cache: String, sessions: Int, newsboat: Bool = false, shared: Bool = false) throws -> SessionMeasure? {
        let script = FileManager.default.currentDirectoryPath + "/scripts/measure-sessions.py"
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), FileManager.default.fileExists(atPath: script) else { return nil }
        var environment = ["XDG_CACHE_HOME=\(URL(fileURLWithPath: cache).deletingLastPathComponent().path)"]
        var options: [String] = []
        if shared, let archive {
            let config = URL(fileURLWithPath: cache).deletingLastPathComponent().appendingPathComponent("host-config.toml")
            try "archive = \"\(archive)\"\nindex = \"\(cache)\"\n".write(to: config, atomically: true, encoding: .utf8)
            environment = ["TALKS_SYSTEM_CONFIG=\(config.path)", "XDG_CACHE_HOME=/nonexistent"]
            if getuid() == 0 { options = ["--as-user", "65534"] }
        } else if let archive {
            environment.append("TALKS_ARCHIVE=\(archive)")
        }
        guard let output = try ChildProcess.run("/usr/bin/env", environment + ["/usr/bin/python3", script, talks, "--sessions", "\(sessions)", "--json"]
                                                + options + (newsboat ? ["--newsboat"] : []), timeout: 1800) else { return nil }
        return try JSONDecoder().decode(SessionMeasure.self, from: Data(output.utf8))
    }
}

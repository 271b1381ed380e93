import Foundation

/// Whole processes, start to exit, as a user at a shell prompt meets them: `talks search QUERY
/// --json --limit 20` against the sqlite3 shell doing the same work on the same index file (the
/// same 20 rows ranked by the same BM25, with title, authors, abstract and a snippet, as one JSON
/// array), and `talks --help` against `sqlite3 -version`.
struct WholeProcess: Codable {
    struct Pair: Codable {
        var label: String
        var talksMs: [Double]
        var shellMs: [Double]
    }

    var pairs: [Pair]

    /// - Parameters:
    ///   - environment: what `talks` needs to find the archive and its index (`TALKS_ARCHIVE=…`, `XDG_CACHE_HOME=…`).
    ///   - queries: each query's text and the MATCH expression talks compiled it to on this index.
    static func measure(talks: String, sqlite3: String, index: String, environment: [String],
                        queries: [(text: String, match: String)], runs: Int) throws -> WholeProcess {
        var pairs = [Pair(label: "`talks --help` / `sqlite3 -version`",
                          talksMs: try timed(runs, "/usr/bin/env", environment + [talks, "--help"]),
                          shellMs: try timed(runs, sqlite3, ["-version"]))]
        for query in queries {
            pairs.append(Pair(label: "`talks search \(query.text) --json --limit 20` / the same in sqlite3",
                              talksMs: try timed(runs, "/usr/bin/env", environment + [talks, "search", query.text, "--json", "--limit", "20"]),
                              shellMs: try timed(runs, sqlite3, ["-readonly", index, sql(match: query.match)])))
        }
        return WholeProcess(pairs: pairs)
    }

    /// The shell's statement: 20 rows ranked as `ArchiveIndex.search` ranks them, as JSON.
    static func sql(match: String) -> String {
        let escaped = match.replacingOccurrences(of: "'", with: "''")
        return """
            SELECT json_group_array(json_object('id', id, 'title', title, 'authors', speakers, 'abstract', abstract, 'snippet', snip)) FROM (
              SELECT record.id, record.title, record.speakers, record.abstract, snippet(record_fts, 3, '[', ']', '…', 16) AS snip
              FROM record_fts CROSS JOIN record ON record.rowid = record_fts.rowid WHERE record_fts MATCH '\(escaped)'
              ORDER BY bm25(record_fts, 10.0, 8.0, 3.0, 1.0, 2.0), record_fts.rowid DESC LIMIT 20);
            """
    }

    /// Wall-clock milliseconds of `runs` runs of the program, after one untimed run (a warm page cache).
    private static func timed(_ runs: Int, _ executable: String, _ arguments: [String]) throws -> [Double] {
        try (0...runs).map { _ in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let start = ContinuousClock.now
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw ChildProcess.Failure(description: "\(executable) \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
            }
            return (ContinuousClock.now - start).seconds * 1000
        }.dropFirst().map { $0 }
    }
}

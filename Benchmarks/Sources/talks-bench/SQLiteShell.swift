import Foundation

/// The raw-SQLite side of the comparison: an FTS5 table like the index's, loaded from the index
/// file's own records, queried by the `sqlite3` command-line shell.
struct SQLiteShell {
    let executable: String
    let database: String

    /// Copies `record` (id, series, date and the five text columns) from `index` into a fresh FTS5
    /// table with the index's tokenizer and prefixes; returns the load's wall-clock seconds.
    func load(from index: String) throws -> Double {
        try? FileManager.default.removeItem(atPath: database)
        let script = """
            ATTACH '\(index)' AS src;
            CREATE TABLE record(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, series TEXT, date TEXT NOT NULL);
            CREATE INDEX record_by_date ON record(date, id);
            CREATE VIRTUAL TABLE record_fts USING fts5(title, speakers, affiliations, abstract, topics,
                tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
            BEGIN;
            INSERT INTO record SELECT rowid, id, series, date FROM src.record;
            INSERT INTO record_fts(rowid, title, speakers, affiliations, abstract, topics)
                SELECT rowid, title, speakers, affiliations, abstract, topics FROM src.record;
            COMMIT;
            INSERT INTO record_fts(record_fts) VALUES('optimize');
            """
        let start = ContinuousClock.now
        guard try ChildProcess.run(executable, [database], input: script, timeout: 3600) != nil else {
            throw ChildProcess.Failure(description: "the sqlite3 bulk load did not finish in an hour")
        }
        return (ContinuousClock.now - start).seconds
    }

    /// The raw reference for an import: the same JSON lines read by the shell (`.import`, then
    /// `json_extract`) into the same FTS5 table definition as the index's, in one transaction,
    /// then `optimize`; returns the wall-clock seconds.
    func loadJSONLines(_ file: String) throws -> Double {
        try? FileManager.default.removeItem(atPath: database)
        let script = """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            .separator "\\t" "\\n"
            CREATE TEMP TABLE line(json TEXT);
            .import '\(file)' line
            CREATE TABLE record(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, series TEXT, date TEXT);
            CREATE VIRTUAL TABLE record_fts USING fts5(title, speakers, affiliations, abstract, topics,
                tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
            BEGIN;
            INSERT INTO record(rowid, id, date)
                SELECT rowid, 'arxiv-' || json_extract(json, '$.id'), json_extract(json, '$.update_date') FROM temp.line;
            INSERT INTO record_fts(rowid, title, speakers, affiliations, abstract, topics)
                SELECT rowid, json_extract(json, '$.title'), replace(json_extract(json, '$.authors'), ' and ', ', '), '',
                       coalesce(json_extract(json, '$.abstract'), ''), '' FROM temp.line;
            COMMIT;
            INSERT INTO record_fts(record_fts) VALUES('optimize');
            """
        let start = ContinuousClock.now
        guard try ChildProcess.run(executable, [database], input: script, timeout: 7200) != nil else {
            throw ChildProcess.Failure(description: "the sqlite3 JSON-lines load did not finish in two hours")
        }
        return (ContinuousClock.now - start).seconds
    }

    /// Each query run `repetitions` times in one shell process with `.timer on` (a warm page
    /// cache, as the API's connection has): the CPU milliseconds the shell reports per statement
    /// (`ShellStatements.cpuMilliseconds`), and the ids of the last run.
    func timeInOneProcess(_ queries: [String], repetitions: Int) throws -> [(milliseconds: [Double], ids: [String])] {
        var results: [(milliseconds: [Double], ids: [String])] = []
        for sql in queries {
            let script = ".timer on\n" + String(repeating: sql + "\n", count: repetitions + 1)
            guard let output = try ChildProcess.run(executable, ["-readonly", database], input: script, timeout: 3600) else {
                throw ChildProcess.Failure(description: "sqlite3 took over an hour on \(sql)")
            }
            var times: [Double] = []
            var ids: [String] = []
            var current: [String] = []
            for line in output.split(separator: "\n") {
                if let cpu = ShellStatements.cpuMilliseconds(line) {
                    times.append(cpu)
                    ids = current
                    current = []
                } else {
                    current.append(String(line))
                }
            }
            // The first run warms the cache and is not counted.
            results.append((Array(times.dropFirst()), ids))
        }
        return results
    }

    /// The shell's SQLite version, "3.40.1".
    func version() -> String {
        ((try? ChildProcess.run(executable, ["--version"], timeout: 10)) ?? nil)?
            .split(separator: " ").first.map(String.init) ?? "unknown"
    }
}

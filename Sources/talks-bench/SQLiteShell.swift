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
                tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
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

    /// Milliseconds of `repetitions` separate shell runs of `sql`, each less the median of as many
    /// runs of `SELECT 1;` (process start, opening the database, reading its schema).
    func time(_ sql: String, repetitions: Int) throws -> (milliseconds: [Double], ids: [String]) {
        let baseline = Statistics.percentile(try (0..<repetitions).map { _ in try timedRun("SELECT 1;").ms }, 50)
        var times: [Double] = []
        var ids: [String] = []
        for _ in 0..<repetitions {
            let (ms, output) = try timedRun(sql)
            times.append(max(0, ms - baseline))
            ids = output.split(separator: "\n").map(String.init)
        }
        return (times, ids)
    }

    private func timedRun(_ sql: String) throws -> (ms: Double, output: String) {
        let start = ContinuousClock.now
        guard let output = try ChildProcess.run(executable, ["-readonly", database, sql], timeout: 120) else {
            throw ChildProcess.Failure(description: "sqlite3 took over two minutes on \(sql)")
        }
        return ((ContinuousClock.now - start).seconds * 1000, output)
    }

    /// The shell's SQLite version, "3.40.1".
    func version() -> String {
        ((try? ChildProcess.run(executable, ["--version"], timeout: 10)) ?? nil)?
            .split(separator: " ").first.map(String.init) ?? "unknown"
    }
}

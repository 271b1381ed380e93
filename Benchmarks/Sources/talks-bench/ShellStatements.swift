import Foundation

/// The statements the browser ran for one key, run again by the `sqlite3` shell on the same index
/// file: the cost of the same work in raw SQLite, without Swift, GRDB or the browser.
struct ShellStatements {
    let executable: String
    /// The talks index file, opened read-only.
    let database: String

    /// Each group (one key's statements) run `repetitions` + 1 times in one shell process with
    /// `.timer on` and the rows written to /dev/null; per timed run, the milliseconds of CPU the
    /// shell reports for the group's statements (user + sys: microseconds, where its wall-clock
    /// "real" has whole milliseconds). The first run warms the cache and is dropped.
    func time(_ groups: [[String]], repetitions: Int) throws -> [[Double]] {
        try groups.map { statements in
            let group = statements.map { $0.hasSuffix(";") ? $0 : $0 + ";" }.joined(separator: "\n")
            let script = ".timer on\n.output /dev/null\n" + String(repeating: group + "\n", count: repetitions + 1)
            guard let output = try ChildProcess.run(executable, ["-readonly", database], input: script, timeout: 3600) else {
                throw ChildProcess.Failure(description: "sqlite3 took over an hour on \(statements.first ?? "")")
            }
            let times = output.split(separator: "\n").compactMap(ShellStatements.cpuMilliseconds)
            guard times.count == statements.count * (repetitions + 1) else {
                throw ChildProcess.Failure(description: "sqlite3 timed \(times.count) statements of \(statements.count * (repetitions + 1)): \(output.prefix(300))")
            }
            return stride(from: statements.count, to: times.count, by: statements.count).map { start in
                times[start ..< start + statements.count].reduce(0, +)
            }
        }
    }

    /// "Run Time: real 0.002 user 0.001234 sys 0.000100" → 1.334 (ms).
    static func cpuMilliseconds(_ line: Substring) -> Double? {
        guard line.hasPrefix("Run Time: real ") else { return nil }
        let fields = line.split(separator: " ")
        guard fields.count >= 8, let user = Double(fields[5]), let sys = Double(fields[7]) else { return nil }
        return (user + sys) * 1000
    }
}

import ArgumentParser
import Foundation
import SyntheticArchive

/// `talks-bench run`: generates archives, builds and queries their indexes through the talks API
/// and the same queries through the sqlite3 shell, and writes BENCHMARKS.md.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmark index builds and searches at each size and write BENCHMARKS.md.")

    @Option(help: "Comma-separated archive sizes in talks.") var sizes = "10000,100000"
    @Option(help: "The report to write.") var out = "BENCHMARKS.md"
    @Option(help: "The generator seed.") var seed: UInt64 = 1
    @Option(help: "Seconds an index build may take before it is stopped and reported unfinished.")
    var buildLimit: Double = 300
    @Option(help: "Timed runs of each query through the API.") var repetitions = 50
    @Option(help: "Timed sqlite3 shell runs of each query.") var shellRepetitions = 20
    @Option(help: "The sqlite3 shell.") var sqlite3 = "/usr/bin/sqlite3"

    func validate() throws {
        guard !parsedSizes.isEmpty, parsedSizes.allSatisfy({ $0 > 0 }) else {
            throw ValidationError("--sizes must be positive numbers separated by commas, like 10000,100000")
        }
    }

    var parsedSizes: [Int] { sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

    func run() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("talks-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: work) }
        let me = CommandLine.arguments[0].hasPrefix("/") ? CommandLine.arguments[0]
            : FileManager.default.currentDirectoryPath + "/" + CommandLine.arguments[0]
        var results: [SizeResult] = []
        for size in parsedSizes {
            results.append(try measure(size, in: work.appendingPathComponent("\(size)"), bench: me))
        }
        let shell = SQLiteShell(executable: sqlite3, database: "")
        let report = Report(machine: .current(sqlite: shell.version()), results: results, seed: seed,
                            repetitions: repetitions, shellRepetitions: shellRepetitions, command: CommandLine.arguments.dropFirst().joined(separator: " "))
        try report.markdown().write(toFile: out, atomically: true, encoding: .utf8)
        print("wrote \(out)")
    }

    private func measure(_ size: Int, in folder: URL, bench: String) throws -> SizeResult {
        let pages = folder.appendingPathComponent("pages"), cache = folder.appendingPathComponent("cache")
        log("\(size): generating pages")
        let start = ContinuousClock.now
        let summary = try SyntheticArchive(records: size, seed: seed).write(.pages, into: FolderSink(folder: pages)).summary
        var result = SizeResult(records: size, generateSeconds: (ContinuousClock.now - start).seconds,
                                pageBytes: summary.bytes, buildLimit: buildLimit)
        log("\(size): building the index (limit \(Int(buildLimit)) s)")
        let paths = ["--archive", pages.path, "--cache", cache.path]
        guard let built = try ChildProcess.run(bench, ["build-phase"] + paths, timeout: buildLimit) else {
            log("\(size): the build did not finish in \(Int(buildLimit)) s")
            return result
        }
        result.build = try JSONDecoder().decode(BuildPhase.Result.self, from: Data(built.utf8))
        log("\(size): searching through the API")
        let searched = try ChildProcess.run(bench, ["search-phase", "--repetitions", "\(repetitions)"] + paths, timeout: 3600)
        result.search = try searched.map { try JSONDecoder().decode(SearchPhase.Result.self, from: Data($0.utf8)) }
        let index = try FileManager.default.contentsOfDirectory(atPath: cache.path).first { $0.hasSuffix(".sqlite") || !$0.hasPrefix(".") }
        guard let index else { return result }
        log("\(size): loading and querying the sqlite3 shell's table")
        let shell = SQLiteShell(executable: sqlite3, database: folder.appendingPathComponent("shell.sqlite").path)
        result.shellLoadSeconds = try shell.load(from: cache.appendingPathComponent(index).path)
        result.shell = try BenchQuery.all.map { try shell.time($0.sql, repetitions: shellRepetitions) }
        return result
    }

    private func log(_ message: String) {
        FileHandle.standardError.write(Data("talks-bench: \(message)\n".utf8))
    }
}

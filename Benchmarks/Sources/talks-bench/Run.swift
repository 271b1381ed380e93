import ArgumentParser
import Foundation
import SyntheticArchive
import TalkArchive

/// `talks-bench run`: generates archives, builds and queries their indexes through the talks API
/// and the same queries through the sqlite3 shell, and writes BENCHMARKS.md.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmark index builds and searches at each size and write BENCHMARKS.md.")

    @Option(help: "Comma-separated archive sizes in talks (generated pages, built into an index).") var sizes = "1000,10000"
    @Option(help: "Comma-separated sizes in papers (generated arXiv JSON lines, imported).") var importSizes = "10000,100000,1000000"
    @Option(help: "The report to write.") var out = "BENCHMARKS.md"
    @Option(help: "The generator seed.") var seed: UInt64 = 1
    @Option(help: "Seconds an index build may take before it is stopped and reported unfinished.")
    var buildLimit: Double = 300
    @Option(help: "Timed runs of each query through the API.") var repetitions = 50
    @Option(help: "Timed sqlite3 shell runs of each query.") var shellRepetitions = 50
    @Option(help: "The sqlite3 shell.") var sqlite3 = "/usr/bin/sqlite3"

    func validate() throws {
        for list in [sizes, importSizes] where !list.isEmpty {
            guard Run.parse(list).allSatisfy({ $0 > 0 }), Run.parse(list).count == list.split(separator: ",").count else {
                throw ValidationError("sizes must be positive numbers separated by commas, like 10000,100000")
            }
        }
    }

    static func parse(_ list: String) -> [Int] { list.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

    func run() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("talks-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: work) }
        let me = CommandLine.arguments[0].hasPrefix("/") ? CommandLine.arguments[0]
            : FileManager.default.currentDirectoryPath + "/" + CommandLine.arguments[0]
        let talks = URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("talks").path
        log("the browser with the bundled archive, in a pseudo-terminal")
        let bundled = try TerminalMeasure.run(talks: talks, archive: nil, cache: work.appendingPathComponent("bundled-cache/talks").path, less: true)
        log("ten browsers and ten newsboats at once, with the bundled archive")
        let bundledSessions = try SessionMeasure.run(talks: talks, archive: nil, cache: work.appendingPathComponent("bundled-cache/talks").path,
                                                     sessions: 10, newsboat: true)
        var results: [SizeResult] = []
        for size in Run.parse(sizes) {
            results.append(try measure(size, in: work.appendingPathComponent("\(size)"), bench: me))
        }
        var imports: [ImportResult] = []
        for size in Run.parse(importSizes) {
            imports.append(try measureImport(size, in: work.appendingPathComponent("import-\(size)"), bench: me, talks: talks))
        }
        let shell = SQLiteShell(executable: sqlite3, database: "")
        let report = Report(machine: .current(sqlite: shell.version()), results: results, imports: imports, bundled: bundled,
                            bundledSessions: bundledSessions, seed: seed,
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
        guard let index = try indexFile(in: cache) else { return result }
        log("\(size): loading and querying the sqlite3 shell's table")
        let shell = SQLiteShell(executable: sqlite3, database: folder.appendingPathComponent("shell.sqlite").path)
        result.shellLoadSeconds = try shell.load(from: index)
        result.shell = try shell.timeInOneProcess(shellQueries(BenchQuery.all, result.search), repetitions: shellRepetitions)
        let same = ShellStatements(executable: sqlite3, database: index)
        result.shellBrowser = try same.time(result.search?.browserStatements ?? [], repetitions: shellRepetitions)
        return result
    }

    private func measureImport(_ size: Int, in folder: URL, bench: String, talks: String) throws -> ImportResult {
        let file = folder.appendingPathComponent("arxiv.jsonl"), archive = folder.appendingPathComponent("archive")
        let cache = folder.appendingPathComponent("cache/talks")
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        log("\(size) papers: generating JSON lines")
        let start = ContinuousClock.now
        let summary = try SyntheticArchive(records: size, seed: seed).write(.arxiv, into: FolderSink(file: file)).summary
        var result = ImportResult(records: size, generateSeconds: (ContinuousClock.now - start).seconds, fileBytes: summary.bytes)
        log("\(size) papers: importing")
        let paths = ["--archive", archive.path, "--cache", cache.path]
        let imported = try ChildProcess.run(bench, ["import-phase", "--file", file.path] + paths, timeout: 7200)
        result.imported = try imported.map { try JSONDecoder().decode(ImportPhase.Result.self, from: Data($0.utf8)) }
        log("\(size) papers: the same lines into FTS5 by the sqlite3 shell")
        let shell = SQLiteShell(executable: sqlite3, database: folder.appendingPathComponent("shell.sqlite").path)
        result.shellLoadSeconds = try shell.loadJSONLines(file.path)
        log("\(size) papers: searching through the API and the shell")
        let searched = try ChildProcess.run(bench, ["search-phase", "--set", "papers", "--repetitions", "\(repetitions)"] + paths, timeout: 7200)
        result.search = try searched.map { try JSONDecoder().decode(SearchPhase.Result.self, from: Data($0.utf8)) }
        result.shell = try shell.timeInOneProcess(shellQueries(BenchQuery.Set.papers.queries, result.search), repetitions: shellRepetitions)
        if let index = try indexFile(in: cache) {
            let same = ShellStatements(executable: sqlite3, database: index)
            result.shellBrowser = try same.time(result.search?.browserStatements ?? [], repetitions: shellRepetitions)
            log("\(size) papers: talks search and talks --help as whole processes, beside the sqlite3 shell's")
            let words = BenchQuery.Set.papers.queries.enumerated().filter { $0.element.group == "word" }
            let queries = words.compactMap { i, query in result.search?.matches[i].map { (text: query.text, match: $0) } }
            result.wholeProcess = try WholeProcess.measure(talks: talks, sqlite3: sqlite3, index: index,
                                                           environment: ["TALKS_ARCHIVE=\(archive.path)", "XDG_CACHE_HOME=\(cache.deletingLastPathComponent().path)"],
                                                           queries: queries, runs: shellRepetitions)
        }
        log("\(size) papers: the browser in a pseudo-terminal")
        result.terminal = try TerminalMeasure.run(talks: talks, archive: archive.path, cache: cache.path, papers: true)
        if size == Run.parse(importSizes).max() {
            log("\(size) papers: fifty browsers at once on the index, shared read-only as on a lab server")
            result.sessions = try SessionMeasure.run(talks: talks, archive: archive.path, cache: cache.path, sessions: 50, shared: true)
            result.pickers = try measurePickers(archive: archive, cache: cache, bench: bench, size: size)
        }
        try? FileManager.default.removeItem(at: folder)
        return result
    }

    /// The `t` and `a` pickers with the imports beside the bundled archive's topics and talks (an
    /// empty archive has none): its pages are copied in, and the phase's open rebuilds the index,
    /// carrying the imports.
    private func measurePickers(archive: URL, cache: URL, bench: String, size: Int) throws -> SearchPhase.Result? {
        guard let bundled = IndexLocation.bundledArchive() else { return nil }
        log("\(size) papers: the bundled pages added (a rebuild carrying the imports), then the t and a pickers")
        for page in try FileManager.default.contentsOfDirectory(atPath: bundled.path) {
            try FileManager.default.copyItem(at: bundled.appendingPathComponent(page), to: archive.appendingPathComponent(page))
        }
        let output = try ChildProcess.run(bench, ["search-phase", "--set", "papers", "--pickers-only", "--repetitions", "\(repetitions)",
                                                  "--archive", archive.path, "--cache", cache.path], timeout: 7200)
        return try output.map { try JSONDecoder().decode(SearchPhase.Result.self, from: Data($0.utf8)) }
    }

    /// The shell's statements for `queries`, with the MATCH expressions the index compiled them to.
    private func shellQueries(_ queries: [BenchQuery], _ search: SearchPhase.Result?) -> [String] {
        queries.enumerated().map { i, query in query.sql(match: search.flatMap { i < $0.matches.count ? $0.matches[i] : nil }) }
    }

    /// The index file a phase built in `cache` (not a temporary file beside it).
    private func indexFile(in cache: URL) throws -> String? {
        try FileManager.default.contentsOfDirectory(atPath: cache.path)
            .first { $0.hasPrefix("index-") && $0.hasSuffix(".sqlite") }
            .map { cache.appendingPathComponent($0).path }
    }

    private func log(_ message: String) {
        FileHandle.standardError.write(Data("talks-bench: \(message)\n".utf8))
    }
}

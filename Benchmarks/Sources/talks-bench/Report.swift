import Foundation
import TalkArchive

/// Renders the measurements as BENCHMARKS.md.
struct Report {
    var machine: MachineInfo
    var results: [SizeResult]
    var imports: [ImportResult]
    var bundled: TerminalMeasure?
    /// Ten browsers and ten newsboats at once, with the bundled archive.
    var bundledSessions: SessionMeasure?
    var seed: UInt64
    var repetitions: Int
    var shellRepetitions: Int
    var command: String

    func markdown() -> String {
        var lines = ["# Benchmarks", "",
                     "Written by `cd Benchmarks && swift run -c release talks-bench \(command)` on \(ISO8601DateFormatter().string(from: Date())).", "",
                     "Machine: \(machine.cores) cores (`nproc`), \(machine.cpu), \(String(format: "%.1f", machine.memoryGB)) GB RAM; \(machine.swift); sqlite3 shell \(machine.sqlite).", "",
                     "## Index build", "",
                     "| talks | pages (MB) | generate (s) | build (s) | build rate (talks/s) | index (MB) | peak memory, build (MB) | sqlite3 FTS5 bulk load (s) |",
                     "|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for r in results { lines.append(buildRow(r)) }
        lines += ["", "## Search latency (ms): talks API vs the sqlite3 shell", ""]
        for r in results where r.search != nil { lines += searchTable("\(r.records) talks", r.search!, r.shell, r.shellBrowser, BenchQuery.all) }
        lines += importSection + wholeProcessSection + terminalSection + sessionSection + budgetSection + TopicReport.bundledSection()
        lines += ["", "## What is measured and how to reproduce", ""] + method
        return lines.joined(separator: "\n") + "\n"
    }

    private func buildRow(_ r: SizeResult) -> String {
        let mb = { (bytes: Int) in String(format: "%.1f", Double(bytes) / 1_048_576) }
        let load = r.shellLoadSeconds.map { String(format: "%.2f", $0) } ?? "–"
        guard let b = r.build else {
            return "| \(r.records) | \(mb(r.pageBytes)) | \(String(format: "%.1f", r.generateSeconds)) | **did not finish in \(Int(r.buildLimit)) s** | < \(Int(Double(r.records) / r.buildLimit)) | – | – | \(load) |"
        }
        return "| \(r.records) | \(mb(r.pageBytes)) | \(String(format: "%.1f", r.generateSeconds)) | \(String(format: "%.1f", b.seconds)) | \(Int(Double(b.records) / b.seconds)) | \(mb(b.indexBytes)) | \(b.peakMemoryKB / 1024) | \(load) |"
    }

    /// One archive's query table: the browser's key beside the same statements in the shell, then
    /// the command line's ranked search beside the shell's ranked query on its own FTS5 table.
    private func searchTable(_ title: String, _ s: SearchPhase.Result, _ shellRuns: [(milliseconds: [Double], ids: [String])],
                             _ sameRuns: [[Double]], _ queries: [BenchQuery]) -> [String] {
        var lines = ["### \(title)", "",
                     "Opening the built index through `ArchiveIndex.open`: \(String(format: "%.3f", s.openSeconds)) s; peak memory of the search process: \(s.peakMemoryKB / 1024) MB.", "",
                     "| query | kind | browser key p50 | browser key p99 | same statements in sqlite3 p50 | p99 | browser ÷ sqlite3 p99 |"
                     + (s.talkViewMilliseconds == nil ? "" : " talks view p50 | talks view p99 |")
                     + " API p50 | API p99 | sqlite3 ranked p50 | p99 | API ÷ sqlite3 p99 | same top 50 |",
                     "|---|---|---:|---:|---:|---:|---:|" + (s.talkViewMilliseconds == nil ? "" : "---:|---:|") + "---:|---:|---:|---:|---:|:---:|"]
        for (i, query) in queries.enumerated() {
            let api = s.milliseconds[i], key = s.browserMilliseconds[i]
            let same = i < sameRuns.count ? sameRuns[i] : []
            var row = "| `\(query.text)` | \(query.group) | \(p(key, 50)) | \(p(key, 99)) | \(p(same, 50)) | \(p(same, 99)) | \(ratio(key, same)) |"
            if let talkView = s.talkViewMilliseconds { row += " \(p(talkView[i], 50)) | \(p(talkView[i], 99)) |" }
            row += " \(p(api, 50)) | \(p(api, 99)) |"
            if i < shellRuns.count {
                let shell = shellRuns[i].milliseconds
                row += " \(p(shell, 50)) | \(p(shell, 99)) | \(ratio(api, shell)) | \(shellRuns[i].ids == s.ids[i] ? "yes" : "no") |"
            } else {
                row += " – | – | – | – |"
            }
            lines.append(row)
        }
        let typing = queries.indices.filter { queries[$0].group == "typing" }
        let keys = typing.flatMap { s.browserMilliseconds[$0] }
        let keyP99 = Statistics.percentile(keys, 99)
        let sameP99 = Statistics.percentile(typing.filter { $0 < sameRuns.count }.flatMap { sameRuns[$0] }, 99)
        var summary = "Search as you type (\"l\" … \"lyapunov\", \"o\" … \"optimizers\"), p99 over all their keys: in the browser \(f(keyP99)) ms against the 10 ms budget"
            + (keyP99 <= 10 ? " (met)" : " (missed by \(f(keyP99 - 10)) ms)")
            + "; the same statements in the sqlite3 shell \(f(sameP99)) ms (browser ÷ shell \(ratio(keys, typing.flatMap { $0 < sameRuns.count ? sameRuns[$0] : [] })); budget 1.5×)"
        if let talkView = s.talkViewMilliseconds {
            let talkP99 = Statistics.percentile(typing.flatMap { talkView[$0] }, 99)
            summary += "; in the talks view \(f(talkP99)) ms"
        }
        lines += ["", summary + ".", ""]
        return lines
    }

    private var importSection: [String] {
        guard !imports.isEmpty else { return [] }
        var lines = ["", "## Import of arXiv JSON lines", "",
                     "| papers | file (MB) | import (s) | rate (papers/s) | index (MB) | peak memory, import (MB) | sqlite3 shell load (s) | shell rate (papers/s) | talks ÷ shell rate |",
                     "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        let mb = { (bytes: Int) in String(format: "%.1f", Double(bytes) / 1_048_576) }
        for r in imports {
            let shell = r.shellLoadSeconds.map { String(format: "%.1f", $0) } ?? "–"
            let shellRate = r.shellLoadSeconds.map { Double(r.records) / $0 }
            guard let i = r.imported else {
                lines.append("| \(r.records) | \(mb(r.fileBytes)) | did not finish | – | – | – | \(shell) | – | – |")
                continue
            }
            let rate = Double(i.records) / i.seconds
            lines.append("| \(r.records) | \(mb(r.fileBytes)) | \(String(format: "%.1f", i.seconds)) | \(Int(rate)) | \(mb(i.indexBytes)) | \(i.peakMemoryKB / 1024) | \(shell) | \(shellRate.map { "\(Int($0))" } ?? "–") | \(shellRate.map { String(format: "%.2f", rate / $0) } ?? "–") |")
        }
        lines += ["", "## Search latency (ms) over imported papers", ""]
        for r in imports where r.search != nil {
            lines += searchTable("\(r.records) papers", r.search!, r.shell, r.shellBrowser, BenchQuery.Set.papers.queries)
        }
        return lines
    }

    private var terminalSection: [String] {
        var lines = ["", "## The browser in a pseudo-terminal (80×24, warm index)", "",
                     "| archive | first paint (ms) | first paint, max (ms) | `j`: bytes | `j`: settled (ms) | `j`: max (ms) | scrolled line: bytes | search letter: bytes | letter: settled (ms) | letter: max (ms) | peak memory (MB) |",
                     "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        let rows = [("bundled", bundled)] + imports.map { ("\($0.records) papers", $0.terminal) }
        for case let (name, t?) in rows {
            lines.append("| \(name) | \(f(t.firstPaintMs)) | \(f(t.firstPaintMaxMs)) | \(Int(t.moveBytes)) | \(f(t.moveLatencyMs)) | \(f(t.moveLatencyMaxMs)) | \(t.scrollBytes.map { String(Int($0)) } ?? "–") | \(Int(t.typeBytes)) | \(f(t.typeLatencyMs)) | \(f(t.typeLatencyMaxMs)) | \(f(t.peakMemoryMB)) |")
        }
        return lines.count > 4 ? lines : []
    }

    private var wholeProcessSection: [String] {
        let measured = imports.compactMap { r in r.wholeProcess.map { (r.records, $0) } }
        guard !measured.isEmpty else { return [] }
        var lines = ["", "## Whole processes (ms, wall clock from start to exit): talks against the sqlite3 shell doing the same work", "",
                     "| papers | command | talks p50 | talks p99 | sqlite3 p50 | sqlite3 p99 | talks ÷ sqlite3 p50 |",
                     "|---:|---|---:|---:|---:|---:|---:|"]
        for (records, w) in measured {
            for pair in w.pairs {
                let ratio = Statistics.percentile(pair.talksMs, 50) / Statistics.percentile(pair.shellMs, 50)
                lines.append("| \(records) | \(pair.label) | \(p(pair.talksMs, 50)) | \(p(pair.talksMs, 99)) | \(p(pair.shellMs, 50)) | \(p(pair.shellMs, 99)) | \(String(format: "%.2f×", ratio)) |")
            }
        }
        return lines
    }

    private var sessionSection: [String] {
        var rows: [(String, SessionMeasure.Sessions)] = []
        if let b = bundledSessions {
            rows.append(("talks, bundled archive", b.talks))
            if let n = b.newsboat { rows.append(("newsboat, the same titles", n)) }
        }
        for r in imports { if let s = r.sessions { rows.append(("talks, \(r.records) papers, one shared read-only index", s.talks)) } }
        guard !rows.isEmpty else { return [] }
        var lines = ["", "## Many sessions at once (80×24 each, as users on one host)", "",
                     "| program | sessions | RSS per session (MB) | PSS (MB) | PSS, max (MB) | USS (MB) | `j`: bytes | `j`: p50 (ms) | `j`: p99 (ms) |",
                     "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for (name, s) in rows {
            lines.append("| \(name) | \(s.sessions) | \(f(s.rssMB)) | \(f(s.pssMB)) | \(f(s.pssMaxMB)) | \(f(s.ussMB)) | \(Int(s.moveBytes)) | \(f(s.keyP50Ms)) | \(f(s.keyP99Ms)) |")
        }
        return lines
    }

    private var method: [String] {
        [
            "- Talk archives: `talks-bench generate --kind pages --records N --seed \(seed)` (the `SyntheticArchive` target of the `Benchmarks/` package): ELLIS schedule pages and DLTRG-style Markdown tables of 500 talks each, words drawn by Zipf's law from the bundled archive's vocabulary, titles 5–15 words, abstracts 120–249 words (90% of ELLIS talks; table rows have none), 1–6 speakers.",
            "- Build: a child process (`talks-bench build-phase`) calls `ArchiveIndex.open(archive:cache:)` on the fresh folder: reading, parsing, merging, writing the index file. Build rate = talks ÷ that wall time. Index size = the index file. Peak memory = the child's VmHWM. A build that exceeds `--build-limit` is killed and reported unfinished.",
            "- Imports: `talks-bench generate --kind arxiv --records N --seed \(seed)` writes arXiv snapshot lines (the real format's fields, same vocabulary); a child (`import-phase`) runs `ArchiveIndex.importArxiv` (what `talks import --format arxiv-jsonl` does) into an empty archive's index. The shell side reads the same file with `.import` and `json_extract` into an FTS5 table of the same definition (columns, `unicode61 remove_diacritics 2`, prefixes `1 2 3`) in one transaction, then `optimize`, as talks does; both without a journal. Ratio = talks' rate ÷ the shell's (budget ≥ 0.9).",
            "- Search: a child (`search-phase`) opens the built index and runs each query of the fixed set \(repetitions) times after one warm-up, timed by wall clock around the call. *Browser key*: what the browser does on each key, parse the query (the default view lists talks and papers together), then `ArchiveIndex.firstRows` (count the matches and the talks among them up to \(ArchiveIndex.rankingLimit), rank them, or list them unranked beyond that, and load three screenfuls with highlights). *API*: `ArchiveIndex.search(_:limit: 50)`, every match ranked (the command line's `talks search`). *Pickers*: `topicCountsByKind` and `speakerCounts`, what `t` and `a` read before they open, \(repetitions) times each, at the largest import once the bundled archive's pages (its topics and talks) are copied beside the imports.",
            "- sqlite3 shell, *same statements*: each browser key's SQL, recorded as it ran (`ArchiveIndex.statements`), replayed on the same index file. *Ranked*: the MATCH expression talks compiled on the index (`ArchiveIndex.matchExpression(for:)`: prefixes listed as their words), ranked by the same `bm25` weights, newest first among ties, `LIMIT 50`, returning ids, on an FTS5 table of the same definition (for talk archives a copy of the index's rows; for imports the shell's own load). Each statement runs \(shellRepetitions) + 1 times in one shell process with `.timer on` (a warm page cache, like the API's long-lived connection); the first run is dropped; times are the CPU time (user + system) the shell reports, as its wall clock prints whole milliseconds. Ratio = talks ÷ shell; \"same top 50\" compares the ids both return.",
            "- Terminal: `scripts/measure-terminal.py` runs the release `talks` in an 80×24 pseudo-terminal (TERM=xterm-256color) 7 times on a warm index: first paint = start until the screen has been quiet for 150 ms, then five `j` (bytes written and time until the screen settled, the last byte of the response), `j` held past the bottom of the list (bytes per scrolled line) and the search `/lyap` typed (per letter); for imports, `p` first switches to the papers; with the bundled archive, `less` scrolls the same list rows and the same record (`--less`). Peak memory = VmHWM.",
            "- Whole processes: each command started \(shellRepetitions) + 1 times from talks-bench (Foundation's `Process`, the same for both), the first run dropped, timed from start to exit. `talks search QUERY --json --limit 20` on the import's archive and index, against `sqlite3 -readonly INDEX` running one statement on the same index file: the MATCH expression talks compiled, the same `bm25` weights, newest first among ties, `LIMIT 20`, the rows' id, title, authors, abstract and `snippet()` as one `json_group_array`. `talks --help` against `sqlite3 -version`: what starting costs. Budgets: search within 1.5×, help within 2×, of the shell's median.",
            "- Sessions: `scripts/measure-sessions.py` starts N browsers at once, each in its own 80×24 pseudo-terminal, waits until every screen settled, reads each process's `/proc/PID/smaps_rollup` (RSS; PSS, each shared page divided among the processes mapping it; USS = private clean + private dirty; medians over the sessions), then presses `j` in every session in turn, five rounds, each timed until its screen settled. newsboat (`apt-get install newsboat`; left out when missing) runs the same way on a local RSS feed of the same talks' titles, each session with its own cache as each user has one, `j` bound to `down` in its article list. The 50 sessions read the largest import's index through a host configuration file (`TALKS_SYSTEM_CONFIG`: the lab-server setup) as user `nobody`, who can only read it: opened immutable, no locks.",
            "- Reproduce: `cd Benchmarks && swift build -c release && .build/release/talks-bench run --out ../BENCHMARKS.md` (it builds `talks` beside `talks-bench`; defaults: talk archives of 1,000 and 10,000, imports of 10,000, 100,000 and 1,000,000 papers; `--sizes`, `--import-sizes`, `--repetitions`, `--shell-repetitions` change them).",
        ]
    }

    func f(_ value: Double) -> String { value.isNaN ? "–" : String(format: value < 10 ? "%.2f" : "%.1f", value) }

    func p(_ values: [Double], _ rank: Double) -> String { f(Statistics.percentile(values, rank)) }

    /// The ratio of two samples' p99s.
    func ratio(_ a: [Double], _ b: [Double]) -> String {
        let (x, y) = (Statistics.percentile(a, 99), Statistics.percentile(b, 99))
        return y > 0.005 ? String(format: "%.2f×", x / y) : "–"
    }
}

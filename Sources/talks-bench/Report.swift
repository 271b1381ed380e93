import Foundation

/// Renders the measurements as BENCHMARKS.md.
struct Report {
    var machine: MachineInfo
    var results: [SizeResult]
    var seed: UInt64
    var repetitions: Int
    var shellRepetitions: Int
    var command: String

    func markdown() -> String {
        var lines = ["# Benchmarks", "",
                     "Written by `swift run -c release talks-bench \(command)` on \(ISO8601DateFormatter().string(from: Date())).", "",
                     "Machine: \(machine.cores) cores (`nproc`), \(machine.cpu), \(String(format: "%.1f", machine.memoryGB)) GB RAM; \(machine.swift); sqlite3 shell \(machine.sqlite).", "",
                     "## Index build", "",
                     "| talks | pages (MB) | generate (s) | build (s) | build rate (talks/s) | index (MB) | peak memory, build (MB) | sqlite3 FTS5 bulk load (s) |",
                     "|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for r in results { lines.append(buildRow(r)) }
        lines += ["", "## Search latency (ms): talks API vs the sqlite3 shell", ""]
        for r in results where r.search != nil { lines += searchTable(r) }
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

    private func searchTable(_ r: SizeResult) -> [String] {
        guard let s = r.search else { return [] }
        var lines = ["### \(r.records) talks", "",
                     "Opening the built index through `ArchiveIndex.open` (reads and hashes every page): \(String(format: "%.2f", s.openSeconds)) s; peak memory of the search process: \(s.peakMemoryKB / 1024) MB.", "",
                     "| query | kind | API p50 | API p99 | sqlite3 p50 | sqlite3 p99 | ratio p50 | ratio p99 | same top 50 |",
                     "|---|---|---:|---:|---:|---:|---:|---:|:---:|"]
        for (i, query) in BenchQuery.all.enumerated() {
            let api = s.milliseconds[i]
            let (a50, a99) = (Statistics.percentile(api, 50), Statistics.percentile(api, 99))
            var row = "| `\(query.text)` | \(query.group) | \(f(a50)) | \(f(a99)) |"
            if i < r.shell.count {
                let shell = r.shell[i]
                let (s50, s99) = (Statistics.percentile(shell.milliseconds, 50), Statistics.percentile(shell.milliseconds, 99))
                row += " \(f(s50)) | \(f(s99)) | \(ratio(a50, s50)) | \(ratio(a99, s99)) | \(shell.ids == s.ids[i] ? "yes" : "no") |"
            } else {
                row += " – | – | – | – | – |"
            }
            lines.append(row)
        }
        let all = s.milliseconds.flatMap { $0 }
        let typing = BenchQuery.all.indices.filter { BenchQuery.all[$0].group == "typing" }.flatMap { s.milliseconds[$0] }
        let typingP99 = Statistics.percentile(typing, 99)
        lines += ["", "All API runs: p50 \(f(Statistics.percentile(all, 50))) ms, p99 \(f(Statistics.percentile(all, 99))) ms. "
                  + "Search as you type (\"l\" … \"lyapunov\"): p99 \(f(typingP99)) ms against the 10 ms budget"
                  + (typingP99 <= 10 ? " (met)." : " (missed by \(f(typingP99 - 10)) ms)."), ""]
        return lines
    }

    private var method: [String] {
        [
            "- Archives: `talks-bench generate --kind pages --records N --seed \(seed)` (the `SyntheticArchive` target): ELLIS schedule pages and DLTRG-style Markdown tables of 500 talks each, words drawn by Zipf's law from the bundled archive's vocabulary, titles 5–15 words, abstracts 120–249 words (90% of ELLIS talks; table rows have none), 1–6 speakers.",
            "- Build: a child process (`talks-bench build-phase`) calls `ArchiveIndex.open(archive:cache:)` on the fresh folder: reading, parsing, merging, writing the index file. Build rate = talks ÷ that wall time. Index size = the index file. Peak memory = the child's VmHWM. A build that exceeds `--build-limit` is killed and reported unfinished.",
            "- API search: another child (`search-phase`) opens the built index and runs each query of the fixed set through `ArchiveIndex.search(_:limit: 50)`: one untimed warm-up, then \(repetitions) timed runs (wall clock around the call: parsing, SQL, decoding each record's JSON, highlight and snippet).",
            "- sqlite3 shell: the index file's own `record` rows are copied (`ATTACH`, `INSERT … SELECT`) into a fresh FTS5 table with the same columns, tokenizer (`unicode61 remove_diacritics 2`) and prefixes (`2 3`); the bulk-load column is that copy's wall time, including `optimize`. Each query is the FTS5 MATCH that `talks` compiles for it, ranked by the same `bm25` weights with `LIMIT 50`, returning ids. Each of \(shellRepetitions) runs is a separate `sqlite3 -readonly DB 'SQL'` process timed by wall clock, less the median of \(shellRepetitions) runs of `SELECT 1;` (process start, opening the database, reading the schema). A fresh process has a cold SQLite page cache (the OS cache is warm), which the API's long-lived connection does not; p99 of \(shellRepetitions) runs is close to their maximum.",
            "- Ratio = API ÷ shell. \"same top 50\" compares the ids both return.",
            "- Reproduce: `swift build -c release --product talks-bench && .build/release/talks-bench run --sizes 10000,100000` (add 1000000 for a million talks; `--build-limit` bounds each build).",
        ]
    }

    private func f(_ value: Double) -> String { value.isNaN ? "–" : String(format: value < 10 ? "%.2f" : "%.1f", value) }

    private func ratio(_ a: Double, _ b: Double) -> String { b > 0.005 ? String(format: "%.1f×", a / b) : "–" }
}

import Foundation

/// Issue 5's budgets, and the bar of newsboat and `less`, judged on this run's own figures.
extension Report {
    var budgetSection: [String] {
        var lines = ["", "## Budgets", "",
                     "Judged on this run's figures above; the verdicts are computed, not written by hand.", "",
                     "| budget | measured | verdict |", "|---|---|---|"]
        let terminals = [("bundled", bundled)] + imports.map { ("\($0.records) papers", $0.terminal) }
        let measured = terminals.compactMap { name, t in t.map { (name, $0) } }
        if let largest = imports.last(where: { $0.search != nil }), let s = largest.search {
            let typing = BenchQuery.Set.papers.queries.indices.filter { BenchQuery.Set.papers.queries[$0].group == "typing" }
            let keys = typing.flatMap { s.browserMilliseconds[$0] }
            let talkKeys = typing.flatMap { s.talkViewMilliseconds?[$0] ?? [] }
            let same = typing.flatMap { $0 < largest.shellBrowser.count ? largest.shellBrowser[$0] : [] }
            let worst = max(Statistics.percentile(keys, 99), talkKeys.isEmpty ? 0 : Statistics.percentile(talkKeys, 99))
            lines.append("| search as you type, p99 per key at \(largest.records) papers ≤ 10 ms | papers view \(p(keys, 99)) ms (p50 \(p(keys, 50))); talks view \(p(talkKeys, 99)) ms | \(verdict(worst <= 10, "by \(f(worst - 10)) ms")) |")
            let keyRatio = Statistics.percentile(keys, 99) / Statistics.percentile(same, 99)
            lines.append("| … within 1.5× of the same statements in the sqlite3 shell | p99 \(p(keys, 99)) ms against \(p(same, 99)) ms: \(ratio(keys, same)) (p50 \(p(keys, 50)) against \(p(same, 50))) | \(verdict(keyRatio <= 1.5, String(format: "at %.2f×", keyRatio))) |")
        }
        if let largest = imports.last(where: { $0.pickers?.topicPickerMilliseconds != nil }), let s = largest.pickers,
           let topics = s.topicPickerMilliseconds, let speakers = s.speakerPickerMilliseconds {
            let worst = max(Statistics.percentile(topics, 99), Statistics.percentile(speakers, 99))
            lines.append("| the `t` and `a` pickers open in ≤ 50 ms at \(largest.records) papers (with the bundled topics and talks; the rebuild that added them \(f(s.openSeconds)) s) | topics p99 \(p(topics, 99)) ms (p50 \(p(topics, 50))); speakers p99 \(p(speakers, 99)) ms (p50 \(p(speakers, 50))) | \(verdict(worst <= 50, "by \(f(worst - 50)) ms")) |")
        }
        if let (small, (largestName, large)) = measured.first.flatMap({ first in measured.last.map { (first.1, $0) } }), measured.count > 1 {
            let steady = large.moveBytes <= small.moveBytes * 1.1 && large.moveLatencyMs <= max(2 * small.moveLatencyMs, small.moveLatencyMs + 1)
            lines.append("| scrolling cost independent of the archive's size | `j`: \(Int(small.moveBytes)) bytes, \(f(small.moveLatencyMs)) ms (bundled) to \(Int(large.moveBytes)) bytes, \(f(large.moveLatencyMs)) ms (\(largestName)) | \(verdict(steady, "it grows with size")) |")
        }
        if let (name, large) = measured.last, imports.last?.terminal != nil {
            lines.append("| first paint ≤ 150 ms with a warm index, at \(name) | \(f(large.firstPaintMs)) ms (max \(f(large.firstPaintMaxMs))) | \(verdict(large.firstPaintMs <= 150, "by \(f(large.firstPaintMs - 150)) ms")) |")
        }
        if let memory = measured.map({ $0.1.peakMemoryMB }).max() {
            lines.append("| peak memory ≤ 64 MB in the browser | at most \(f(memory)) MB (\(measured.map { "\($0.0) \(f($0.1.peakMemoryMB))" }.joined(separator: ", "))) | \(verdict(memory <= 64, "by \(f(memory - 64)) MB")) |")
        }
        if let bundled {
            lines.append("| first paint ≤ 50 ms with the bundled archive | \(f(bundled.firstPaintMs)) ms (max \(f(bundled.firstPaintMaxMs))) | \(verdict(bundled.firstPaintMs <= 50, "by \(f(bundled.firstPaintMs - 50)) ms")) |")
        }
        let rates = imports.compactMap { r -> (Int, Double)? in
            guard let i = r.imported, let shell = r.shellLoadSeconds else { return nil }
            return (r.records, shell / i.seconds)
        }
        if let slowest = rates.min(by: { $0.1 < $1.1 }) {
            lines.append("| import ≥ 0.9× the rate of a plain FTS5 bulk load | \(rates.map { "\($0.0): \(String(format: "%.2f×", $0.1))" }.joined(separator: ", ")) | \(verdict(slowest.1 >= 0.9, String(format: "at %.2f×", slowest.1))) |")
        }
        for r in imports {
            guard let w = r.wholeProcess, let help = w.pairs.first else { continue }
            let ratio = { (pair: WholeProcess.Pair) in Statistics.percentile(pair.talksMs, 50) / Statistics.percentile(pair.shellMs, 50) }
            let searches = w.pairs.dropFirst()
            if let worst = searches.map(ratio).max() {
                lines.append("| `talks search … --json` within 1.5× of the sqlite3 shell's same work, \(r.records) papers | \(searches.map { String(format: "%.2f×", ratio($0)) }.joined(separator: ", ")) (p50s) | \(verdict(worst <= 1.5, String(format: "at %.2f×", worst))) |")
            }
            lines.append("| `talks --help` within 2× of `sqlite3 -version`, \(r.records) papers run | \(p(help.talksMs, 50)) ms against \(p(help.shellMs, 50)) ms: \(String(format: "%.2f×", ratio(help))) | \(verdict(ratio(help) <= 2, String(format: "at %.2f×", ratio(help)))) |")
        }
        if let sessions = bundledSessions, let newsboat = sessions.newsboat, let t = bundled {
            lines.append("| bytes to move the selection ≤ newsboat's in the same run (80×24) | talks \(Int(t.moveBytes)) bytes; newsboat \(Int(newsboat.moveBytes)) | \(verdict(t.moveBytes <= newsboat.moveBytes, "by \(Int(t.moveBytes - newsboat.moveBytes)) bytes")) |")
            lines.append("| PSS per session ≤ newsboat's, \(newsboat.sessions) of each at once | talks \(f(sessions.talks.pssMB)) MB (RSS \(f(sessions.talks.rssMB)), USS \(f(sessions.talks.ussMB))); newsboat \(f(newsboat.pssMB)) MB (RSS \(f(newsboat.rssMB)), USS \(f(newsboat.ussMB))) | \(verdict(sessions.talks.pssMB <= newsboat.pssMB, "by \(f(sessions.talks.pssMB - newsboat.pssMB)) MB")) |")
        }
        return lines + barSection
    }

    /// The brief's bar at 80×24: newsboat's figures as the brief gives them (newsboat is not run
    /// here) and `less` scrolling the same text in this run.
    private var barSection: [String] {
        guard let t = bundled else { return [] }
        var lines = ["", "Against newsboat (first paint ~18 ms, a key answered in under 1 ms, ~200 bytes to move the selection, ~19 MB) and `less`, with the bundled archive at 80×24:", "",
                     "| bar | talks | verdict |", "|---|---|---|",
                     "| first paint ~18 ms | \(f(t.firstPaintMs)) ms | \(verdict(t.firstPaintMs <= 18, "by \(f(t.firstPaintMs - 18)) ms")) |",
                     "| a key answered in under 1 ms | `j` settled after \(f(t.moveLatencyMs)) ms | \(verdict(t.moveLatencyMs < 1, "by \(f(t.moveLatencyMs - 1)) ms")) |",
                     "| ~200 bytes to move the selection | \(Int(t.moveBytes)) bytes | \(verdict(t.moveBytes <= 200, "by \(Int(t.moveBytes - 200)) bytes")) |",
                     "| ~19 MB | \(f(t.peakMemoryMB)) MB | \(verdict(t.peakMemoryMB <= 19, "by \(f(t.peakMemoryMB - 19)) MB")) |"]
        if let scroll = t.scrollBytes, let less = t.lessScrollBytes {
            lines.append("| `less`: \(Int(less)) bytes per scrolled line of the same list (~76 on newsboat's machine) | \(Int(scroll)) bytes | \(verdict(scroll <= less, "by \(Int(scroll - less)) bytes")) |")
        }
        if let scroll = t.detailScrollBytes, let less = t.lessDetailScrollBytes {
            lines.append("| `less`: \(Int(less)) bytes per scrolled line of the same record | \(Int(scroll)) bytes | \(verdict(scroll <= less, "by \(Int(scroll - less)) bytes")) |")
        }
        return lines
    }

    private func verdict(_ met: Bool, _ miss: String) -> String { met ? "met" : "**missed** \(miss)" }
}

import CellText
import Foundation
import TalkArchive

/// The one-record-per-entry listing `list`, `papers` and `search` print.
extension HumanOutput {
    /// `ellis-2026-05-11  Finite-Time Lyapunov Exponents … — Bernhard Mehlig`, wrapped under the title.
    mutating func listing(_ hits: [SearchHit], today: Day) {
        let idWidth = hits.map { DisplayWidth.of($0.record.id) }.max() ?? 0
        for hit in hits {
            let record = hit.record
            var marked = record.readable(hit.title.runs.map { $0.isMatch ? "\(Highlight.open)\($0.text)\(Highlight.close)" : $0.text }.joined())
            if let speakers = record.speakerSummary(.words) { marked += " — " + speakers }
            if record.kind == .talk && record.date > today { marked += " (upcoming)" }
            if record.isWithdrawn { marked += " (withdrawn)" }
            let lines = wrapped(TerminalSafeText.sanitize(marked), indent: idWidth + 2)
            for (i, line) in styledLines(lines).enumerated() {
                let left = i == 0 ? accent(TextLayout.pad(record.id, width: idWidth)) : String(repeating: " ", count: idWidth)
                emit(left + "  " + line)
            }
            if let snippet = hit.snippet {
                let text = TerminalSafeText.sanitize(record.readable(snippet.runs.map { $0.isMatch ? "\(Highlight.open)\($0.text)\(Highlight.close)" : $0.text }.joined()))
                for line in styledLines(wrapped(text, indent: idWidth + 4), base: dim) {
                    emit(String(repeating: " ", count: idWidth + 4) + line)
                }
            }
        }
    }

    /// Turns match markers into emphasis, carrying an open match across wrapped lines.
    private func styledLines(_ lines: [String], base: (String) -> String = { $0 }) -> [String] {
        var inMatch = false
        return lines.map { line in
            var out = "", run = ""
            func flushRun() { out += inMatch ? match(run) : base(run); run = "" }
            for ch in line {
                if ch == Highlight.open || ch == Highlight.close {
                    flushRun()
                    inMatch = ch == Highlight.open
                } else {
                    run.append(ch)
                }
            }
            flushRun()
            return out
        }
    }
}

extension Day {
    /// Today in the viewer's time zone (`--tz`, the configuration's `timezone`, else the process's).
    static func today(in zone: TimeZone, now: Date = Date()) -> Day { Day(now, in: zone) }
}

import CellText
import Foundation
import ScreenModel

/// A line of text in runs of one style each, for panes that wrap and highlight.
struct StyledLine: Equatable {
    var runs: [(text: String, style: Style)] = []

    static func == (a: StyledLine, b: StyledLine) -> Bool {
        a.runs.map(\.text) == b.runs.map(\.text) && a.runs.map(\.style) == b.runs.map(\.style)
    }

    init(_ text: String = "", _ style: Style = .plain) {
        if !text.isEmpty { runs = [(text, style)] }
    }

    mutating func append(_ text: String, _ style: Style) { runs.append((text, style)) }

    /// Draws the line at (x, y), clipped to `width` cells.
    func draw(into frame: inout Frame, x: Int, y: Int, width: Int) {
        var cursor = x
        for run in runs where cursor < x + width {
            cursor = frame.put(run.text, x: cursor, y: y, style: run.style, maxWidth: x + width - cursor)
        }
    }
}

/// Wraps sanitized text to a width and marks the words that start with a search term.
enum TextBlock {
    static func lines(_ text: String, width: Int, style: Style, terms: [String], match: Style, indent: String = "") -> [StyledLine] {
        let safe = TerminalSafeText.sanitize(text, keepNewlines: true)
        return TextLayout.wrap(safe, width: max(1, width - DisplayWidth.of(indent))).map { line in
            highlight(indent + line, style: style, terms: terms, match: match)
        }
    }

    /// Splits a line into words and spaces; a word whose folded form starts with a term is a match.
    static func highlight(_ line: String, style: Style, terms: [String], match: Style) -> StyledLine {
        let folded = terms.flatMap { $0.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) }.map { fold(String($0)) }.filter { !$0.isEmpty }
        guard !folded.isEmpty else { return StyledLine(line, style) }
        var out = StyledLine()
        var word = ""
        func flushWord() {
            guard !word.isEmpty else { return }
            let key = fold(word)
            out.append(word, folded.contains { key.hasPrefix($0) } ? match : style)
            word = ""
        }
        for ch in line {
            if ch.isLetter || ch.isNumber { word.append(ch) } else { flushWord(); out.append(String(ch), style) }
        }
        flushWord()
        return out
    }

    static func fold(_ s: String) -> String {
        s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }
}

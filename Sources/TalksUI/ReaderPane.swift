import Foundation

import CellText
import ScreenModel

/// The paper reader: the text, a title bar, and the in-text search line.
enum ReaderPane {
    static func visibleRows(for state: AppState) -> Int { max(1, state.height - 3) }

    static func render(_ reader: Reader, state: AppState, into frame: inout Frame) {
        let theme = state.theme
        let width = state.width
        frame.fill(Rect(x: 0, y: 0, width: width, height: state.height - 1))
        var title = StyledLine(reader.title, theme.title)
        title.append("  \(reader.lines.isEmpty ? 0 : reader.scroll.offset + 1)/\(reader.lines.count)", theme.dim)
        title.draw(into: &frame, x: 1, y: 0, width: width - 2)
        let rows = visibleRows(for: state)
        let terms = reader.query.isEmpty ? [] : [reader.query]
        for (row, index) in reader.scroll.visible(count: reader.lines.count, height: rows).enumerated() {
            let text = TextLayout.truncate(TerminalSafeText.sanitize(reader.lines[index]), width: width - 2)
            highlighted(text, terms: terms, theme: theme).draw(into: &frame, x: 1, y: 1 + row, width: width - 2)
        }
        let bottom = state.height - 2
        if reader.searching {
            frame.put("/" + reader.query, x: 0, y: bottom, style: theme.plain, maxWidth: width)
        } else {
            let found = reader.query.isEmpty ? "" : "\(reader.matches.count) lines match “\(reader.query)”  "
            frame.put(found + "j/k scroll  / find  n/N next  Esc close", x: 0, y: bottom, style: theme.dim, maxWidth: width)
        }
    }

    /// Case-insensitive substring highlighting, for text that is not split into words by the index.
    private static func highlighted(_ text: String, terms: [String], theme: Theme) -> StyledLine {
        guard let term = terms.first, !term.isEmpty, let range = text.range(of: term, options: .caseInsensitive) else {
            return StyledLine(text, theme.plain)
        }
        var line = StyledLine(String(text[..<range.lowerBound]), theme.plain)
        line.append(String(text[range]), theme.match)
        for run in highlighted(String(text[range.upperBound...]), terms: terms, theme: theme).runs { line.append(run.text, run.style) }
        return line
    }
}

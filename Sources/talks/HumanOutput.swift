import CellText
import Foundation
import TalkArchive

/// Aligned, wrapped, terminal-safe output for people; colour only on a terminal and without NO_COLOR.
struct HumanOutput {
    let width: Int?
    let colour: Bool
    private var buffer = ""

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let tty = isatty(STDOUT_FILENO) == 1
        var size = winsize()
        if tty, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            width = Int(size.ws_col)
        } else if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            width = columns
        } else {
            width = nil // piped: one line per record, for grep and cut
        }
        colour = tty && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }

    // MARK: Styles

    func bold(_ s: String) -> String { colour ? "\u{1B}[1m\(s)\u{1B}[22m" : s }
    func dim(_ s: String) -> String { colour ? "\u{1B}[2m\(s)\u{1B}[22m" : s }
    func accent(_ s: String) -> String { colour ? "\u{1B}[36m\(s)\u{1B}[39m" : s }
    func match(_ s: String) -> String { colour ? "\u{1B}[1;33m\(s)\u{1B}[22;39m" : s }

    /// Marked text with matches emphasized; the text is sanitized first.
    func highlighted(_ h: Highlight) -> String {
        h.runs.map { run in
            let safe = TerminalSafeText.sanitize(run.text)
            return run.isMatch ? match(safe) : safe
        }.joined()
    }

    // MARK: Layout

    /// Lines of `text` wrapped to the width left after `indent` cells (unwrapped when piped).
    func wrapped(_ text: String, indent: Int) -> [String] {
        guard let width else { return [text] }
        return TextLayout.wrap(text, width: max(20, width - indent))
    }

    /// A two-column row: `key` padded to `keyWidth`, then `value` wrapped with a hanging indent.
    mutating func row(_ key: String, _ value: String, keyWidth: Int, styleValue: (String) -> String = { $0 }) {
        let safe = TerminalSafeText.sanitize(value)
        let lines = wrapped(safe, indent: keyWidth + 2)
        for (i, line) in lines.enumerated() {
            let left = i == 0 ? TextLayout.pad(key, width: keyWidth) : String(repeating: " ", count: keyWidth)
            emit(left + "  " + styleValue(line))
        }
    }

    mutating func emit(_ line: String = "") { buffer += line + "\n" }

    func flush() {
        FileHandle.standardOutput.write(Data(buffer.utf8))
    }
}

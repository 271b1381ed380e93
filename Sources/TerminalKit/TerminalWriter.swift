#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CellText

/// Escape sequences curses does not know: OSC 8 hyperlinks and OSC 52 clipboard copies.
///
/// ```swift
/// let writer = TerminalWriter()
/// writer.send(writer.copyToClipboard(bibtexEntry))
/// ```
/// Link payloads are `SafeURL`s and texts are sanitized, since these bytes bypass curses'
/// own filtering. Inside tmux (`$TMUX` set) the hyperlinks are wrapped in tmux's passthrough
/// (`ESC P tmux; … ESC \`), which tmux forwards when `allow-passthrough` is on.
public struct TerminalWriter: Sendable {
    /// Whether to wrap sequences for tmux.
    public let inTmux: Bool
    private let output: Int32

    /// - Parameters:
    ///   - output: the file descriptor of the terminal (curses' output).
    ///   - inTmux: wrap for tmux; by default, whether `$TMUX` is set.
    public init(output: Int32 = STDOUT_FILENO, inTmux: Bool = (getenv("TMUX").map { $0.pointee != 0 }) ?? false) {
        self.output = output
        self.inTmux = inTmux
    }

    /// Asks the terminal to put `text` on the system clipboard (OSC 52), stripped of controls
    /// but its line breaks. Never wrapped for tmux: tmux reads OSC 52 itself (with `set-clipboard
    /// on`), keeps it as a buffer and hands it on to the terminal outside (`ClipboardRoute`).
    public func copyToClipboard(_ text: String) -> String {
        "\u{1B}]52;c;\(Base64.encode(Array(TerminalSafeText.sanitize(text, keepNewlines: true).utf8)))\u{07}"
    }

    /// Redraws `text` at column `x`, row `y` as a hyperlink to `url` (OSC 8), keeping the cursor where it was.
    ///
    /// `text` must be what the frame already shows there, so curses' idea of the screen stays right.
    public func hyperlink(_ url: SafeURL, text: String, x: Int, y: Int) -> String {
        let visible = TerminalSafeText.sanitize(text)
        return "\u{1B}7\u{1B}[\(y + 1);\(x + 1)H"
            + passthrough("\u{1B}]8;;\(url.description)\u{1B}\\") + visible + passthrough("\u{1B}]8;;\u{1B}\\")
            + "\u{1B}8"
    }

    /// Writes `sequence` to the terminal at once (call after `draw`, between frames).
    public func send(_ sequence: String) {
        var bytes = Array(sequence.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(output, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }

    /// `sequence` as tmux passthrough (each ESC doubled) when inside tmux, else unchanged.
    private func passthrough(_ sequence: String) -> String {
        guard inTmux else { return sequence }
        return "\u{1B}Ptmux;" + sequence.replacingEscapes() + "\u{1B}\\"
    }
}

private extension String {
    /// Every ESC doubled, as tmux passthrough requires.
    func replacingEscapes() -> String {
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            out.append(scalar)
            if scalar == "\u{1B}" { out.append(scalar) }
        }
        return String(out)
    }
}

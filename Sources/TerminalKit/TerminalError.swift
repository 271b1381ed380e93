/// Why a terminal backend could not start.
public enum TerminalError: Error, Equatable {
    /// Neither stdin/stdout nor /dev/tty is a terminal.
    case noTerminal
    /// ncurses could not set up the terminal named by `TERM`.
    case unsupportedTerminal(String)
}

extension TerminalError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .noTerminal: return "no terminal on standard input and output, nor /dev/tty"
        case .unsupportedTerminal(let term):
            return "TERM=\(term.isEmpty ? "(unset)" : term) names a terminal talks cannot draw on; set TERM to your terminal's type, e.g. xterm-256color"
        }
    }
}

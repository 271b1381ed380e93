/// Why a terminal backend could not start.
public enum TerminalError: Error, Equatable {
    /// Neither stdin/stdout nor /dev/tty is a terminal.
    case noTerminal
    /// ncurses could not set up the terminal named by `TERM`.
    case unsupportedTerminal(String)
}

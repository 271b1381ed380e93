/// A terminal the app draws frames on and reads events from.
///
/// ```swift
/// backend.draw(frame)                        // paints only what changed since the last draw
/// if let event = backend.readEvent(timeoutMs: 50) { handle(event) }
/// ```
/// Implementations: `NcursesBackend` (TerminalKit) for a real terminal, `MemoryBackend` for tests.
/// All calls must come from one thread.
public protocol TerminalBackend: AnyObject {
    /// The current size; it changes when a `.resize` event is read.
    var size: TerminalSize { get }

    /// Paints `frame`, writing only the cells that differ from the last frame drawn.
    func draw(_ frame: Frame)

    /// The next event, or nil when none arrived within `timeoutMs` milliseconds (0: just poll).
    func readEvent(timeoutMs: Int) -> InputEvent?

    /// Clears the screen and paints the whole of the next frame (Ctrl-L after line noise).
    func forceRepaint()

    /// Gives the terminal back in its original modes, e.g. to run an editor in the foreground.
    func suspend()

    /// Takes the terminal back after `suspend()` and repaints everything on the next draw.
    func resume()

    /// Stops the process as Ctrl-Z would, with the terminal restored, and repaints after `fg`.
    func stopForJobControl()

    /// Restores the terminal for good; the backend must not be used afterwards.
    func shutdown()
}

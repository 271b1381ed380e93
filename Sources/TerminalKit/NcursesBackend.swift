#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import ScreenModel

/// The real terminal, through ncursesw: paints frame differences, reads keys, mouse and resizes.
///
/// ```swift
/// let terminal = try NcursesBackend()
/// defer { terminal.shutdown() }
/// terminal.draw(frame)
/// if case .key(.ctrl("c")) = terminal.readEvent(timeoutMs: 100) { return }
/// ```
/// Raw mode: Ctrl-C, Ctrl-Z and Ctrl-\ arrive as keys (`.ctrl("c")`…), so the app quits or stops
/// cleanly (`stopForJobControl()`). Hang-ups, kills and crashes restore the terminal (`SignalGuard`).
/// In a locale that is not UTF-8, text is drawn in ASCII (`AsciiFallback`). Use from one thread.
public final class NcursesBackend: TerminalBackend {
    let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    /// Whether the locale's character set is UTF-8; if not, cells are drawn as ASCII.
    public let isUTF8: Bool
    var styles: StyleResolver
    var lastFrame: Frame?
    /// Events already read and not yet returned, oldest first: what followed an Esc, and the
    /// rest of the mouse events one read brought.
    var pendingEvents: [InputEvent] = []
    private let terminalFile: UnsafeMutablePointer<FILE>?
    private let mouseEnabled: Bool
    private var isShutDown = false

    /// Takes over the terminal on stdin/stdout, or on /dev/tty when those are not both terminals.
    ///
    /// - Parameter mouse: report clicks and wheel turns (this stops the terminal's own text selection
    ///   unless Shift is held).
    /// - Throws: `TerminalError` when there is no terminal or `TERM` names one ncurses cannot drive.
    public convenience init(mouse: Bool = true) throws {
        setlocale(LC_ALL, "")
        // A dumb terminal has no cursor addressing: ncurses accepts it and draws only the last line.
        if let term = getenv("TERM").map({ String(cString: $0) }), term == "dumb" || term.hasPrefix("dumb-") {
            throw TerminalError.unsupportedTerminal(term)
        }
        let (input, output, owned) = try Self.openTerminal()
        try self.init(input: input, output: output, owned: owned, term: nil, mouse: mouse)
    }

    /// Drives the terminal `term` (nil: `$TERM`) through these streams; `owned` is closed at shutdown.
    /// Tests feed `input` from a pipe, to decode exactly the bytes a terminal would send.
    init(input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>, owned: UnsafeMutablePointer<FILE>?,
         term: String?, mouse: Bool) throws {
        isUTF8 = Self.localeIsUTF8()
        SignalGuard.install()
        guard let screen = newterm(term, output, input) else {
            SignalGuard.uninstall()
            if let owned { fclose(owned) }
            throw TerminalError.unsupportedTerminal(term ?? getenv("TERM").map { String(cString: $0) } ?? "")
        }
        self.screen = screen
        window = shim_stdscr()
        terminalFile = owned
        mouseEnabled = mouse
        styles = Self.startColors()
        Self.configureInput(window, mouse: mouse)
    }

    public var size: TerminalSize {
        TerminalSize(width: Int(shim_getmaxx(window)), height: Int(shim_getmaxy(window)))
    }

    public func forceRepaint() {
        clearok(shim_curscr(), true)
        doupdate()
    }

    public func suspend() {
        def_prog_mode()
        endwin()
    }

    public func resume() {
        clearok(shim_curscr(), true)
        doupdate()
    }

    /// Stops like Ctrl-Z: ncurses' SIGTSTP handler restores the terminal and repaints after `fg`.
    /// Does nothing when SIGTSTP is ignored (a shell without job control could not resume us).
    public func stopForJobControl() {
        var current = sigaction()
        sigaction(SIGTSTP, nil, &current)
        let handler = unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self)
        switch handler {
        case 1: return  // SIG_IGN
        case 0:  // SIG_DFL: ncurses installed no handler, so stop and come back by hand
            suspend()
            raise(SIGTSTP)
            resume()
        default:
            raise(SIGTSTP)
        }
    }

    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        if mouseEnabled { mousemask(0, nil) }
        endwin()
        SignalGuard.uninstall()
        delscreen(screen)
        if let terminalFile { fclose(terminalFile) }
    }

    // MARK: Setup

    private static func localeIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }

    /// Input and output streams for ncurses, plus the /dev/tty stream to close later, if one was opened.
    private static func openTerminal() throws -> (UnsafeMutablePointer<FILE>, UnsafeMutablePointer<FILE>, UnsafeMutablePointer<FILE>?) {
        if isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1,
           let input = fdopen(STDIN_FILENO, "r"), let output = fdopen(STDOUT_FILENO, "w") {
            return (input, output, nil)
        }
        guard let tty = fopen("/dev/tty", "r+") else { throw TerminalError.noTerminal }
        return (tty, tty, tty)
    }

    private static func startColors() -> StyleResolver {
        let noColor = getenv("NO_COLOR").map { String(cString: $0) }
        var defaultColors = false
        if has_colors() && (noColor ?? "").isEmpty {
            start_color()
            defaultColors = use_default_colors() == OK
        }
        let depth = ColorDepth.detect(hasColors: has_colors(), colors: Int(shim_colors()), noColor: noColor)
        return StyleResolver(depth: depth, defaultColors: defaultColors, maxPairs: Int(shim_color_pairs()))
    }

    private static func configureInput(_ window: UnsafeMutablePointer<WINDOW>, mouse: Bool) {
        raw()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        leaveok(window, true)
        // Let doupdate scroll lines that moved with insert/delete line when the terminal cannot
        // set a scroll region (it uses one when it can, idlok or not). scrollok stays off: it is
        // only about the window scrolling when text is written past its bottom, which
        // mvwadd_wchnstr never does, and curses must never scroll the window itself.
        idlok(window, true)
        set_escdelay(25)
        curs_set(0)
        if mouse {
            let mask = shim_button1_pressed() | shim_button1_released() | shim_button2_pressed()
                | shim_button2_released() | shim_button3_pressed() | shim_button3_released()
                | shim_wheel_up() | shim_wheel_down()
            mousemask(mask, nil)
            mouseinterval(0)
        }
    }
}

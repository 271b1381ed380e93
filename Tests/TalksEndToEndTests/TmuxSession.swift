import Foundation
import XCTest

/// A private tmux server running one command in an 80×24 (or given) window, for end-to-end tests.
///
/// ```swift
/// let tmux = try TmuxSession(["sh", "-c", script], width: 80, height: 24)
/// defer { tmux.close() }
/// tmux.sendKeys("j")
/// let screen = try tmux.waitForScreen { $0.contains("row 2/6") }
/// ```
/// Each session has its own socket (`tmux -L`) and ignores user configuration (`-f /dev/null`).
/// Waiting polls `capture-pane` until the screen matches, so tests need no fixed sleeps.
final class TmuxSession {
    private static let tmuxPath = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    private static let counter = Counter()
    private let socket: String
    private let tmux: String

    /// Starts `command` (argv, run without a shell) in a detached session of `width`×`height`.
    /// - Throws: `XCTSkip` when tmux is not installed.
    init(_ command: [String], width: Int = 80, height: Int = 24) throws {
        guard let tmux = Self.tmuxPath else { throw XCTSkip("tmux is not installed") }
        self.tmux = tmux
        socket = "talks-terminalkit-\(getpid())-\(Self.counter.next())"
        // The server this starts keeps its inherited stdout open: capture nothing, or reading would never end.
        try run(["new-session", "-d", "-x", "\(width)", "-y", "\(height)"] + command, capturing: false)
    }

    /// Kills the server and everything in it.
    func close() {
        _ = try? run(["kill-server"])
    }

    /// Sends keys in tmux's `send-keys` notation ("j", "C-z", "Enter"); `literal` sends text as is.
    func sendKeys(_ keys: String..., literal: Bool = false) throws {
        try run(["send-keys", "-t", "0"] + (literal ? ["-l"] : []) + keys)
    }

    /// Resizes the window, as a user dragging the terminal would.
    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The visible screen, one string per row; `escapes` keeps colours and attributes as SGR sequences,
    /// `joined` joins rows the terminal wrapped.
    func capture(escapes: Bool = false, joined: Bool = false) throws -> [String] {
        let flags = ["-p"] + (escapes ? ["-e"] : []) + (joined ? ["-J"] : [])
        return try run(["capture-pane", "-t", "0"] + flags).components(separatedBy: "\n")
    }

    /// Polls the screen until `condition` holds; fails the test with the last screen after `timeout` seconds.
    @discardableResult
    func waitForScreen(timeout: Double = 10, escapes: Bool = false, joined: Bool = false,
                       file: StaticString = #filePath, line: UInt = #line,
                       _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = try capture(escapes: escapes, joined: joined)
        while !condition(screen) {
            guard Date() < deadline else {
                XCTFail("timed out waiting; screen:\n" + screen.joined(separator: "\n"), file: file, line: line)
                return screen
            }
            usleep(20_000)
            screen = try capture(escapes: escapes, joined: joined)
        }
        return screen
    }

    /// The process id of the pane's command (the shell running the program under test).
    func panePID() throws -> pid_t {
        let text = try run(["display-message", "-p", "-t", "0", "#{pane_pid}"])
        return pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// Copies everything the pane's program writes from now on into `path`; nil stops copying.
    func pipeOutput(to path: String?) throws {
        try run(["pipe-pane", "-t", "0"] + (path.map { ["-o", "cat >> '\($0)'"] } ?? []))
    }

    @discardableResult
    private func run(_ arguments: [String], capturing: Bool = true) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["LC_ALL"] = nil
        environment["LANG"] = "C.UTF-8"
        return try Subprocess.run(tmux, ["-L", socket, "-f", "/dev/null", "-u"] + arguments,
                                  environment: environment, capturing: capturing)
    }
}

/// A thread-safe counter for unique socket names.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}

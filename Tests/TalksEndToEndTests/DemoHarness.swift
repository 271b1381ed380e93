import Foundation
import XCTest

/// Runs `terminal-demo` inside tmux the way a user's shell would, and reads back what is left.
///
/// The demo runs under `sh -c` (not an interactive bash, which would repair the tty and hide a
/// broken cleanup); after it exits the pane shows `status=<code>` and `stty -a`.
enum DemoHarness {
    /// The rows the demo draws at 80×24 with the first row selected, trailing spaces trimmed.
    static let firstRows = [
        "terminal-demo  j/k move  q quit",
        "",
        "> plain ASCII row             |",
        "  Gödel, Escher, Bach — café  |",
        "  量子 field theory           |",
        "  emoji 😀 party              |",
        "  red on default              |",
        "  white on blue               |",
    ]

    /// Column of the `|` marker the demo draws after each row.
    static let markerColumn = 30

    /// The demo binary, built next to the test bundle.
    static func demoPath(file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let path = products.appendingPathComponent("terminal-demo").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw XCTSkip("terminal-demo is not built next to the tests (\(path)); run swift build first")
        }
        return path
    }

    /// Starts the demo in a fresh tmux session and waits for its first screen.
    static func start(term: String = "xterm-256color", lang: String = "C.UTF-8", noColor: Bool = false,
                      arguments: [String] = [], width: Int = 80, height: Int = 24) throws -> TmuxSession {
        let script = "\"$0\" \"$@\"; echo \"status=$?\"; stty -a; exec sleep 600"
        let environment = ["LANG=\(lang)", "LC_ALL=\(lang)", "TERM=\(term)", "NO_COLOR=\(noColor ? "1" : "")"]
        let session = try TmuxSession(["env"] + environment + ["sh", "-c", script, try demoPath()] + arguments,
                                      width: width, height: height)
        try session.waitForScreen { $0.first?.hasPrefix("terminal-demo") == true }
        return session
    }

    /// The screen's rows with trailing spaces removed.
    static func trimmed(_ screen: [String]) -> [String] {
        screen.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
    }

    /// The exit status the pane printed after the demo ended, if it has.
    static func exitStatus(_ screen: [String]) -> Int? {
        screen.lazy.compactMap { $0.hasPrefix("status=") ? Int($0.dropFirst(7)) : nil }.first
    }

    /// Whether `stty -a` in the pane shows a cooked terminal again: canonical input and echo on.
    static func terminalRestored(_ screen: [String]) -> Bool {
        let words = Set(screen.joined(separator: " ").split(whereSeparator: { $0 == " " || $0 == ";" }).map(String.init))
        return words.isSuperset(of: ["icanon", "echo", "isig", "icrnl", "opost"])
            && words.isDisjoint(with: ["-icanon", "-echo", "-isig", "-icrnl", "-opost"])
    }

    /// The SGR parameter lists (`ESC [ … m`) in a screen captured with escapes.
    static func sgrParameters(_ screen: [String]) -> [[Int]] {
        var lists: [[Int]] = []
        for row in screen {
            for piece in row.components(separatedBy: "\u{1B}[").dropFirst() {
                guard let end = piece.firstIndex(of: "m") else { continue }
                lists.append(piece[..<end].split(separator: ";").compactMap { Int($0) })
            }
        }
        return lists
    }

    /// Whether any SGR sequence turns on reverse video (7, outside a 38/48 colour).
    static func usesReverse(_ screen: [String]) -> Bool {
        sgrParameters(screen).contains { $0.contains(7) && !$0.contains(38) && !$0.contains(48) }
    }

    /// Whether any SGR sequence sets a foreground or background colour.
    static func usesColour(_ screen: [String]) -> Bool {
        sgrParameters(screen).contains { list in
            list.contains { (30...38).contains($0) || (40...48).contains($0) || (90...97).contains($0) || (100...107).contains($0) }
        }
    }
}

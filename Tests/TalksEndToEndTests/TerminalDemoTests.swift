import CellText
import Foundation
import XCTest

/// End to end: the demo in a real terminal emulator (tmux) at 80×24, driven by keys and signals.
final class TerminalDemoTests: XCTestCase {
    private var sessions: [TmuxSession] = []

    override func tearDown() {
        sessions.forEach { $0.close() }
        sessions = []
        super.tearDown()
    }

    private func start(term: String = "xterm-256color", lang: String = "C.UTF-8", noColor: Bool = false,
                       arguments: [String] = []) throws -> TmuxSession {
        let session = try DemoHarness.start(term: term, lang: lang, noColor: noColor, arguments: arguments)
        sessions.append(session)
        return session
    }

    // MARK: Drawing

    func testDrawsTextWideCharactersAndEmojiInTheirColumns() throws {
        let tmux = try start()
        let screen = DemoHarness.trimmed(try tmux.capture())
        XCTAssertEqual(Array(screen.prefix(8)), DemoHarness.firstRows)
        for row in screen[2..<8] {
            let beforeMarker = row.prefix { $0 != "|" }
            XCTAssertEqual(DisplayWidth.of(beforeMarker), DemoHarness.markerColumn, "marker misplaced in \(row)")
        }
        let footer = try tmux.capture()[23]
        XCTAssertTrue(footer.hasPrefix("row 1/6  ready  size 80x24"), footer)
        XCTAssertTrue(footer.hasSuffix("#"), "bottom-right cell: \(footer)")
        XCTAssertEqual(DisplayWidth.of(footer), 80)
    }

    func testColoursAndAttributesUnderXterm256() throws {
        let screen = try start().capture(escapes: true)
        let parameters = DemoHarness.sgrParameters(screen)
        XCTAssertTrue(parameters.contains([38, 5, 208]), "256-colour orange missing")
        XCTAssertTrue(parameters.contains([36]), "cyan missing")
        XCTAssertTrue(DemoHarness.usesReverse(screen), "reverse selection missing")
    }

    func testColoursUnderScreen256() throws {
        let tmux = try start(term: "screen-256color")
        XCTAssertEqual(Array(DemoHarness.trimmed(try tmux.capture()).prefix(8)), DemoHarness.firstRows)
        XCTAssertTrue(DemoHarness.sgrParameters(try tmux.capture(escapes: true)).contains([38, 5, 208]))
    }

    func testVT100HasNoColoursButKeepsReverse() throws {
        let tmux = try start(term: "vt100")
        XCTAssertEqual(Array(DemoHarness.trimmed(try tmux.capture()).prefix(8)), DemoHarness.firstRows)
        let screen = try tmux.capture(escapes: true)
        XCTAssertFalse(DemoHarness.usesColour(screen))
        XCTAssertTrue(DemoHarness.usesReverse(screen))
    }

    func testNoColorTurnsColoursOffAndBackgroundsIntoReverse() throws {
        let tmux = try start(noColor: true)
        let screen = try tmux.capture(escapes: true)
        XCTAssertFalse(DemoHarness.usesColour(screen))
        let blueRow = try XCTUnwrap(screen.first { $0.contains("white on blue") })
        XCTAssertTrue(DemoHarness.usesReverse([blueRow]), "background without colour should show as reverse: \(blueRow)")
    }

    func testNonUTF8LocaleDrawsASCII() throws {
        let tmux = try start(lang: "C")
        let rows = DemoHarness.trimmed(try tmux.capture())
        XCTAssertEqual(rows[3], "  Godel, Escher, Bach - cafe  |")
        XCTAssertEqual(rows[4], "  ? ?  field theory           |")
        XCTAssertTrue(rows.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
    }

    // MARK: Keys and resize

    func testSelectionMovesWithJAndK() throws {
        let tmux = try start()
        try tmux.sendKeys("j")
        var screen = try tmux.waitForScreen { $0[23].hasPrefix("row 2/6") }
        XCTAssertTrue(screen[2].hasPrefix("  plain"))
        XCTAssertTrue(screen[3].hasPrefix("> Gödel"))
        try tmux.sendKeys("j", "j", "k")
        screen = try tmux.waitForScreen { $0[23].hasPrefix("row 3/6  up") }
        XCTAssertTrue(screen[4].hasPrefix("> 量子 field theory"))
    }

    func testRepaintsAtTheNewSizeOnResize() throws {
        let tmux = try start()
        try tmux.resize(width: 60, height: 20)
        var screen = try tmux.waitForScreen { $0.count >= 20 && $0[19].contains("size 60x20") }
        XCTAssertEqual(Array(DemoHarness.trimmed(screen).prefix(8)), DemoHarness.firstRows)
        XCTAssertTrue(screen[19].hasPrefix("row 1/6  resized 60x20"), screen[19])
        XCTAssertTrue(screen[19].hasSuffix("#"))
        try tmux.resize(width: 100, height: 30)
        screen = try tmux.waitForScreen { $0.count >= 30 && $0[29].contains("size 100x30") }
        XCTAssertEqual(DisplayWidth.of(screen[29]), 100)
        XCTAssertEqual(Array(DemoHarness.trimmed(screen).prefix(8)), DemoHarness.firstRows)
    }

    func testCtrlLRepaints() throws {
        let tmux = try start()
        try tmux.sendKeys("C-l")
        let screen = try tmux.waitForScreen { $0[23].hasPrefix("row 1/6  repainted") }
        XCTAssertEqual(Array(DemoHarness.trimmed(screen).prefix(8)), DemoHarness.firstRows)
    }

    // MARK: Leaving

    func testQuitExitsZeroAndRestoresTerminal() throws {
        let tmux = try start()
        try tmux.sendKeys("q")
        let screen = try tmux.waitForScreen(joined: true) { DemoHarness.exitStatus($0) != nil && $0.contains { $0.contains("echoctl") } }
        XCTAssertEqual(DemoHarness.exitStatus(screen), 0)
        XCTAssertTrue(DemoHarness.terminalRestored(screen), screen.joined(separator: "\n"))
    }

    func testCtrlCQuitsLikeQ() throws {
        let tmux = try start()
        try tmux.sendKeys("C-c")
        let screen = try tmux.waitForScreen(joined: true) { DemoHarness.exitStatus($0) != nil && $0.contains { $0.contains("echoctl") } }
        XCTAssertEqual(DemoHarness.exitStatus(screen), 0)
        XCTAssertTrue(DemoHarness.terminalRestored(screen))
    }

    func testHangupRestoresTerminal() throws {
        try assertSignalRestoresTerminal(SIGHUP)
    }

    func testTerminateRestoresTerminal() throws {
        try assertSignalRestoresTerminal(SIGTERM)
    }

    func testCrashRestoresTerminal() throws {
        let tmux = try start(arguments: ["--allow-crash"])
        try tmux.sendKeys("X")
        let screen = try tmux.waitForScreen(timeout: 60, joined: true) {
            DemoHarness.exitStatus($0) != nil && $0.contains { $0.contains("echoctl") }
        }
        XCTAssertGreaterThan(DemoHarness.exitStatus(screen) ?? 0, 128, "the demo should die of a signal")
        XCTAssertTrue(DemoHarness.terminalRestored(screen), screen.joined(separator: "\n"))
    }

    private func assertSignalRestoresTerminal(_ signal: Int32, file: StaticString = #filePath, line: UInt = #line) throws {
        let tmux = try start()
        let demo = try XCTUnwrap(childProcess(of: tmux.panePID()), file: file, line: line)
        XCTAssertEqual(kill(demo, signal), 0, file: file, line: line)
        let screen = try tmux.waitForScreen(joined: true, file: file, line: line) {
            DemoHarness.exitStatus($0) != nil && $0.contains { $0.contains("echoctl") }
        }
        XCTAssertEqual(DemoHarness.exitStatus(screen), 128 + Int(signal), file: file, line: line)
        XCTAssertTrue(DemoHarness.terminalRestored(screen), screen.joined(separator: "\n"), file: file, line: line)
    }

    /// The first child of `parent`, from /proc.
    private func childProcess(of parent: pid_t) throws -> pid_t? {
        let children = try String(contentsOfFile: "/proc/\(parent)/task/\(parent)/children", encoding: .utf8)
        return children.split(separator: " ").first.flatMap { pid_t($0) }
    }
}

import Foundation
import TestSupport
import XCTest

/// The real `talks` binary in tmux, driven with send-keys and read with capture-pane, as a person would.
final class BrowserEndToEndTests: XCTestCase {
    private var socket = ""

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else { throw XCTSkip("tmux is not installed") }
        socket = "talks-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    }

    override func tearDown() {
        _ = try? tmux(["kill-server"])
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        // Only capture-pane's output is read: a server that new-session starts would keep a pipe open.
        try Subprocess.run("/usr/bin/tmux", ["-L", socket, "-f", "/dev/null"] + arguments,
                           environment: ProcessInfo.processInfo.environment, capturing: ["capture-pane", "show-buffer"].contains(arguments.first))
    }

    private func start(width: Int, height: Int, term: String, extra: String = "") throws {
        let binary = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent().appendingPathComponent("talks").path
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("talks-e2e-cache").path
        // The exit status is written where the test can read it once the program ends.
        let command = "env TERM=\(term) XDG_CACHE_HOME=\(cache) LANG=C.UTF-8 \(extra) \(binary); echo \"exit=$?\"; sleep 30"
        try tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "sh", "-c", command])
    }

    /// A new folder for one test's cache, with an empty archive folder in it.
    private func temporaryHome() throws -> (home: URL, archive: URL) {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("talks-e2e-\(UUID().uuidString)")
        let archive = home.appendingPathComponent("archive")
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        return (home, archive)
    }

    private func screen() throws -> String { try tmux(["capture-pane", "-p"]) }

    /// Polls the pane until `text` shows, rather than sleeping a fixed time.
    @discardableResult
    private func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            usleep(50_000)
        }
        XCTFail("“\(text)” never showed; the screen was:\n\(last)")
        return last
    }

    private func keys(_ keys: String...) throws { try tmux(["send-keys"] + keys) }

    func testNewcomerFindsLyapunovReadsAbstractAndQuits() throws {
        try start(width: 80, height: 24, term: "xterm-256color")
        try waitFor("Revisiting Glorot")
        try keys("/", "lyap")
        let results = try waitFor("1/2  1 talk · 1 paper")
        XCTAssertTrue(results.contains("Finite-Time Lyapunov"))
        try keys("Enter")
        try keys("Enter")
        try keys("j")
        try waitFor("perturbations")
        try keys("q")
        try keys("q")
        try waitFor("exit=0")
    }

    /// Issue 17: words as people write them, in the real terminal: `lora` finds the QLoRA and
    /// AdaLoRA sessions, and a name one letter off is offered its spelling.
    func testWordFormsAndDidYouMeanInTheBrowser() throws {
        try start(width: 100, height: 30, term: "xterm-256color")
        try waitFor("Revisiting Glorot")
        try keys("/", "lora")
        // The three sessions: QLoRA's, and AdaLoRA's twice (titled without the name).
        let found = try waitFor("1/3 ")
        XCTAssertTrue(found.contains("QLORA"), found)
        XCTAssertTrue(found.contains("Adaptive Budget Allocation"), found)
        try keys("C-u")
        try tmux(["send-keys", "-l", "speaker:muenighoff"])
        try waitFor("did you mean Muennighoff?")
        try keys("Enter")
        try keys("q")
        try waitFor("exit=0")
    }

    /// Issue 14: a pasted arXiv URL finds the session on that paper and the paper itself, together
    /// in the first view, apart in the talks (`K`) and papers (`p`) views.
    func testAPastedArxivURLFindsItsRecordsInBothViews() throws {
        try start(width: 100, height: 30, term: "xterm-256color")
        try waitFor("Revisiting Glorot")
        try keys("/")
        try tmux(["send-keys", "-l", "https://arxiv.org/pdf/1806.07572v3.pdf"])
        let both = try waitFor("1/2  1 talk · 1 paper")
        XCTAssertTrue(both.contains("DLTRG Neural Tangent Kernel") && both.contains("PAPER Neural Tangent Kernel"), both)
        try keys("Enter", "K")
        let talks = try waitFor("1/1  all talks")
        XCTAssertTrue(talks.contains("DLTRG Neural Tangent Kernel"), talks)
        XCTAssertFalse(talks.contains("PAPER") || talks.contains("Revisiting Glorot"), talks)
        try keys("p")
        try waitFor("1/1  papers")
        try waitFor("Convergence and Generalization")
        try keys("Enter")
        let detail = try waitFor("Clément Hongler")
        XCTAssertTrue(detail.contains("arXiv 1806.07572"), detail)
        try keys("q")
        try keys("q")
        try waitFor("exit=0")
    }

    /// Issue 17.5 in the real binary: `s` `s` lists oldest first; `u` goes to the next talk from
    /// the system clock's now, or says none is to come and selects the latest.
    func testOldestFirstAndTheNextTalk() throws {
        try start(width: 100, height: 30, term: "xterm-256color")
        try waitFor("Revisiting Glorot")
        try keys("s", "s")
        _ = try waitFor("· oldest first")
        // The rows come from a search off the run loop, after the status line names the order.
        let oldest = try waitFor("2013-12-20")
        XCTAssertFalse(oldest.contains("Revisiting Glorot"), oldest)
        try keys("u")
        // The archive's latest talk is on 8 June 2026 at 5pm CEST.
        let past = Date() > ISO8601DateFormatter().date(from: "2026-06-08T15:00:00Z")!
        let jumped = try waitFor(past ? "no talk to come; the latest was on 2026-06-08" : "next talk: 2026-")
        // The jump's rows come from a search off the run loop: the message may show before them.
        if past { try waitFor("98/98") } else { XCTAssertFalse(jumped.isEmpty) }
        try keys("q")
        try waitFor("exit=0")
    }

    /// Issue 18.4: `y` `b` Enter copies the BibTeX entry with OSC 52. With tmux's set-clipboard
    /// off the status line says the fix, at 100 columns and at 40; on, tmux keeps it as a buffer.
    func testCopyReachesTmuxsBufferOrSaysTheFix() throws {
        try start(width: 100, height: 30, term: "xterm-256color")
        try waitFor("Revisiting Glorot")
        try tmux(["set", "-s", "set-clipboard", "off"])
        try keys("/")
        try tmux(["send-keys", "-l", "\"neural tangent kernel\" kind:talk"])
        try keys("Enter")
        try waitFor(" 1/1 ")
        try keys("y")
        try waitFor("Copy to your clipboard")
        try keys("b", "Enter")
        try waitFor("tmux dropped the copy (set-clipboard is off): run  tmux set -s set-clipboard on  and copy again")
        try tmux(["resize-window", "-x", "40", "-y", "12"])
        try keys("y", "b", "Enter")
        try waitFor("run: tmux set -s set-clipboard on")
        try tmux(["resize-window", "-x", "100", "-y", "30"])
        try tmux(["set", "-s", "set-clipboard", "on"])
        try keys("y", "b", "Enter")
        try waitFor("copied the BibTeX entry of dltrg-2022-08-03 to a tmux buffer")
        let buffer = try tmux(["show-buffer"])
        XCTAssertTrue(buffer.hasPrefix("@misc{"), buffer)
        XCTAssertTrue(buffer.contains("title = {Neural Tangent Kernel}"), buffer)
        try keys("q")
        try waitFor("exit=0")
    }

    func testResizeStormDownToTinyAndBack() throws {
        try start(width: 100, height: 30, term: "screen-256color")
        try waitFor("Revisiting Glorot")
        for (w, h) in [(60, 15), (20, 5), (10, 3), (130, 40), (35, 9), (80, 24)] {
            try tmux(["resize-window", "-x", "\(w)", "-y", "\(h)"])
        }
        try waitFor("1/98")
        try tmux(["resize-window", "-x", "20", "-y", "5"])
        try waitFor("too small")
        try tmux(["resize-window", "-x", "120", "-y", "30"])
        let wide = try waitFor("│")
        XCTAssertTrue(wide.contains("Revisiting Glorot"))
        try keys("C-c")
        try waitFor("exit=0")
    }

    /// `r` downloads the paper from an arXiv mirror on loopback and shows its text.
    func testReadingAPaperFromALocalMirror() throws {
        guard ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].contains(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("pdftotext (poppler-utils) is not installed")
        }
        let server = try LoopbackServer(routes: ["/pdf/2211.05729": .init(body: FixturePDF.make(text: "Hello talks"))], lifetime: 30)
        defer { server.stop() }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("talks-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home.appendingPathComponent("config/talks"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        try "arxiv_mirror = \"\(server.url(""))\"\n".write(to: home.appendingPathComponent("config/talks/config.toml"), atomically: true, encoding: .utf8)
        try start(width: 80, height: 24, term: "xterm-256color",
                  extra: "XDG_CONFIG_HOME=\(home.path)/config XDG_CACHE_HOME=\(home.path)/cache")
        try waitFor("Revisiting Glorot")
        try keys("/", "sharpness", "Enter")
        // The talk, and the papers with "sharpness" or another form of it ("sharp").
        try waitFor("1/5  1 talk · 4 papers")
        try keys("r")
        let reader = try waitFor("Hello talks")
        XCTAssertTrue(reader.contains("How Does Sharpness-Aware Minimization Minimize Sharpness?"))
        XCTAssertEqual(server.requests.map(\.path), ["/pdf/2211.05729"])
        try keys("q")
        try waitFor("1/5")
        try keys("q")
        try waitFor("exit=0")
    }

    /// A page whose title, speaker, abstract and link carry escape sequences: a window title
    /// (OSC 0/2), a clipboard write (OSC 52), colours and a screen clear (CSI), C1 controls and
    /// bidirectional overrides. None may reach the terminal.
    func testHostileArchiveTextCannotTakeOverTheTerminal() throws {
        let (home, archive) = try temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let esc = "\u{1B}", bel = "\u{07}"
        let page = """
            9. March 2026 @ 5pm CET
            Owned\(esc)]0;PWNED-TITLE\(bel)Title\(esc)]2;PWNED-TWO\(esc)\\ \(esc)[31;1mRED\(esc)[0m\(esc)[2J\u{202E}desrever\u{202C} End
            Mallory\(esc)]52;c;UFdORUQtQ0xJUA==\(bel)Speaker\u{9B}31m, Evil\u{2066}Corp\u{2069}
            Abstract: Text\(esc)[?1049l\(esc)c\u{90}q\u{9C} with \(esc)]8;;https://evil.example\(esc)\\link\(esc)]8;;\(esc)\\ hidden.
            arXiv: https://arxiv.org/abs/2211.05729\(esc)]0;PWNED-LINK\(bel)
            """
        try page.write(to: archive.appendingPathComponent("hostile.txt"), atomically: true, encoding: .utf8)
        try start(width: 100, height: 30, term: "xterm-256color",
                  extra: "TALKS_ARCHIVE=\(archive.path) XDG_CACHE_HOME=\(home.path)/cache TALKS_OPENER= BROWSER= DISPLAY=")
        let list = try waitFor("OwnedTitle")
        try keys("Enter")
        let detail = try waitFor("Text with link hidden.")
        // The link is written around ncurses (OSC 8 on `o`, OSC 52 on `y`): those paths too.
        try keys("o")
        let shown = try waitFor("arxiv.org")
        try tmux(["set", "-s", "set-clipboard", "on"])
        try keys("j", "y", "Enter")  // j: the status line clears, so the refusal shown is the copy's
        try waitFor("refusing to open a link containing control characters")
        for screen in [list, detail, shown] {
            XCTAssertFalse(screen.contains("PWNED"), screen)
            XCTAssertFalse(screen.contains("\u{202E}") || screen.contains("\u{2066}"), "bidirectional overrides are dropped")
        }
        XCTAssertTrue(detail.contains("OwnedTitle REDdesrever End"), detail)
        // No escape sequence of the page's reached the pane: its title, its clipboard and its colours.
        XCTAssertFalse(try tmux(["display-message", "-p", "#{pane_title}"]).contains("PWNED"), "the window title is unchanged")
        XCTAssertFalse((try? tmux(["show-buffer"]))?.contains("PWNED") ?? false, "nothing was copied, though tmux would keep it")
        let styled = try tmux(["capture-pane", "-p", "-e"])
        XCTAssertFalse(styled.contains("RED\u{1B}[0m") || styled.contains("\u{1B}[31;1m"), "the page's colours are not applied")
        try keys("q")
        try keys("q")
        try waitFor("exit=0")
    }

    /// Twenty people start talks on a shared host right after its pages changed: one rebuilds
    /// the index, everyone gets the whole new archive.
    func testTwentyBrowsersStartWhileTheIndexIsRebuilt() throws {
        let (home, archive) = try temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let page = { (word: String) in
            (1...300).map { "\(1 + $0 % 28). March 2026 @ 5pm CET\nTalk \($0) on \(word)\nSpeaker \($0), Somewhere\n" }.joined(separator: "\n")
        }
        try page("networks").write(to: archive.appendingPathComponent("p.txt"), atomically: true, encoding: .utf8)
        let binary = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent().appendingPathComponent("talks").path
        let environment = "env TERM=xterm-256color LANG=C.UTF-8 TALKS_ARCHIVE=\(archive.path) XDG_CACHE_HOME=\(home.path)/cache"
        _ = try Subprocess.run("/bin/sh", ["-c", "\(environment) \(binary) list > /dev/null"], environment: ProcessInfo.processInfo.environment)
        try page("transformers").write(to: archive.appendingPathComponent("p.txt"), atomically: true, encoding: .utf8)
        let command = "\(environment) \(binary); echo \"exit=$?\"; sleep 30"
        try tmux(["new-session", "-d", "-x", "100", "-y", "30", "sh", "-c", command])
        for _ in 1..<20 { try tmux(["new-window", "-d", "sh", "-c", command]) }
        for window in 0..<20 {
            let deadline = Date().addingTimeInterval(30)
            var screen = ""
            while Date() < deadline {
                screen = try tmux(["capture-pane", "-p", "-t", ":\(window)"])
                if screen.contains("/300") { break }
                usleep(100_000)
            }
            XCTAssertTrue(screen.contains("on transformers") && screen.contains("1/300"), "window \(window):\n\(screen)")
            try tmux(["send-keys", "-t", ":\(window)", "q"])
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: home.appendingPathComponent("cache/talks").path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [])
    }

    func testPlainTerminalsAndNoColor() throws {
        try helpRoundTrip(term: "vt100", extra: "NO_COLOR=1")
    }

    func testTmuxTerm() throws {
        try helpRoundTrip(term: "tmux-256color")
    }

    func testLinuxConsoleTerm() throws {
        try helpRoundTrip(term: "linux")
    }

    /// First paint, the help, and a clean quit under one TERM.
    private func helpRoundTrip(term: String, extra: String = "") throws {
        try start(width: 80, height: 24, term: term, extra: extra)
        try waitFor("Revisiting Glorot")
        try keys("?")
        try waitFor("search as you type")
        try keys("x")
        try waitFor("1/98")
        try keys("q")
        try waitFor("exit=0")
    }
}

/// Scrolling with the terminal's scroll regions (ncurses' idlok optimisation) is where terminals
/// garble: after scrolling the list and a long detail past the screen and back, the pane must be
/// exactly what a full repaint (Ctrl-L) draws, characters and attributes alike.
final class ScrollingEndToEndTests: XCTestCase {
    private var tmux: TmuxSession?

    override func tearDown() { tmux?.close() }

    private func start(term: String) throws -> TmuxSession {
        let binary = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent().appendingPathComponent("talks").path
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("talks-e2e-cache").path
        let session = try TmuxSession(["env", "TERM=\(term)", "XDG_CACHE_HOME=\(cache)", "LANG=C.UTF-8", binary], width: 80, height: 24)
        tmux = session
        try session.waitForScreen { $0.joined().contains("Revisiting Glorot") }
        return session
    }

    /// Presses `key` `times` times, waits for the screen to be `ready`, and checks the pane
    /// against a full repaint.
    private func scroll(_ tmux: TmuxSession, _ key: String, times: Int, until ready: @escaping ([String]) -> Bool,
                        file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        for _ in 0..<times { try tmux.sendKeys(key) }
        try tmux.waitForScreen(file: file, line: line, ready)
        usleep(200_000)
        let scrolled = try tmux.capture(escapes: true)
        try tmux.sendKeys("C-l")
        usleep(400_000)
        let repainted = try tmux.capture(escapes: true)
        XCTAssertEqual(Self.visible(scrolled), Self.visible(repainted), "scrolling left the screen different from a full repaint",
                       file: file, line: line)
        return try tmux.capture()
    }

    /// What a person sees in a `capture-pane -e` screen: each row's characters, each with the SGR
    /// parameters in force (tmux carries them across rows), blanks without reverse video as plain.
    /// Blank cells' invisible attributes (where tmux puts its resets) do not count.
    static func visible(_ rows: [String]) -> [[String]] {
        var sgr: [String] = []
        return rows.map { row in
            var cells: [String] = []
            var scalars = row.unicodeScalars[...]
            while let c = scalars.popFirst() {
                if c == "\u{1B}", scalars.first == "[" {
                    scalars.removeFirst()
                    var parameters = ""
                    while let p = scalars.popFirst(), p != "m" { parameters.unicodeScalars.append(p) }
                    for p in parameters.split(separator: ";", omittingEmptySubsequences: false).map(String.init) {
                        if p == "0" || p.isEmpty { sgr = [] } else { sgr.append(p) }
                    }
                    continue
                }
                let shown = c == " " && !sgr.contains("7") ? [] : sgr
                cells.append("\(Character(c))\(shown.joined(separator: ","))")
            }
            while cells.last == " " { cells.removeLast() }
            return cells
        }
    }

    private func listScrollsCleanly(term: String) throws {
        let tmux = try start(term: term)
        let titles = try Subprocess.run(URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent().appendingPathComponent("talks").path,
                                        ["list"], environment: ProcessInfo.processInfo.environment.merging(
                                            ["XDG_CACHE_HOME": FileManager.default.temporaryDirectory.appendingPathComponent("talks-e2e-cache").path]) { $1 },
                                        capturing: true)
            .split(separator: "\n").map { line in String(line.split(separator: " ", maxSplits: 1).last ?? "").trimmingCharacters(in: .whitespaces) }
        // Down past the bottom of the 22-row list: the selection is on its last row.
        // `talks list` lists the talks: so does the browser after `K`.
        try tmux.sendKeys("K")
        try tmux.waitForScreen { $0.count > 23 && $0[23].contains("1/47  all talks") }
        let down = try scroll(tmux, "j", times: 30, until: { $0.count > 23 && $0[23].contains("31/47") })
        XCTAssertTrue(down[21].contains(String(titles[30].prefix(25))), "row 22 shows talk 31:\n\(down.joined(separator: "\n"))")
        XCTAssertTrue(down[0].contains(String(titles[9].prefix(25))), "row 1 shows talk 10:\n\(down.joined(separator: "\n"))")
        // Back up past the top: the list scrolls the other way.
        let up = try scroll(tmux, "k", times: 25, until: { $0.count > 23 && $0[23].contains(" 6/47") })
        XCTAssertTrue(up[0].contains(String(titles[5].prefix(25))), "row 1 shows talk 6:\n\(up.joined(separator: "\n"))")
        // The second talk's detail is longer than the screen: scroll it to the end and back.
        try tmux.sendKeys("g")
        try tmux.sendKeys("j")
        try tmux.sendKeys("Enter")
        try tmux.waitForScreen { $0[0].contains("Panza: Design") && $0[21].contains("j/k scroll") }
        let end = try scroll(tmux, "j", times: 30, until: { $0.count > 21 && $0[21].hasSuffix("end") })
        XCTAssertFalse(end.joined().contains("Panza: Design"), "the title scrolled away")
        let top = try scroll(tmux, "k", times: 30, until: { $0[0].contains("Panza: Design") })
        XCTAssertTrue(top[0].contains("Panza: Design"), top.joined(separator: "\n"))
        try tmux.sendKeys("q")
        try tmux.sendKeys("q")
    }

    func testListAndDetailScrollCleanlyInXterm() throws { try listScrollsCleanly(term: "xterm-256color") }

    func testListAndDetailScrollCleanlyOnAVT100() throws { try listScrollsCleanly(term: "vt100") }

    func testListAndDetailScrollCleanlyOnTheLinuxConsole() throws { try listScrollsCleanly(term: "linux") }
}

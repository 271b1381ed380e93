import Foundation
import XCTest

/// Ctrl-Z under a job-control shell: the terminal is restored while stopped and repainted after `fg`.
final class JobControlTests: XCTestCase {
    func testCtrlZStopsWithTerminalRestoredAndFgRepaints() throws {
        // An interactive POSIX sh (dash) has job control but, unlike bash, does not repair the tty.
        let tmux = try TmuxSession(["env", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "TERM=xterm-256color", "PS1=$ ", "ENV=", "sh"])
        defer { tmux.close() }
        try tmux.waitForScreen { $0.contains { $0.hasPrefix("$") } }
        // Typed through a short link of fixed length: with the demo's own path at exactly 61
        // characters (clones at /tmp/cl2, /tmp/cl3; not at 59 or 62) the demo never came back after
        // dash's `fg`, whose job line then wraps; the same binary run by another path resumes.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jc-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let demo = folder.appendingPathComponent("demo").path
        try FileManager.default.createSymbolicLink(atPath: demo, withDestinationPath: try DemoHarness.demoPath())
        try tmux.sendKeys(demo, literal: true)
        try tmux.sendKeys("Enter")
        try tmux.waitForScreen { $0.first?.hasPrefix("terminal-demo") == true }
        try tmux.sendKeys("j")
        try tmux.waitForScreen { $0[23].hasPrefix("row 2/6") }

        try tmux.sendKeys("C-z")
        try tmux.waitForScreen { $0.contains { $0.contains("Stopped") } }
        try tmux.sendKeys("stty -a; echo stty-done", literal: true)
        try tmux.sendKeys("Enter")
        let stopped = try tmux.waitForScreen(joined: true) { $0.contains("stty-done") }
        XCTAssertTrue(DemoHarness.terminalRestored(stopped), stopped.joined(separator: "\n"))

        try tmux.sendKeys("fg", literal: true)
        try tmux.sendKeys("Enter")
        let resumed = try tmux.waitForScreen { $0[23].hasPrefix("row 2/6  continued") }
        XCTAssertEqual(DemoHarness.trimmed(resumed)[0], DemoHarness.firstRows[0])
        XCTAssertTrue(resumed[3].hasPrefix("> Gödel"))
        XCTAssertEqual(DemoHarness.trimmed(resumed)[4], DemoHarness.firstRows[4])

        try tmux.sendKeys("q")
        try tmux.waitForScreen { $0.contains { $0.hasPrefix("$") } && !$0.contains { $0.hasPrefix("terminal-demo") } }
    }
}

import Foundation
import TestSupport
import XCTest

/// The paper reader's text extraction, cancelled for real by Esc and by quitting (issue 15,
/// finding 4): a stand-in pdftotext that never ends, on the browser's PATH, in tmux.
final class ReaderCancelEndToEndTests: XCTestCase {
    private func alive(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        let state = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        return !state.contains(") Z ")
    }

    /// Waits until `file` holds a pid other than `previous`.
    private func pid(in file: URL, other previous: pid_t = 0) throws -> pid_t {
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            if let text = try? String(contentsOf: file, encoding: .utf8),
               let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid != previous { return pid }
            usleep(20_000)
        }
        XCTFail("the stand-in pdftotext never started")
        return 0
    }

    private func ends(_ pid: pid_t, within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while alive(pid) && Date() < deadline { usleep(20_000) }
        return !alive(pid)
    }

    func testEscAndQuittingEndTheExtraction() throws {
        let server = try LoopbackServer(routes: ["/pdf/2211.05729": .init(body: FixturePDF.make(text: "Hello talks"))], lifetime: 60)
        defer { server.stop() }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("talks-reader-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let bin = home.appendingPathComponent("bin"), pidFile = home.appendingPathComponent("pdftotext.pid")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: home.appendingPathComponent("config/talks"), withIntermediateDirectories: true)
        try "#!/bin/sh\necho $$ > '\(pidFile.path)'\nexec sleep 60\n".write(to: bin.appendingPathComponent("pdftotext"), atomically: true, encoding: .utf8)
        chmod(bin.appendingPathComponent("pdftotext").path, 0o755)
        try "arxiv_mirror = \"\(server.url(""))\"\n".write(to: home.appendingPathComponent("config/talks/config.toml"), atomically: true, encoding: .utf8)
        let binary = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent().appendingPathComponent("talks").path
        let tmux = try TmuxSession(["env", "TERM=xterm-256color", "LANG=C.UTF-8", "PATH=\(bin.path):/usr/bin:/bin",
                                    "XDG_CONFIG_HOME=\(home.path)/config", "XDG_CACHE_HOME=\(home.path)/cache", binary])
        defer { tmux.close() }
        try tmux.waitForScreen { $0.joined().contains("Revisiting Glorot") }
        try tmux.sendKeys("/", "sharpness kind:talk", "Enter")
        try tmux.waitForScreen { $0.joined().contains("1/1") }

        // Esc while the text is being extracted ends pdftotext
        try tmux.sendKeys("r")
        let first = try pid(in: pidFile)
        try tmux.sendKeys("Escape")
        XCTAssertTrue(ends(first, within: 5), "Esc left pdftotext running")

        // Quitting while it runs ends it too
        try tmux.sendKeys("r")
        let second = try pid(in: pidFile, other: first)
        try tmux.sendKeys("q")
        XCTAssertTrue(ends(second, within: 5), "quitting left pdftotext running")
    }
}

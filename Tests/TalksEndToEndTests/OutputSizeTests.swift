import Foundation
import XCTest

/// Measures the bytes the demo writes to the terminal for one selection move, against a full repaint.
///
/// Not a timing test: byte counts are deterministic for a given ncurses and terminfo entry.
final class OutputSizeTests: XCTestCase {
    func testSelectionMoveWritesAFractionOfAFullRepaint() throws {
        let tmux = try DemoHarness.start()
        defer { tmux.close() }
        let moveBytes = try bytesWritten(tmux, keys: "j") { $0[23].hasPrefix("row 2/6") }
        let repaintBytes = try bytesWritten(tmux, keys: "C-l") { $0[23].hasPrefix("row 2/6  repainted") }
        print("terminal-demo bytes written: one selection move \(moveBytes), full repaint (Ctrl-L) \(repaintBytes)")
        XCTAssertGreaterThan(moveBytes, 0)
        XCTAssertLessThan(moveBytes * 2, repaintBytes, "a move should rewrite only the two rows and the footer")
    }

    /// Bytes the pane's program writes between sending `keys` and the screen meeting `done`.
    private func bytesWritten(_ tmux: TmuxSession, keys: String, until done: ([String]) -> Bool) throws -> Int {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("terminal-demo-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        try tmux.pipeOutput(to: path)
        try tmux.sendKeys(keys)
        try tmux.waitForScreen(done)
        let size = try settledSize(of: path)
        try tmux.pipeOutput(to: nil)
        return size
    }

    /// The file's size once it has stopped growing for 200 ms (tmux copies output asynchronously).
    private func settledSize(of path: String) throws -> Int {
        var last = -1, stableSince = Date()
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            if size != last { last = size; stableSince = Date() }
            if size > 0 && Date().timeIntervalSince(stableSince) > 0.2 { return size }
            usleep(20_000)
        }
        return last
    }
}

import Foundation
import XCTest

/// Marks in the real binary in tmux: star and note a talk, quit, come back, find it with
/// `is:starred`; the marks are in the data folder, not the cache.
final class MarksEndToEndTests: XCTestCase {
    private var session: TmuxSession?
    private var folder: URL!

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else { throw XCTSkip("tmux is not installed") }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("talks-e2e-marks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        session?.close()
        try? FileManager.default.removeItem(at: folder)
    }

    private var binary: String {
        URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent().appendingPathComponent("talks").path
    }

    /// The browser with its own data folder and cache (a new cache each time: the marks must not live there).
    private func browse(cache: String, editor: String = "vi", data: String = "data") throws -> TmuxSession {
        try TmuxSession(["env", "TERM=xterm-256color", "LANG=C.UTF-8", "XDG_DATA_HOME=\(folder.appendingPathComponent(data).path)",
                         "XDG_CACHE_HOME=\(folder.appendingPathComponent(cache).path)", "VISUAL=", "EDITOR=\(editor)", binary],
                        width: 80, height: 24)
    }

    func testMarkNoteQuitAndFindItAgainWithIsStarred() throws {
        let first = try browse(cache: "cache-1")
        session = first
        try first.waitForScreen(timeout: 40) { $0.contains { $0.contains("Revisiting Glorot") } }
        // Star the second talk and write a note on it.
        try first.sendKeys("j", "*")
        try first.waitForScreen { $0.contains { $0.contains("2026-05-25 ELLIS *   Panza") } }
        try first.sendKeys("e")
        try first.sendKeys("ask about the FPGA", literal: true)
        try first.waitForScreen { $0.contains { $0.hasPrefix("note: ask about the FPGA") } }
        try first.sendKeys("Enter")
        try first.waitForScreen { $0.contains { $0.contains("2026-05-25 ELLIS * n Panza") } }
        try first.sendKeys("q")
        first.close()

        // A new session with an empty cache: the index is rebuilt, the marks are still there.
        let second = try browse(cache: "cache-2")
        session = second
        try second.waitForScreen(timeout: 40) { $0.contains { $0.contains("2026-05-25 ELLIS * n Panza") } }
        try second.sendKeys("/")
        try second.sendKeys("is:starred", literal: true)
        let found = try second.waitForScreen { $0.contains { $0.contains("1/1") } }
        XCTAssertTrue(found.contains { $0.contains("2026-05-25 ELLIS * n Panza") }, found.joined(separator: "\n"))
        XCTAssertFalse(found.contains { $0.contains("Revisiting Glorot") }, "only the starred talk")
        try second.sendKeys("Enter", "Enter")
        try second.waitForScreen { $0.contains { $0.contains("Note: ask about the FPGA") } }
        let store = folder.appendingPathComponent("data/talks/marks.sqlite").path
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: store)[.posixPermissions] as? Int, 0o600)
    }

    /// `E`: the editor runs on the terminal (no shell: its words are split, the file is one
    /// argument), and what it wrote is the note.
    func testTheEditorWritesANoteOfSeveralLines() throws {
        let script = folder.appendingPathComponent("editor.sh")
        try Data("#!/bin/sh\nprintf 'written in the editor\\nsecond line; $(not run)\\n' > \"$2\"\n".utf8).write(to: script)
        chmod(script.path, 0o755)
        // "$1" is the word after the program in EDITOR, "$2" the note's file.
        let browser = try browse(cache: "cache", editor: "\(script.path) --flag")
        session = browser
        try browser.waitForScreen(timeout: 40) { $0.contains { $0.contains("Revisiting Glorot") } }
        try browser.sendKeys("E")
        try browser.waitForScreen { $0.contains { $0.contains("2026-06-08 ELLIS   n Revisiting") } }
        try browser.sendKeys("Tab")
        let detail = try browser.waitForScreen { $0.contains { $0.contains("second line; $(not run)") } }
        XCTAssertTrue(detail.contains { $0.contains("Note: written in the editor") }, detail.joined(separator: "\n"))
    }

    /// A data folder that cannot be made does not keep anyone from browsing: marks then last the
    /// session, and the status line says why.
    func testAnUnusableDataFolderLeavesMarksForTheSession() throws {
        try Data("x".utf8).write(to: folder.appendingPathComponent("blocker"))
        let browser = try browse(cache: "cache", data: "blocker/data")
        session = browser
        try browser.waitForScreen(timeout: 40) { $0.contains { $0.hasPrefix("cannot create ") } }
        try browser.sendKeys("*")
        try browser.waitForScreen { $0.contains { $0.contains("2026-06-08 ELLIS *   Revisiting") } }
    }
}

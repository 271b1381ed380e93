import BrowserRuntime
import Foundation
import PersonalState
import ScreenModel
import TalkArchive
import TalkSettings
import XCTest
@testable import TalksUI

/// Marks in the browser, through the real run loop and a real store: the keys, the note and tag
/// line, the editor, the list's flags, the detail, and queries on marks.
final class MarksBrowserTests: XCTestCase {
    /// The first row's id, and the row as shown.
    private func firstID(_ browser: TestBrowser) -> String { browser.state.results.hit(at: 0)!.record.id }

    func testKeysMarkTheSelectedRecordInTheStoreAndTheList() throws {
        let browser = TestBrowser()
        let id = firstID(browser)
        XCTAssertFalse(browser.screen[0].hasPrefix("•2026-06-08 ELLIS *"), "no column before anything is marked")
        browser.type("*")
        XCTAssertEqual(try browser.marks.marks(of: id), RecordMarks(starred: true))
        XCTAssertTrue(browser.screen[0].hasPrefix("•2026-06-08 ELLIS *   Revisiting"), browser.screen[0])
        XCTAssertTrue(browser.screen[1].hasPrefix("•2026-05-25 ELLIS     Panza"), "an unmarked row keeps the column blank: \(browser.screen[1])")
        XCTAssertTrue(browser.screen[22].hasPrefix("marked starred"), browser.screen[22])
        browser.type("w")
        browser.type("x")
        XCTAssertEqual(try browser.marks.marks(of: id), RecordMarks(starred: true, seen: true), "seen takes it off the list to watch")
        browser.type("*x")
        XCTAssertEqual(try browser.marks.allMarks(), [:])
        XCTAssertFalse(browser.screen[0].contains("*"), "the column goes with the last mark")
    }

    func testTheNoteLineWritesSavesAndCancels() throws {
        let browser = TestBrowser()
        let id = firstID(browser)
        browser.type("e")
        XCTAssertEqual(Reducer.keyPane(browser.state), .markLine)
        browser.type("ask about glorot wrong")
        browser.type(.ctrl("w"), .backspace)
        browser.type(" init")
        XCTAssertTrue(browser.screen[22].hasPrefix("note: ask about glorot init"), browser.screen[22])
        XCTAssertTrue(browser.screen[23].contains("Enter save"), browser.screen[23])
        browser.type(.enter)
        XCTAssertNil(browser.state.markLine)
        XCTAssertEqual(try browser.marks.marks(of: id).note, "ask about glorot init")
        XCTAssertTrue(browser.screen[0].contains("  n "), "the note's flag: \(browser.screen[0])")
        // Esc leaves the note as it was; the line starts from the note.
        browser.type("e")
        XCTAssertEqual(browser.state.markLine?.text, "ask about glorot init")
        browser.type(.ctrl("u"))
        browser.type("gone")
        browser.type(.escape)
        XCTAssertEqual(try browser.marks.marks(of: id).note, "ask about glorot init")
        // Searching notes finds it.
        browser.type("/note:glorot")
        browser.type(.enter)
        XCTAssertEqual(browser.state.results.total, 1)
    }

    func testTheTagLineChecksEveryTag() throws {
        let browser = TestBrowser()
        let id = firstID(browser)
        browser.type("+")
        browser.type("RL init;bad")
        browser.type(.enter)
        XCTAssertNotNil(browser.state.markLine, "a bad tag keeps the line open")
        XCTAssertTrue(browser.screen[22].contains("“init;bad” is not a tag name"), browser.screen[22])
        browser.type(.ctrl("w"))
        browser.type("init")
        browser.type(.enter)
        XCTAssertEqual(try browser.marks.marks(of: id).tags, ["init", "rl"])
        browser.type("+")
        XCTAssertEqual(browser.state.markLine?.text, "init rl")
        browser.type(.ctrl("u"), .enter)
        XCTAssertEqual(try browser.marks.allMarks(), [:], "an empty tag line takes every tag off")
    }

    func testAListOfMarkedRecordsFollowsTheMarks() {
        let browser = TestBrowser()
        browser.type("*j*j*")
        browser.type("/is:starred")
        browser.type(.enter)
        XCTAssertEqual(browser.state.results.total, 3)
        browser.type("*")
        XCTAssertEqual(browser.state.results.total, 2, "unstarred: it leaves the list at once")
        browser.type("/")
        browser.type(.ctrl("u"))
        browser.type("is:starred -series:ellis")
        browser.type(.enter)
        XCTAssertEqual(browser.state.results.total, 0)
    }

    func testMarksFromAnEarlierSessionShow() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("talks-ui-marks-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try MarkStore.open(folder: folder).change("ellis-2026-05-11", .toWatch(true))
        let browser = TestBrowser(marks: try MarkStore.open(folder: folder))
        XCTAssertTrue(browser.screen[2].hasPrefix("•2026-05-11 ELLIS  w  Finite-Time"), browser.screen[2])
        browser.type("/is:towatch")
        browser.type(.enter)
        XCTAssertEqual(browser.state.results.hit(at: 0)?.record.id, "ellis-2026-05-11")
    }

    func testTheDetailShowsMarksAndTheNote() throws {
        let browser = TestBrowser(width: 100, height: 30)
        browser.type("*")
        browser.type("+")
        browser.type("init")
        browser.type(.enter)
        browser.type("e")
        browser.type("read §3 first")
        browser.type(.enter)
        browser.type(.enter)
        let screen = browser.screen.joined(separator: "\n")
        XCTAssertTrue(screen.contains(" starred · #init "), screen)
        XCTAssertTrue(screen.contains("Note: read §3 first"), screen)
    }

    func testANoteOfSeveralLinesGoesToTheEditor() throws {
        let browser = TestBrowser()
        let id = firstID(browser)
        browser.editor.result = .success("line one\nline two\n")
        browser.type("E")
        XCTAssertEqual(browser.editor.given, [nil])
        XCTAssertEqual(try browser.marks.marks(of: id).note, "line one\nline two")
        browser.type("e")
        XCTAssertNil(browser.state.markLine)
        XCTAssertTrue(browser.screen[22].hasPrefix("this note has several lines; E edits it in $EDITOR"), browser.screen[22])
        browser.editor.result = .failure(NoteEditingError("vim exited with status 1; the note is as it was"))
        browser.type("E")
        XCTAssertEqual(browser.editor.given, [nil, "line one\nline two"])
        XCTAssertEqual(try browser.marks.marks(of: id).note, "line one\nline two")
        XCTAssertTrue(browser.screen[22].hasPrefix("vim exited with status 1"), browser.screen[22])
    }

    func testKioskModeMarksForTheSessionAndRunsNoEditor() throws {
        let browser = TestBrowser(policy: .kiosk)
        browser.type("*")
        XCTAssertEqual(try browser.marks.marks(of: firstID(browser)), RecordMarks(starred: true))
        browser.type("E")
        XCTAssertEqual(browser.editor.given, [])
        XCTAssertTrue(browser.screen[22].hasPrefix(KioskPolicy.refusalMessage), browser.screen[22])
        XCTAssertTrue(HelpOverlay.lines(browser.state.keymap, browser.state.policy).contains { $0 == ("*", "star or unstar — kept for this session only") })
    }

    func testMarkKeysCanBeRebound() throws {
        let config = try ConfigFile(path: "config.toml", text: "[keys]\ntoggle_star = \"S\"\nedit_tags = \"T\"\n")
        let keymap = try BrowserSettings.keymap(config.keyBindings)
        let browser = TestBrowser { $0.keymap = keymap }
        browser.type("*")
        XCTAssertEqual(try browser.marks.allMarks(), [:], "* left toggle_star")
        browser.type("S")
        XCTAssertTrue(try browser.marks.marks(of: firstID(browser)).starred)
        browser.type("T")
        XCTAssertEqual(Reducer.keyPane(browser.state), .markLine)
    }

    /// A note is text anyone's export may have carried: it never reaches the terminal raw.
    func testAHostileNoteIsShownWithoutItsControls() throws {
        let store = try MarkStore.inMemory()
        try store.change("ellis-2026-06-08", .note("\u{1b}]52;c;cm0gLXJmIH4=\u{07}evil\u{1b}[2J \u{202e}reversed"))
        let browser = TestBrowser(width: 100, height: 30, marks: store)
        browser.type(.enter)
        let screen = browser.screen.joined(separator: "\n")
        XCTAssertTrue(screen.contains("Note: "), screen)
        XCTAssertFalse(screen.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0 == "\u{202e}" }, screen)
    }

    func testTheStoreOpensAfterTheFirstPaint() {
        let backend = MemoryBackend(width: 80, height: 24)
        let seen = ScreenAtOpening()
        let marks = DeferredMarkStore(fallingBackToMemory: false) {
            seen.lines = backend.screen.lines
            return try MarkStore.inMemory()
        }
        let state = AppState(width: 80, height: 24, today: Day(iso: "2026-04-15")!)
        let runtime = BrowserRuntime(state: state, backend: backend, index: TestBrowser.archive, downloads: RecordingDownloads(),
                                     links: RecordingLinks(), marks: marks)
        runtime.start()
        XCTAssertTrue(seen.lines.first?.contains("Revisiting Glorot") == true, "the list was on the screen before the store opened")
    }

    func testAStoreThatCannotOpenLeavesMarksForTheSessionAndSaysWhy() throws {
        struct Unwritable: Error, CustomStringConvertible { var description: String { "cannot create /nowhere/talks" } }
        let backend = MemoryBackend(width: 80, height: 24)
        let runtime = BrowserRuntime(state: AppState(width: 80, height: 24, today: Day(iso: "2026-04-15")!), backend: backend,
                                     index: TestBrowser.archive, downloads: RecordingDownloads(), links: RecordingLinks(),
                                     marks: DeferredMarkStore(fallingBackToMemory: true) { throw Unwritable() })
        runtime.start()
        XCTAssertEqual(backend.screen.lines[22].trimmingCharacters(in: .whitespaces),
                       "cannot create /nowhere/talks; marks are kept for this session only")
        backend.events = [.key(.char("*"))]
        runtime.runUntilIdle()
        XCTAssertTrue(backend.screen.lines[0].contains("ELLIS *   Revisiting"), backend.screen.lines[0])
    }
}

private final class ScreenAtOpening: @unchecked Sendable {
    var lines: [String] = []
}

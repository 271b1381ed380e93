import ScreenModel
import TalkArchive
import TalkSettings
import XCTest
@testable import TalksUI

/// Whole screens, as the run loop painted them on a terminal in memory, compared as text with
/// files in Snapshots/. Re-record on purpose with RECORD_SNAPSHOTS=1 swift test --filter ScreenSnapshotTests.
final class ScreenSnapshotTests: XCTestCase {
    private func assertSnapshot(_ browser: TestBrowser, named name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let text = browser.screen.joined(separator: "\n") + "\n"
        let url = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().appendingPathComponent("Snapshots/\(name).txt")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(text, expected, "screen \(name) changed; if on purpose, re-record with RECORD_SNAPSHOTS=1", file: file, line: line)
    }

    func testListAt80x24() throws {
        try assertSnapshot(TestBrowser(width: 80, height: 24), named: "list-80x24")
    }

    func testListWithThePreviewOnAt80x24() throws {
        let browser = TestBrowser(width: 80, height: 24)
        browser.type("v")
        try assertSnapshot(browser, named: "list-preview-80x24")
    }

    func testSearchInProgressAt100x30() throws {
        let browser = TestBrowser(width: 100, height: 30)
        browser.type("/neural tang")
        try assertSnapshot(browser, named: "search-100x30")
    }

    func testSideBySideDetailAt160x48() throws {
        let browser = TestBrowser(width: 160, height: 48)
        browser.type("/kernel")
        browser.type(.enter)
        try assertSnapshot(browser, named: "detail-160x48")
    }

    /// Issue 17.4: the five CSC2541 lectures and the three parts of Toy Models of Superposition
    /// share long starts; at 80 and at 160 columns (list beside the preview) every row still
    /// shows the part that differs.
    func testTitlesSharingALongStartStayApart() throws {
        for (width, height) in [(80, 24), (160, 48)] {
            let browser = TestBrowser(width: width, height: height)
            browser.type("/CSC2541 OR \"toy models of superposition\"")
            browser.type(.enter)
            // The selection follows a record across the searches typed on the way, and which of those
            // run depends on timing (stale ones are skipped): start from the top for a fixed picture.
            browser.type("g")
            XCTAssertEqual(browser.state.results.total, 8)
            let rows = browser.screen.prefix(8).map { row in
                // The list's part of the row (left of the preview's border), from the title on.
                String((row.split(separator: "│").first ?? "").dropFirst(18)).trimmingCharacters(in: .whitespaces)
            }
            XCTAssertEqual(Set(rows).count, 8, "\(width) columns:\n" + rows.joined(separator: "\n"))
            for n in 1...5 { XCTAssertEqual(rows.filter { $0.contains("Lecture \(n)") }.count, 1, "\(width): lecture \(n)") }
            for part in ["1,2", "4,5", "7,8"] { XCTAssertEqual(rows.filter { $0.contains("Section \(part)") }.count, 1, "\(width): \(part)") }
            try assertSnapshot(browser, named: "shared-titles-\(width)x\(height)")
        }
    }

    func testHelpAt80x24() throws {
        let browser = TestBrowser()
        browser.type("?")
        try assertSnapshot(browser, named: "help-80x24")
    }

    func testKioskHelpAt80x24() throws {
        let browser = TestBrowser(policy: .kiosk)
        browser.type("?")
        try assertSnapshot(browser, named: "help-kiosk-80x24")
    }

    func testTooSmall() throws {
        try assertSnapshot(TestBrowser(width: 20, height: 5), named: "too-small-20x5")
    }

    func testWideCharactersAndLongTitlesKeepColumns() throws {
        let page = "1. March 2026 @ 5pm CET\n量子 Gödel 😀 " + String(repeating: "very long title ", count: 20) + "\nKurt Gödel, Universität Wien\n"
        let index = try ArchiveIndex.inMemory(Archive.build(pages: [("p.txt", Data(page.utf8))]))
        let browser = TestBrowser(index: index) { $0.today = Day(iso: "2026-01-01")! }
        let frame = browser.backend.screen
        XCTAssertTrue(frame.row(0).hasPrefix("•2026-03-01 ELLIS 量子 Gödel 😀 very long"), frame.row(0))
        XCTAssertTrue(frame.row(0).hasSuffix("Kurt Gödel          "), frame.row(0))
    }
}

/// The column of marks and the note line, at 80×24 and narrow.
final class MarkSnapshotTests: XCTestCase {
    /// Marks on the first four rows: a star; seen; to watch with a note; tags.
    private func marked(width: Int, height: Int) -> TestBrowser {
        let browser = TestBrowser(width: width, height: height)
        browser.type("*jxjwe")
        browser.type("ask about the spectrum")
        browser.type(.enter, .char("j"), .char("+"))
        browser.type("init rl")
        browser.type(.enter)
        return browser
    }

    private func assertSnapshot(_ browser: TestBrowser, named name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let text = browser.screen.joined(separator: "\n") + "\n"
        let url = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().appendingPathComponent("Snapshots/\(name).txt")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        XCTAssertEqual(text, try String(contentsOf: url, encoding: .utf8), "screen \(name) changed; if on purpose, re-record with RECORD_SNAPSHOTS=1", file: file, line: line)
    }

    func testMarkedListAt80x24() throws {
        try assertSnapshot(marked(width: 80, height: 24), named: "marks-80x24")
    }

    func testMarkedListAt44x14() throws {
        try assertSnapshot(marked(width: 44, height: 14), named: "marks-44x14")
    }

    func testNoteLineAt80x24() throws {
        let browser = marked(width: 80, height: 24)
        browser.type("ke")
        browser.type(.ctrl("w"))
        browser.type("Lyapunov spectrum")
        try assertSnapshot(browser, named: "note-line-80x24")
    }
}

import ScreenModel
import TalkArchive
import XCTest
@testable import TalksUI

/// Whole screens rendered as text and compared with files in Snapshots/.
/// Re-record on purpose with RECORD_SNAPSHOTS=1 swift test --filter ScreenSnapshotTests.
final class ScreenSnapshotTests: XCTestCase {
    private func assertSnapshot(_ state: AppState, named name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let related = state.selected?.record.related.compactMap { try? ReducerTests.index.record(id: $0) } ?? []
        let text = Screen.render(state, related: related).0.lines.joined(separator: "\n") + "\n"
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
        try assertSnapshot(ReducerTests.started(width: 80, height: 24), named: "list-80x24")
    }

    func testListWithThePreviewOnAt80x24() throws {
        var state = ReducerTests.started(width: 80, height: 24)
        ReducerTests.type(&state, [.char("v")])
        try assertSnapshot(state, named: "list-preview-80x24")
    }

    func testSearchInProgressAt100x30() throws {
        var state = ReducerTests.started(width: 100, height: 30)
        ReducerTests.type(&state, [.char("/")] + ReducerTests.chars("neural tang"))
        try assertSnapshot(state, named: "search-100x30")
    }

    func testSideBySideDetailAt160x48() throws {
        var state = ReducerTests.started(width: 160, height: 48)
        ReducerTests.type(&state, [.char("/")] + ReducerTests.chars("kernel") + [.enter])
        try assertSnapshot(state, named: "detail-160x48")
    }

    func testHelpAt80x24() throws {
        var state = ReducerTests.started()
        ReducerTests.type(&state, [.char("?")])
        try assertSnapshot(state, named: "help-80x24")
    }

    func testKioskHelpAt80x24() throws {
        var state = ReducerTests.started(policy: .kiosk)
        ReducerTests.type(&state, [.char("?")])
        try assertSnapshot(state, named: "help-kiosk-80x24")
    }

    func testTooSmall() throws {
        try assertSnapshot(ReducerTests.started(width: 20, height: 5), named: "too-small-20x5")
    }

    func testWideCharactersAndLongTitlesKeepColumns() throws {
        let page = "1. March 2026 @ 5pm CET\n量子 Gödel 😀 " + String(repeating: "very long title ", count: 20) + "\nKurt Gödel, Universität Wien\n"
        let index = try ArchiveIndex.inMemory(Archive.build(pages: [("p.txt", Data(page.utf8))]))
        var state = AppState(width: 80, height: 24, today: Day(iso: "2026-01-01")!)
        state.viewerTimeZone = TimeZone(identifier: "UTC")!
        _ = Reducer.reduce(&state, ReducerTests.outcome(of: Reducer.search(state), index: index))
        let frame = Screen.render(state, related: []).0
        XCTAssertTrue(frame.row(0).hasPrefix("•2026-03-01 ELLIS 量子 Gödel 😀 very long"), frame.row(0))
        XCTAssertTrue(frame.row(0).hasSuffix("Kurt Gödel          "), frame.row(0))
    }
}

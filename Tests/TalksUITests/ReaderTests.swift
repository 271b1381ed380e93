import ScreenModel
import TalkArchive
import XCTest
@testable import TalksUI

/// Reading a paper in the terminal: the download's progress, the reader's keys and its search.
final class ReaderTests: XCTestCase {
    private let text = (1...200).map { "line \($0) of the paper" }.joined(separator: "\n") + "\nthe Neural Tangent Kernel appears here\n\u{0C}page two"

    func testReadStartsADownloadThatEscCancels() {
        var state = ReducerTests.started()
        let effects = Reducer.reduce(&state, .key(.char("r")))
        XCTAssertEqual(effects, [.readPaper(recordID: "ellis-2026-06-08")])
        XCTAssertNotNil(state.download)
        _ = Reducer.reduce(&state, .downloadProgress(DownloadProgress(recordID: "ellis-2026-06-08", statusLine: "downloading 1.5 MB")))
        XCTAssertTrue(Screen.render(state, related: []).0.lines.contains { $0.hasPrefix("downloading 1.5 MB — Esc cancels") })
        XCTAssertEqual(Reducer.reduce(&state, .key(.escape)), [.cancelDownload])
        XCTAssertNil(state.download)
        _ = Reducer.reduce(&state, .paperLoaded(recordID: "ellis-2026-06-08", title: "T", text: "x"))
        XCTAssertNil(state.reader, "a cancelled download's result is dropped")
    }

    func testFailureIsShownInTheStatus() {
        var state = ReducerTests.started()
        _ = Reducer.reduce(&state, .key(.char("r")))
        _ = Reducer.reduce(&state, .paperFailed(recordID: "ellis-2026-06-08", message: "the server answered 404"))
        XCTAssertNil(state.download)
        XCTAssertEqual(state.message, "the server answered 404")
    }

    func testReaderScrollsSearchesAndCloses() {
        var state = ReducerTests.started()
        _ = Reducer.reduce(&state, .key(.char("r")))
        _ = Reducer.reduce(&state, .paperLoaded(recordID: "ellis-2026-06-08", title: "A Paper", text: text))
        XCTAssertEqual(state.reader?.lines.count, 202)
        ReducerTests.type(&state, [.char("j"), .char("j"), .char(" ")])
        XCTAssertEqual(state.reader?.scroll, 2 + ReaderPane.visibleRows(for: state) - 1)
        ReducerTests.type(&state, [.char("/")] + ReducerTests.chars("tangent") + [.enter])
        XCTAssertEqual(state.reader?.matches, [200])
        XCTAssertEqual(state.reader?.scroll, 200 - 0, "jumps to the match")
        let frame = Screen.render(state, related: []).0
        XCTAssertTrue(frame.lines.contains { $0.contains("the Neural Tangent Kernel appears here") })
        ReducerTests.type(&state, [.char("q")])
        XCTAssertNil(state.reader)
        XCTAssertEqual(state.selected?.record.id, "ellis-2026-06-08")
    }

    func testDigitsOpenNumberedLinks() {
        var state = ReducerTests.started()
        ReducerTests.type(&state, [.char("/")] + ReducerTests.chars("\"neural tangent kernel\"") + [.enter])
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("2"))), [.openLink(recordID: "dltrg-2022-08-03", number: 2)])
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("9"))), [])
        XCTAssertEqual(state.message, "this record has 3 links")
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("o"))), [.openLink(recordID: "dltrg-2022-08-03", number: nil)])
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("y"))), [.copyLink(recordID: "dltrg-2022-08-03")])
    }
}

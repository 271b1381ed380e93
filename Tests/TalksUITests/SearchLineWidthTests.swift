import CellText
import Foundation
import ScreenModel
import TalkArchive
@testable import TalksUI
import XCTest

/// The search line keeps the end of what was typed in view: cutting a long paste to the screen's
/// width takes time linear in its length, not quadratic.
final class SearchLineWidthTests: XCTestCase {
    private func state(_ text: String, width: Int = 80) -> AppState {
        var state = AppState(width: width, height: 24, today: Day(iso: "2026-04-15")!)
        state.focus = .search
        state.searchText = text
        return state
    }

    private func searchLine(_ state: AppState) -> (String, Int?) {
        var frame = Frame(width: state.width, height: 1)
        let end = Chrome.searchLine(state, in: Rect(x: 0, y: 0, width: state.width, height: 1), into: &frame)
        return (frame.lines[0], end)
    }

    func testTheEndOfALongLineStaysInView() {
        let (line, end) = searchLine(state(String(repeating: "lyapunov ", count: 20) + "sharp"))
        XCTAssertTrue(line.hasPrefix("/"))
        XCTAssertTrue(line.trimmingCharacters(in: .whitespaces).hasSuffix("lyapunov lyapunov sharp"), line)
        XCTAssertEqual(end, 79)
    }

    func testWideCharactersAreNeverCutInHalf() {
        // 量 takes two cells: after "x", 78 cells of room hold 38 of them, not 38 and a half
        let (line, end) = searchLine(state(String(repeating: "量", count: 100) + "x"))
        let drawn = line.trimmingCharacters(in: .whitespaces)
        XCTAssertEqual(drawn, "/" + String(repeating: "量", count: 38) + "x")
        XCTAssertEqual(end, 78)
    }

    /// `PASTE_BYTES=20000 swift test --filter testAHundred` measures another size.
    func testAHundredKilobytePasteIsCutInLinearTime() {
        let paste = String(repeating: "gradient descent ", count: Int(ProcessInfo.processInfo.environment["PASTE_BYTES"] ?? "100000")! / 17)
        let start = Date()
        let (line, _) = searchLine(state(paste))
        let seconds = Date().timeIntervalSince(start)
        print("search line of \(paste.utf8.count) bytes drawn in \(String(format: "%.4f", seconds)) s")
        XCTAssertTrue(line.contains("gradient descent"))
        XCTAssertLessThan(seconds, 1.0, "a 100 KB paste must not take quadratic time to draw")
    }
}

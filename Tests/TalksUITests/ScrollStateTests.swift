import XCTest
@testable import TalksUI

/// The one scroll state of the list, the detail, the reader, the pickers and the help.
final class ScrollStateTests: XCTestCase {
    // MARK: A list with a selection

    func testMovingStopsAtTheEndsAndTheWindowFollows() {
        var list = ScrollState.list
        list.move(by: 30, count: 47, height: 22)
        XCTAssertEqual(list.selection, 30)
        XCTAssertEqual(list.offset, 9, "the selection on the last row")
        list.move(by: 100, count: 47, height: 22)
        XCTAssertEqual(list.selection, 46)
        XCTAssertEqual(list.offset, 25)
        list.move(by: -10, count: 47, height: 22)
        XCTAssertEqual(list.offset, 25, "no scrolling while the selection is in view")
        list.move(by: -100, count: 47, height: 22)
        XCTAssertEqual(list.selection, 0)
        XCTAssertEqual(list.offset, 0)
    }

    func testPagingMovesAWindowAtATime() {
        var list = ScrollState.list
        list.page(1, count: 47, height: 10)
        XCTAssertEqual(list.selection, 10)
        XCTAssertEqual(list.offset, 1)
        list.page(-1, count: 47, height: 10)
        XCTAssertEqual(list.selection, 0)
        list.page(1, count: 47, height: 0)
        XCTAssertEqual(list.selection, 1, "a window of no rows pages by one")
    }

    func testAnEmptyListSelectsNothingAndNeverScrolls() {
        var list = ScrollState.list
        for delta in [1, -1, 50] { list.move(by: delta, count: 0, height: 10) }
        list.page(3, count: 0, height: 10)
        list.select(7, count: 0, height: 10)
        XCTAssertEqual(list, .list)
        XCTAssertEqual(list.visible(count: 0, height: 10), 0..<0)
    }

    func testWindowsOfNoRowAndOneRowStillShowTheSelection() {
        for height in [0, 1] {
            var list = ScrollState.list
            list.move(by: 3, count: 10, height: height)
            XCTAssertEqual(list.selection, 3)
            XCTAssertEqual(list.offset, 3, "height \(height)")
            list.move(by: -1, count: 10, height: height)
            XCTAssertEqual(list.offset, 2, "height \(height)")
        }
        XCTAssertEqual(ScrollState.list.visible(count: 10, height: 0), 0..<0, "no row drawn in no room")
    }

    func testAResizeBelowTheSelectionScrollsToIt() {
        var list = ScrollState.list
        list.select(20, count: 47, height: 22)
        XCTAssertEqual(list.offset, 0)
        list.clamp(count: 47, height: 5)
        XCTAssertEqual(list.selection, 20)
        XCTAssertEqual(list.offset, 16, "the selection on the last row of the shorter window")
        list.clamp(count: 47, height: 40)
        XCTAssertEqual(list.offset, 7, "a taller window leaves no blank rows at the bottom")
    }

    func testFewerRowsPullTheSelectionIn() {
        var list = ScrollState.list
        list.select(40, count: 47, height: 10)
        list.clamp(count: 12, height: 10)
        XCTAssertEqual(list.selection, 11)
        XCTAssertEqual(list.offset, 2)
        list.clamp(count: 0, height: 10)
        XCTAssertEqual(list, .list)
    }

    // MARK: A text without a selection

    func testATextScrollsUntilItsLastLineIsOnTheLastRow() {
        var text = ScrollState.text
        text.move(by: 500, count: 202, height: 21)
        XCTAssertEqual(text.offset, 181)
        XCTAssertNil(text.selection)
        text.move(by: -1000, count: 202, height: 21)
        XCTAssertEqual(text.offset, 0)
        text.move(by: 5, count: 3, height: 21)
        XCTAssertEqual(text.offset, 0, "a text shorter than the window does not scroll")
        text.move(by: 5, count: 0, height: 0)
        XCTAssertEqual(text.offset, 0)
    }

    func testShowPutsARowAtTheTopEvenNearTheEnd() {
        var text = ScrollState.text
        text.show(200, count: 202)
        XCTAssertEqual(text.offset, 200, "as less shows a match")
        XCTAssertEqual(text.visible(count: 202, height: 21), 200..<202)
        text.move(by: 1, count: 202, height: 21)
        XCTAssertEqual(text.offset, 181, "the next move restores the bound")
        text.show(999, count: 202)
        XCTAssertEqual(text.offset, 201)
        text.show(3, count: 0)
        XCTAssertEqual(text.offset, 0)
    }

    func testScrollWithoutACountIsBoundedWhenDrawn() {
        var detail = ScrollState.text
        detail.scroll(by: 10_000)
        XCTAssertEqual(detail.offset, 10_000)
        XCTAssertEqual(detail.clamped(count: 30, height: 20).offset, 10)
        XCTAssertEqual(detail.clamped(count: 5, height: 20).offset, 0)
        detail.scroll(by: -20_000)
        XCTAssertEqual(detail.offset, 0)
    }

    // MARK: The invariant

    /// Every sequence of moves, pages, selections and resizes over small lists keeps the invariant
    /// of the doc comment.
    func testTheInvariantHoldsForAnySequence() {
        var seed: UInt64 = 16
        func next(_ range: ClosedRange<Int>) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return range.lowerBound + Int((seed >> 33) % UInt64(range.count))
        }
        for start in [ScrollState.list, .text] {
            for _ in 0..<2_000 {
                var state = start
                var count = next(0...8), height = next(0...5)
                for _ in 0..<12 {
                    switch next(0...4) {
                    case 0: state.move(by: next(-9...9), count: count, height: height)
                    case 1: state.page(next(-2...2), count: count, height: height)
                    case 2 where state.selection != nil: state.select(next(-3...12), count: count, height: height)
                    default:
                        (count, height) = (next(0...8), next(0...5))
                        state.clamp(count: count, height: height)
                    }
                    let rows = max(1, height)
                    XCTAssertTrue(0...max(0, count - rows) ~= state.offset, "\(state) count \(count) height \(height)")
                    if let selection = state.selection {
                        XCTAssertTrue(0...max(0, count - 1) ~= selection, "\(state) count \(count)")
                        XCTAssertTrue(state.offset <= selection && selection < state.offset + rows, "\(state) height \(height)")
                    }
                }
            }
        }
    }
}

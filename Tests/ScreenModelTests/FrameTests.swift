import XCTest
import ScreenModel

/// `Frame.put`, `fill` and `row`: display-width writing, clipping and wide characters.
final class FrameTests: XCTestCase {
    func testPutWritesByDisplayWidth() {
        var frame = Frame(width: 12, height: 1)
        let end = frame.put("Gödel 量子", x: 1, y: 0)
        XCTAssertEqual(end, 11)
        XCTAssertEqual(frame.row(0), " Gödel 量子 ")
        XCTAssertEqual(frame[7, 0].text, "量")
        XCTAssertTrue(frame[8, 0].isContinuation)
        XCTAssertEqual(frame[9, 0].text, "子")
    }

    func testWideCharacterStraddlingRightEdgeBecomesSpace() {
        var frame = Frame(width: 5, height: 1, fill: Cell("."))
        let end = frame.put("ab量", x: 2, y: 0, style: Style(attributes: .bold))
        XCTAssertEqual(frame.row(0), "..ab ")
        XCTAssertEqual(end, 5)
        XCTAssertEqual(frame[4, 0].style.attributes, .bold)
    }

    func testMaxWidthClipsLikeAnEdge() {
        var frame = Frame(width: 10, height: 1, fill: Cell("."))
        frame.put("a量b", x: 0, y: 0, maxWidth: 2)
        XCTAssertEqual(frame.row(0), "a ........")
        frame.put("xyz", x: 5, y: 0, maxWidth: 0)
        XCTAssertEqual(frame.row(0), "a ........")
    }

    func testClipsAtLeftEdgeAndOutsideRows() {
        var frame = Frame(width: 4, height: 1, fill: Cell("."))
        frame.put("量ab", x: -1, y: 0)
        XCTAssertEqual(frame.row(0), " ab.")
        frame.put("zz", x: 0, y: 1)
        frame.put("zz", x: 0, y: -1)
        XCTAssertEqual(frame.lines, [" ab."])
    }

    func testOverwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var frame = Frame(width: 6, height: 1)
        frame.put("量子", x: 0, y: 0)
        frame.put("x", x: 1, y: 0)   // right half of 量
        XCTAssertEqual(frame.row(0), " x子  ")
        frame.put("y", x: 2, y: 0)   // left half of 子
        XCTAssertEqual(frame.row(0), " xy   ")
        XCTAssertFalse(frame[3, 0].isContinuation)
    }

    func testWideCharacterOverWideCharactersShiftedByOne() {
        var frame = Frame(width: 6, height: 1)
        frame.put("量子", x: 0, y: 0)
        frame.put("学", x: 1, y: 0)
        XCTAssertEqual(frame.row(0), " 学   ")
        XCTAssertTrue(frame[2, 0].isContinuation)
        XCTAssertFalse(frame[3, 0].isContinuation)
    }

    func testCombiningMarksJoinTheirBaseAndControlsAreRemoved() {
        var frame = Frame(width: 6, height: 1)
        let end = frame.put("e\u{301}\u{1B}[31mx\u{200D}y", x: 0, y: 0)
        XCTAssertEqual(end, 3)
        XCTAssertEqual(frame[0, 0].text, "e\u{301}")
        XCTAssertEqual(frame.row(0), "e\u{301}xy   ")
    }

    func testCombiningMarksAreCappedPerCell() {
        var frame = Frame(width: 2, height: 1)
        frame.put("a" + String(repeating: "\u{300}", count: 20), x: 0, y: 0)
        XCTAssertEqual(frame[0, 0].text.unicodeScalars.count, 1 + Cell.maxCombiningMarks)
    }

    func testEmojiTakesTwoColumns() {
        var frame = Frame(width: 4, height: 1)
        XCTAssertEqual(frame.put("😀!", x: 0, y: 0), 3)
        XCTAssertEqual(frame.row(0), "😀! ")
    }

    func testFillClipsToFrameAndRepairsWideCharacters() {
        var frame = Frame(width: 4, height: 2)
        frame.put("量子", x: 0, y: 0)
        let style = Style(background: .blue)
        frame.fill(Rect(x: 1, y: 0, width: 10, height: 1), with: .blank(style))
        XCTAssertEqual(frame.lines, ["    ", "    "])
        XCTAssertEqual(frame[0, 0], .blank())
        XCTAssertEqual(frame[3, 0].style, style)
        XCTAssertEqual(frame[0, 1].style, .plain)
    }

    func testRectIntersection() {
        let a = Rect(x: 0, y: 1, width: 80, height: 22)
        XCTAssertEqual(a.intersection(Rect(x: 70, y: 0, width: 20, height: 5)), Rect(x: 70, y: 1, width: 10, height: 4))
        XCTAssertTrue(a.intersection(Rect(x: 100, y: 0, width: 5, height: 5)).isEmpty)
    }
}

import XCTest
import ScreenModel

/// `FrameDiff`: minimal runs, full repaints, wide characters, and replay onto a frame.
final class FrameDiffTests: XCTestCase {
    private func frame(_ lines: [String], width: Int = 8) -> Frame {
        var frame = Frame(width: width, height: lines.count)
        for (y, line) in lines.enumerated() { frame.put(line, x: 0, y: y) }
        return frame
    }

    func testNoPreviousFrameRepaintsEveryRow() {
        let next = frame(["ab", "cd"])
        let diff = FrameDiff(from: nil, to: next)
        XCTAssertTrue(diff.isFullRepaint)
        XCTAssertEqual(diff.runs.map(\.row), [0, 1])
        XCTAssertEqual(diff.cellCount, 16)
    }

    func testSizeChangeRepaintsEveryRow() {
        let diff = FrameDiff(from: frame(["ab"], width: 4), to: frame(["ab"]))
        XCTAssertTrue(diff.isFullRepaint)
        XCTAssertEqual(diff.cellCount, 8)
    }

    func testIdenticalFramesHaveNoRuns() {
        XCTAssertEqual(FrameDiff(from: frame(["量子 x"]), to: frame(["量子 x"])).runs, [])
    }

    func testChangedCellsFormMinimalRuns() {
        let diff = FrameDiff(from: frame(["abcdefgh", "same"]), to: frame(["aXYdeZgh", "same"]))
        XCTAssertFalse(diff.isFullRepaint)
        XCTAssertEqual(diff.runs.map(\.x), [1, 5])
        XCTAssertEqual(diff.runs.map { $0.cells.map(\.text).joined() }, ["XY", "Z"])
        XCTAssertEqual(diff.cellCount, 3)
    }

    func testStyleChangeAloneIsARun() {
        var next = frame(["> row"])
        next.put("row", x: 2, y: 0, style: Style(attributes: .reverse))
        let diff = FrameDiff(from: frame(["> row"]), to: next)
        XCTAssertEqual(diff.runs.count, 1)
        XCTAssertEqual(diff.runs[0].x, 2)
        XCTAssertEqual(diff.runs[0].cells.count, 3)
    }

    func testRunKeepsWideCharacterWhole() {
        var previous = frame(["ab量c"])
        var next = previous
        next.put("量", x: 2, y: 0, style: Style(foreground: .red))
        var diff = FrameDiff(from: previous, to: next)
        XCTAssertEqual(diff.runs.map(\.x), [2])
        XCTAssertEqual(diff.runs[0].cells.map(\.text), ["量", ""])

        previous = frame(["ab量c"])
        next = frame(["abX c"])
        diff = FrameDiff(from: previous, to: next)
        XCTAssertEqual(diff.runs.map(\.x), [2])
        XCTAssertEqual(diff.runs[0].cells.map(\.text), ["X", " "])
    }

    func testRunEndingOnWideCharacterIncludesItsContinuation() {
        let diff = FrameDiff(from: frame(["ab  c"]), to: frame(["a量 c"]))
        XCTAssertEqual(diff.runs.count, 1)
        XCTAssertEqual(diff.runs[0].cells.map(\.text), ["量", ""])
    }

    func testApplyingDiffReproducesNextFrame() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "量", "ö", "😀", " ", "子b", "e\u{301}"]
        for _ in 0..<200 {
            let previous = randomFrame(pieces, &generator)
            let next = randomFrame(pieces, &generator)
            var screen = previous
            screen.apply(FrameDiff(from: previous, to: next))
            XCTAssertEqual(screen, next)
        }
    }

    private func randomFrame(_ pieces: [String], _ generator: inout SystemRandomNumberGenerator) -> Frame {
        var frame = Frame(width: 9, height: 3)
        for _ in 0..<12 {
            let style = Style(foreground: Bool.random(using: &generator) ? .red : .default)
            frame.put(pieces.randomElement(using: &generator)!, x: Int.random(in: -1..<10, using: &generator),
                      y: Int.random(in: 0..<3, using: &generator), style: style)
        }
        return frame
    }
}

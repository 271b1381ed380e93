import CellText
import Foundation
import XCTest

final class DisplayWidthTests: XCTestCase {
    func testWidths() {
        XCTAssertEqual(DisplayWidth.of("Gödel"), 5)
        XCTAssertEqual(DisplayWidth.of("—"), 1)
        XCTAssertEqual(DisplayWidth.of("量子"), 4)
        XCTAssertEqual(DisplayWidth.of("😀"), 2)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1, "combining accent takes no cell")
        XCTAssertEqual(DisplayWidth.of("a\u{200D}b"), 2)
        XCTAssertEqual(DisplayWidth.of("\u{1B}"), 0)
    }
}

final class TerminalSafeTextTests: XCTestCase {
    func testStripsEscapeSequencesAndControls() {
        XCTAssertEqual(TerminalSafeText.sanitize("a\u{1B}[31mred\u{1B}[0m b"), "ared b")
        XCTAssertEqual(TerminalSafeText.sanitize("x\u{1B}]0;title\u{07}y"), "xy")
        XCTAssertEqual(TerminalSafeText.sanitize("x\u{1B}]52;c;ZXZpbA==\u{1B}\\y"), "xy", "no clipboard writes")
        XCTAssertEqual(TerminalSafeText.sanitize("x\u{9B}2Jy"), "xy", "8-bit CSI")
        XCTAssertEqual(TerminalSafeText.sanitize("x\u{9D}8;;http://e\u{9C}y"), "xy", "8-bit OSC")
        XCTAssertEqual(TerminalSafeText.sanitize("a\u{7}b\u{0}c\u{7F}d"), "abcd")
        XCTAssertEqual(TerminalSafeText.sanitize("a\tb\nc"), "a b c")
        XCTAssertEqual(TerminalSafeText.sanitize("a\nb", keepNewlines: true), "a\nb")
        XCTAssertEqual(TerminalSafeText.sanitize("x\u{1B}Py"), "x", "an unterminated string swallows the rest")
        XCTAssertEqual(TerminalSafeText.sanitize("x\u{1B}(By"), "xy")
    }

    func testStripsBidiOverridesAndEmojiSelectors() {
        XCTAssertEqual(TerminalSafeText.sanitize("abc\u{202E}fed\u{202C}"), "abcfed")
        XCTAssertEqual(TerminalSafeText.sanitize("\u{2066}x\u{2069}"), "x")
        XCTAssertEqual(TerminalSafeText.sanitize("▶️ YouTube"), "▶ YouTube")
    }

    func testPlainTextUnchanged() {
        let text = "Gödel, Escher, Bach — 量子 😀"
        XCTAssertEqual(TerminalSafeText.sanitize(text), text)
    }
}

final class TextLayoutTests: XCTestCase {
    func testTailKeepsTheEndInWholeCharacters() {
        XCTAssertEqual(TextLayout.tail("gradient descent", width: 7), "descent")
        XCTAssertEqual(TextLayout.tail("short", width: 80), "short")
        // 量 takes two cells: five cells hold two of them, never half of a third
        XCTAssertEqual(TextLayout.tail("量子力学", width: 5), "力学")
        // a combining accent stays with its letter
        XCTAssertEqual(TextLayout.tail("cafe\u{301} noir", width: 9), "cafe\u{301} noir")
        XCTAssertEqual(TextLayout.tail("cafe\u{301} noir", width: 6), "e\u{301} noir")
        XCTAssertEqual(TextLayout.tail("abc", width: 0), "")
        XCTAssertEqual(TextLayout.tail("abc", width: -2), "")
    }

    func testTruncateByCells() {
        XCTAssertEqual(TextLayout.truncate("Finite-Time Lyapunov", width: 10), "Finite-Ti…")
        XCTAssertEqual(TextLayout.truncate("量子力学", width: 5), "量子…")
        XCTAssertEqual(TextLayout.truncate("abc", width: 3), "abc")
        XCTAssertEqual(TextLayout.truncate("abc", width: 0), "")
    }

    func testPad() {
        XCTAssertEqual(TextLayout.pad("量", width: 4), "量  ")
        XCTAssertEqual(DisplayWidth.of(TextLayout.pad("abcdef", width: 4)), 4)
    }

    func testWrap() {
        XCTAssertEqual(TextLayout.wrap("a bb ccc", width: 4), ["a bb", "ccc"])
        XCTAssertEqual(TextLayout.wrap("abcdefghij", width: 4), ["abcd", "efgh", "ij"])
        XCTAssertEqual(TextLayout.wrap("量子力学", width: 5), ["量子", "力学"])
        XCTAssertEqual(TextLayout.wrap("a\n\nb", width: 4), ["a", "", "b"])
        XCTAssertEqual(TextLayout.wrap("", width: 4), [""])
        XCTAssertEqual(TextLayout.wrap("x y", width: 0), ["x", "y"])
        XCTAssertEqual(TextLayout.wrap("abcd\u{301}ef", width: 4), ["abcd\u{301}", "ef"])
    }

    /// Found by fuzz-cell-text: a 60 000-letter word took minutes to wrap, each piece re-splitting the rest.
    func testWrapBreaksALongWordInLinearTime() {
        let started = Date()
        let lines = TextLayout.wrap(String(repeating: "a", count: 20_000), width: 1)
        XCTAssertLessThan(Date().timeIntervalSince(started), 2)
        XCTAssertEqual(lines.count, 20_000)
        XCTAssertEqual(lines.last, "a")
    }
}

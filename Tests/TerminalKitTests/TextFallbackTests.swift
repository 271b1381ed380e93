@testable import TerminalKit
import XCTest

/// `AsciiFallback`, `SafeURL`, `Base64` and `TerminalWriter`'s sequences.
final class TextFallbackTests: XCTestCase {
    func testAsciiFallback() {
        XCTAssertEqual(AsciiFallback.character(for: "a"), "a")
        XCTAssertEqual(AsciiFallback.character(for: "—"), "-")
        XCTAssertEqual(AsciiFallback.character(for: "ö"), "o")
        XCTAssertEqual(AsciiFallback.character(for: "Å"), "A")
        XCTAssertEqual(AsciiFallback.character(for: "e\u{301}"), "e")
        XCTAssertEqual(AsciiFallback.character(for: "量"), "?")
        XCTAssertEqual(AsciiFallback.character(for: "😀"), "?")
        XCTAssertEqual(AsciiFallback.character(for: ""), " ")
    }

    func testSafeURLAcceptsOnlyPlainHTTP() {
        XCTAssertEqual(SafeURL("https://arxiv.org/abs/2101.00001")?.description, "https://arxiv.org/abs/2101.00001")
        XCTAssertNotNil(SafeURL("HTTP://example.org"))
        XCTAssertNil(SafeURL("javascript:alert(1)"))
        XCTAssertNil(SafeURL("file:///etc/passwd"))
        XCTAssertNil(SafeURL("https://"))
        XCTAssertNil(SafeURL("https:///path"))
        XCTAssertNil(SafeURL("https://x.org/\u{1B}]52;c;AAAA\u{07}"))
        XCTAssertNil(SafeURL("https://x.org/\u{9C}"))
        XCTAssertNil(SafeURL("https://x.org/a b"))
        XCTAssertNil(SafeURL("https://x.org/" + String(repeating: "a", count: SafeURL.maxLength)))
    }

    func testBase64() {
        XCTAssertEqual(Base64.encode([]), "")
        XCTAssertEqual(Base64.encode(Array("f".utf8)), "Zg==")
        XCTAssertEqual(Base64.encode(Array("fo".utf8)), "Zm8=")
        XCTAssertEqual(Base64.encode(Array("foobar".utf8)), "Zm9vYmFy")
    }

    /// OSC 52 goes to tmux as it is (tmux reads it itself with set-clipboard on), its text without
    /// controls but with its line breaks.
    func testClipboardSequence() throws {
        XCTAssertEqual(TerminalWriter(inTmux: false).copyToClipboard("https://a.org"), "\u{1B}]52;c;aHR0cHM6Ly9hLm9yZw==\u{07}")
        XCTAssertEqual(TerminalWriter(inTmux: true).copyToClipboard("https://a.org"), "\u{1B}]52;c;aHR0cHM6Ly9hLm9yZw==\u{07}")
        XCTAssertEqual(TerminalWriter(inTmux: false).copyToClipboard("a\n\u{1B}]0;x\u{07}b"),
                       "\u{1B}]52;c;\(Base64.encode(Array("a\nb".utf8)))\u{07}")
    }

    func testClipboardRouteThroughTmux() {
        XCTAssertEqual(ClipboardRoute.decide(environment: [:]) { XCTFail("not in tmux: nothing to ask"); return nil }, .terminal)
        XCTAssertEqual(ClipboardRoute.decide(environment: ["TMUX": ""]) { "off" }, .terminal)
        let inside = ["TMUX": "/tmp/tmux-1000/default,42,0"]
        XCTAssertEqual(ClipboardRoute.decide(environment: inside) { "on\n" }, .tmux)
        XCTAssertEqual(ClipboardRoute.decide(environment: inside) { "external\n" }, .tmuxDrops(setting: "external"))
        XCTAssertEqual(ClipboardRoute.decide(environment: inside) { "off" }, .tmuxDrops(setting: "off"))
        XCTAssertEqual(ClipboardRoute.decide(environment: inside) { nil }, .tmux, "tmux could not be asked: sent in hope")
        let fix = ClipboardRoute.fix(setting: "external")
        XCTAssertEqual(fix.last, "tmux set -s set-clipboard on")
        XCTAssertEqual(fix.map(\.count), fix.map(\.count).sorted(by: >), "longest first")
        XCTAssertTrue(fix.allSatisfy { $0.contains("tmux set -s set-clipboard on") }, "every form says the fix")
    }

    func testHyperlinkSequenceSanitizesItsText() throws {
        let url = try XCTUnwrap(SafeURL("https://a.org/p"))
        let sequence = TerminalWriter(inTmux: false).hyperlink(url, text: "paper\u{1B}]0;x\u{07}", x: 4, y: 2)
        XCTAssertEqual(sequence, "\u{1B}7\u{1B}[3;5H\u{1B}]8;;https://a.org/p\u{1B}\\paper\u{1B}]8;;\u{1B}\\\u{1B}8")
    }
}

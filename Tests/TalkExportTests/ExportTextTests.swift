import XCTest
@testable import TalkExport

final class ExportTextTests: XCTestCase {
    func testLinesAreSingleSpacedAndClean() {
        XCTAssertEqual(ExportText.line("Plain title"), "Plain title")
        XCTAssertEqual(ExportText.line("  two  spaces\tand\nbreaks "), "two spaces and breaks")
        XCTAssertEqual(ExportText.line("Evil\u{202E}\u{1B}[31m title\u{7}"), "Evil title")
        XCTAssertNil(ExportText.nonEmptyLine("\u{1B}]0;x\u{7} "))
    }

    func testParagraphsKeepLineBreaksOfEveryKind() {
        XCTAssertEqual(ExportText.paragraphs("\n a\rb\r\n\r\nc  d\n\n"), "a\nb\n\nc d")
        XCTAssertEqual(ExportText.paragraphs("one\u{2028}two"), "one two")
        XCTAssertEqual(ExportText.paragraphs(""), "")
    }

    func testOnlyHTTPLinksOfURICharactersAreLinks() {
        XCTAssertEqual(ExportText.url("https://arxiv.org/abs/1806.07572"), "https://arxiv.org/abs/1806.07572")
        XCTAssertEqual(ExportText.url("https://x.org/a?b=1&c=%20#f"), "https://x.org/a?b=1&c=%20#f")
        for bad in ["javascript:alert(1)", "file:///etc/passwd", "https://x.org/a b", "https://x.org/\"", "https://x.org/{x}",
                    "https://x.org/é", "https://", "//x.org/a"] {
            XCTAssertNil(ExportText.url(bad), bad)
        }
    }
}

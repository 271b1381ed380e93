import ScreenModel
import TalkArchive
import XCTest
@testable import TalksUI

/// Reading a paper in the terminal: the download's progress, the reader's keys and its search.
final class ReaderTests: XCTestCase {
    private let text = (1...200).map { "line \($0) of the paper" }.joined(separator: "\n") + "\nthe Neural Tangent Kernel appears here\n\u{0C}page two"

    func testReadStartsADownloadThatEscCancels() {
        let browser = TestBrowser()
        browser.type("r")
        XCTAssertEqual(browser.downloads.calls, [.start("ellis-2026-06-08")])
        XCTAssertNotNil(browser.state.download)
        browser.post(.downloadProgress(DownloadProgress(recordID: "ellis-2026-06-08", statusLine: "downloading 1.5 MB")))
        XCTAssertTrue(browser.screen.contains { $0.hasPrefix("downloading 1.5 MB — Esc cancels") })
        browser.type(.escape)
        XCTAssertEqual(browser.downloads.calls, [.start("ellis-2026-06-08"), .cancel])
        XCTAssertNil(browser.state.download)
        browser.post(.paperLoaded(recordID: "ellis-2026-06-08", title: "T", text: "x"))
        XCTAssertNil(browser.state.reader, "a cancelled download's result is dropped")
    }

    func testFailureIsShownInTheStatus() {
        let browser = TestBrowser()
        browser.type("r")
        browser.post(.paperFailed(recordID: "ellis-2026-06-08", message: "the server answered 404"))
        XCTAssertNil(browser.state.download)
        XCTAssertEqual(browser.state.message, "the server answered 404")
    }

    func testReaderScrollsSearchesAndCloses() {
        let browser = TestBrowser()
        browser.type("r")
        browser.post(.paperLoaded(recordID: "ellis-2026-06-08", title: "A Paper", text: text))
        XCTAssertEqual(browser.state.reader?.lines.count, 202)
        browser.type("jj ")
        XCTAssertEqual(browser.state.reader?.scroll.offset, 2 + ReaderPane.visibleRows(for: browser.state) - 1)
        browser.type("/tangent")
        browser.type(.enter)
        XCTAssertEqual(browser.state.reader?.matches, [200])
        XCTAssertEqual(browser.state.reader?.scroll.offset, 200 - 0, "jumps to the match")
        XCTAssertTrue(browser.screen.contains { $0.contains("the Neural Tangent Kernel appears here") })
        browser.type("q")
        XCTAssertNil(browser.state.reader)
        XCTAssertEqual(browser.state.selected?.record.id, "ellis-2026-06-08")
    }

    func testDigitsOpenNumberedLinks() {
        let browser = TestBrowser()
        browser.type("/\"neural tangent kernel\" kind:talk")
        browser.type(.enter)
        let id = "dltrg-2022-08-03"
        browser.type("2")
        XCTAssertEqual(browser.links.calls, [.open(id, 2)])
        browser.type("9")
        XCTAssertEqual(browser.links.calls, [.open(id, 2)])
        XCTAssertEqual(browser.state.message, "this record has 3 links")
        browser.type("oy")
        XCTAssertEqual(browser.state.picker?.kind, .copy, "y offers what to copy")
        browser.type(.enter)
        XCTAssertEqual(browser.links.calls, [.open(id, 2), .open(id, nil), .copy(id, .link)])
    }
}

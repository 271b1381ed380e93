import ScreenModel
import TalkArchive
import XCTest
@testable import TalksUI

/// Issue 17: a search that finds nothing offers the archive's closest words, through the real runner.
final class DidYouMeanTests: XCTestCase {
    func testNothingFoundOffersTheClosestNameOnTheStatusLine() {
        let browser = TestBrowser()
        browser.type("/speaker:muenighoff")
        XCTAssertEqual(browser.state.results.closest.first, "Muennighoff")
        XCTAssertTrue(browser.screen.contains { $0.contains("did you mean Muennighoff?") }, browser.screen.joined(separator: "\n"))
        // Back to a prefix that finds something: the offer goes with the empty results.
        browser.type(Array(repeating: .backspace, count: 8))
        XCTAssertFalse(browser.state.results.isEmpty)
        XCTAssertEqual(browser.state.results.closest, [])
        XCTAssertFalse(browser.screen.contains { $0.contains("did you mean") })
    }

    func testWordFormsReachTheBrowser() {
        let browser = TestBrowser()
        browser.type("/lora")
        XCTAssertTrue(browser.screen.contains { $0.contains("QLORA") }, browser.screen.joined(separator: "\n"))
    }
}

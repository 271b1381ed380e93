import ScreenModel
import TalkArchive
import TalkSettings
import XCTest
@testable import TalksUI

/// The detail says which sub-themes and which words of the record made each topic.
final class TopicDetailTests: XCTestCase {
    func testSubThemesAreNamedByTheirFirstPhrase() {
        XCTAssertEqual(DetailPane.shortName("Initialization, lottery tickets, subnetwork discovery, and sparsity"), "Initialization…")
        XCTAssertEqual(DetailPane.shortName("Resource-efficient ML paradigms: energy-efficient training"), "Resource-efficient ML paradigms…")
        XCTAssertEqual(DetailPane.shortName("Scaling laws and their effect on efficiency and generalization"),
                       "Scaling laws and their effect on efficiency and generalization")
    }

    func testDetailNamesTheSubThemeAndTheWordsThatMatched() throws {
        let browser = TestBrowser(width: 100, height: 60)
        browser.type("/sophia")
        browser.type(.enter, .enter)
        XCTAssertEqual(browser.state.selected?.record.id, "dltrg-2023-06-07")
        let text = DetailPane.content(browser.state.selected!.record, related: [], width: 100, terms: [], viewer: Setting(value: TimeZone(identifier: "UTC")!, origin: .builtIn),
                                      theme: .standard).map { $0.runs.map(\.text).joined() }
        let area = try XCTUnwrap(text.firstIndex(of: "Optimization & Training Dynamics"))
        let reason = text[(area + 1)...].prefix { $0.hasPrefix("  ") }.map { $0.dropFirst(2) }.joined(separator: " ")
        XCTAssertTrue(reason.hasPrefix("Gradient-based methods…: "), reason)
        XCTAssertTrue(reason.contains("Second-order Optimizer"), reason)
    }
}

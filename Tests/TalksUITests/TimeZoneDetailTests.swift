import Foundation
import TalkArchive
import TalkSettings
import XCTest
@testable import TalksUI

/// The detail's start-time line in the browser: the viewer's zone and where it came from.
final class TimeZoneDetailTests: XCTestCase {
    /// The browser's screen with the preview of the talk of 16 March 2026 (17:00 in Berlin) shown.
    private func screen(viewer: Setting<TimeZone>) -> [String] {
        let browser = TestBrowser(width: 100, height: 30) { $0.viewerZone = viewer }
        browser.type("/procedural pretraining")
        browser.type(.enter)
        browser.type("v")
        return browser.screen
    }

    func testTheDetailSaysWhichZoneAndWhy() throws {
        let lines = screen(viewer: Setting(value: TimeZone(identifier: "America/New_York")!, origin: .commandLine(option: "--tz")))
        XCTAssertTrue(lines.contains { $0.contains("17:00 CET = 12:00 EDT your time (America/New_York, from --tz)") },
                      lines.joined(separator: "\n"))
        let configured = screen(viewer: Setting(value: TimeZone(identifier: "Europe/Berlin")!,
                                                origin: .configFile(path: "/home/ada/.config/talks/config.toml", line: 4)))
        XCTAssertTrue(configured.contains { $0.contains("17:00 CET, also your time (Europe/Berlin, from config.toml:4)") },
                      configured.joined(separator: "\n"))
    }
}

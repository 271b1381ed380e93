import ScreenModel
import TalkArchive
import XCTest
@testable import TalksUI

/// Kiosk mode in the browser: refused commands say so and ask for nothing; `o` only shows the link.
final class KioskReducerTests: XCTestCase {
    /// Whether the browser started a program, fetched a paper or stopped the process: none is allowed in kiosk mode.
    private static func escaped(_ browser: TestBrowser) -> Bool {
        browser.links.calls.contains { if case .open = $0 { true } else { false } }
            || !browser.downloads.calls.isEmpty || browser.backend.jobControlStops > 0
    }

    func testRefusedCommandsSayOneLineAndAskForNothing() {
        let browser = TestBrowser(policy: .kiosk)
        for key in [Key.char("r"), .ctrl("z")] {
            browser.type(key)
            XCTAssertFalse(Self.escaped(browser), "\(key)")
            XCTAssertEqual(browser.state.message, "not available on this host (kiosk mode)", "\(key)")
            XCTAssertNil(browser.state.download)
        }
        XCTAssertFalse(browser.runtime.hasQuit)
    }

    func testOpenAndTheLinkDigitsShowTheLinkInstead() {
        let search = "/\"neural tangent kernel\""
        let kiosk = TestBrowser(policy: .kiosk)
        kiosk.type(search)
        kiosk.type(.enter)
        let id = "dltrg-2022-08-03"
        XCTAssertEqual(kiosk.state.selected?.record.id, id)
        kiosk.type("o2")
        XCTAssertEqual(kiosk.links.calls, [.show(id, nil), .show(id, 2)])
        XCTAssertEqual(kiosk.state.message, "\(RecordingLinks.Call.show(id, 2))", "the notice the links gave")
        let mine = TestBrowser()
        mine.type(search)
        mine.type(.enter, .char("o"))
        XCTAssertEqual(mine.links.calls, [.open(id, nil)], "without kiosk mode o opens")
    }

    func testARebindingDoesNotLiftARefusal() {
        let browser = TestBrowser(policy: .kiosk) { $0.keymap = Keymap.standard.rebinding(.readPaper, to: [.char("x")]) }
        browser.type("x")
        XCTAssertFalse(Self.escaped(browser))
        XCTAssertEqual(browser.state.message, KioskPolicy.refusalMessage)
    }

    /// Every bound key, in the list and in the detail, plus every printable ASCII character (`!` among them).
    func testNoKeyAnywhereEscapes() {
        let bound = (Keymap.standard.global + Keymap.standard.list + Keymap.standard.detail).flatMap(\.keys)
        let keys = bound + (0x21...0x7E).map { Key.char(Character(UnicodeScalar($0)!)) }
        for focus in [[], [Key.enter]] {
            for key in keys {
                let browser = TestBrowser(policy: .kiosk)
                browser.type(focus)
                browser.type(key)
                XCTAssertFalse(Self.escaped(browser), "\(key) after \(focus): \(browser.links.calls) \(browser.downloads.calls)")
            }
        }
    }

    func testHelpHidesRefusedCommandsAndSaysWhatOpenDoes() {
        let kiosk = Keymap.standard.helpEntries(under: .kiosk) + Keymap.standard.detailHelpEntries(under: .kiosk)
        let helps = kiosk.map(\.help)
        XCTAssertFalse(helps.contains(Command.readPaper.help))
        XCTAssertFalse(helps.contains(Command.suspend.help))
        XCTAssertFalse(helps.contains(Command.openLink.help))
        XCTAssertTrue(kiosk.contains { $0.keys == "o" && $0.help.hasPrefix("show the paper's link") })
        XCTAssertTrue(helps.contains(Command.copyLink.help), "copying the link stays")
        XCTAssertEqual(Keymap.standard.helpEntries().count - 2, Keymap.standard.helpEntries(under: .kiosk).count)
    }
}

import ScreenModel
import TalkArchive
import XCTest
@testable import TalksUI

/// Kiosk mode in the browser: refused commands say so and ask for nothing; `o` only shows the link.
final class KioskReducerTests: XCTestCase {
    /// An effect that starts a program, fetches a paper or stops the process: none is allowed in kiosk mode.
    private static func escapes(_ effect: Effect) -> Bool {
        switch effect {
        case .openLink, .readPaper, .suspend: return true
        default: return false
        }
    }

    func testRefusedCommandsSayOneLineAndAskForNothing() {
        var state = ReducerTests.started(policy: .kiosk)
        for key in [Key.char("r"), .ctrl("z")] {
            XCTAssertEqual(Reducer.reduce(&state, .key(key)), [], "\(key)")
            XCTAssertEqual(state.message, "not available on this host (kiosk mode)", "\(key)")
            XCTAssertNil(state.download)
        }
        XCTAssertFalse(state.quitting)
    }

    func testOpenAndTheLinkDigitsShowTheLinkInstead() {
        let search = [Key.char("/")] + ReducerTests.chars("\"neural tangent kernel\"") + [.enter]
        var kiosk = ReducerTests.started(policy: .kiosk)
        ReducerTests.type(&kiosk, search)
        let id = "dltrg-2022-08-03"
        XCTAssertEqual(kiosk.selected?.record.id, id)
        XCTAssertEqual(Reducer.reduce(&kiosk, .key(.char("o"))), [.showLink(recordID: id, number: nil)])
        XCTAssertEqual(Reducer.reduce(&kiosk, .key(.char("2"))), [.showLink(recordID: id, number: 2)])
        var mine = ReducerTests.started()
        ReducerTests.type(&mine, search)
        XCTAssertEqual(Reducer.reduce(&mine, .key(.char("o"))), [.openLink(recordID: id, number: nil)], "without kiosk mode o opens")
    }

    func testARebindingDoesNotLiftARefusal() {
        var state = ReducerTests.started(policy: .kiosk)
        state.keymap = Keymap.standard.rebinding(.readPaper, to: [.char("x")])
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("x"))), [])
        XCTAssertEqual(state.message, KioskPolicy.refusalMessage)
    }

    /// Every bound key, in the list and in the detail, plus every printable ASCII character (`!` among them).
    func testNoKeyAnywhereEscapes() {
        let bound = (Keymap.standard.global + Keymap.standard.list + Keymap.standard.detail).flatMap(\.keys)
        let keys = bound + (0x21...0x7E).map { Key.char(Character(UnicodeScalar($0)!)) }
        for focus in [[], [Key.enter]] {
            for key in keys {
                var state = ReducerTests.started(policy: .kiosk)
                ReducerTests.type(&state, focus)
                let effects = Reducer.reduce(&state, .key(key))
                XCTAssertFalse(effects.contains(where: Self.escapes), "\(key) after \(focus): \(effects)")
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

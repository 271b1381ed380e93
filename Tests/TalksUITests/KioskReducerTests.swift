import ScreenModel
import TalkArchive
import TalkSettings
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
        let search = "/\"neural tangent kernel\" kind:talk"
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
        let bound = (Keymap.standard[.global] + Keymap.standard[.list] + Keymap.standard[.detail]).flatMap(\.keys)
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

    /// A kiosk browser with `pane` in front: its state, to reduce keys on.
    private static func state(in pane: Keymap.Pane) -> AppState {
        let browser = TestBrowser(policy: .kiosk) { state in
            switch pane {
            case .reader, .readerSearch: state.reader = Reader(recordID: "ellis-2026-06-08", title: "A Paper", text: "a\nb")
            case .download: state.download = DownloadProgress(recordID: "ellis-2026-06-08", statusLine: "downloading")
            default: break
            }
        }
        switch pane {
        case .global, .list, .reader, .download: break
        case .detail: browser.type(.enter)
        case .search: browser.type("/")
        case .markLine: browser.type("e")
        case .picker: browser.type("t")
        case .readerSearch: browser.type("/")
        case .help: browser.type("?")
        }
        return browser.state
    }

    /// In every pane, every key bound anywhere and every printable ASCII character asks for
    /// nothing kiosk mode refuses: no opener, no download, no stop.
    func testNoKeyInAnyPaneEscapes() {
        let bound = Keymap.Pane.allCases.flatMap { Keymap.standard[$0] }.flatMap(\.keys)
        let keys = bound + (0x21...0x7E).map { Key.char(Character(UnicodeScalar($0)!)) }
        for pane in Keymap.Pane.allCases {
            let state = Self.state(in: pane)
            XCTAssertEqual(state.download == nil ? Reducer.keyPane(state) : .download, pane == .global ? .list : pane)
            for key in keys {
                var after = state
                let effects = Reducer.reduce(&after, .key(key))
                let escapes = effects.filter { effect in
                    switch effect {
                    case .openLink, .readPaper, .suspend, .editNoteInEditor: return true
                    default: return false
                    }
                }
                XCTAssertEqual(escapes, [], "\(key) in \(pane)")
            }
        }
    }

    /// The commands kiosk mode refuses are refused in every pane, whichever key a keymap gives them.
    func testRefusedCommandsAreRefusedInEveryPane() {
        for pane in Keymap.Pane.allCases {
            for command in Command.allCases where command.requires != nil {
                var state = Self.state(in: pane)
                XCTAssertEqual(Reducer.perform(&state, command, in: pane), [], "\(command) in \(pane)")
                XCTAssertEqual(state.message, KioskPolicy.refusalMessage, "\(command) in \(pane)")
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
        XCTAssertFalse(helps.contains(Command.editNoteInEditor.help), "no editor runs on the host")
        XCTAssertTrue(kiosk.contains { $0.keys == "*" && $0.help.hasSuffix("kept for this session only") }, "the help says marks are not kept")
        XCTAssertEqual(Keymap.standard.helpEntries().count - 3, Keymap.standard.helpEntries(under: .kiosk).count)
    }
}

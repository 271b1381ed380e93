import ScreenModel
import TalkArchive
import TalkSettings
import XCTest
@testable import TalksUI

/// The search line, the reader, the pickers, the help and a download take their keys from the
/// keymap too: `[keys]` rebinds them and `?` lists them.
final class KeymapPaneTests: XCTestCase {
    /// A browser whose keymap is the standard one with the `[keys]` table `keys` applied.
    private func browser(keys: String) throws -> TestBrowser {
        let keymap = try BrowserSettings.keymap(ConfigFile(path: "config.toml", text: "[keys]\n" + keys).keyBindings)
        return TestBrowser { $0.keymap = keymap }
    }

    private func openReader(_ browser: TestBrowser) {
        browser.type("r")
        let text = (1...200).map { "line \($0)" }.joined(separator: "\n") + "\nthe Neural Tangent Kernel"
        browser.post(.paperLoaded(recordID: "ellis-2026-06-08", title: "A Paper", text: text))
    }

    func testReaderKeysRebindFromTheConfiguration() throws {
        let browser = try browser(keys: "close = \"x\"\nmove_down = [\"j\", \"ctrl-n\"]\npage_down = \"f\"\nsearch = \"s\"\n")
        openReader(browser)
        browser.type(.ctrl("n"), .ctrl("n"))
        XCTAssertEqual(browser.state.reader?.scroll.offset, 2)
        browser.type("f")
        XCTAssertEqual(browser.state.reader?.scroll.offset, 2 + ReaderPane.visibleRows(for: browser.state) - 1)
        browser.type(.char(" "), .down)
        XCTAssertEqual(browser.state.reader?.scroll.offset, 2 + ReaderPane.visibleRows(for: browser.state) - 1, "the keys the rebound commands left do nothing")
        browser.type("stangent")
        XCTAssertEqual(browser.state.reader?.matches, [200])
        browser.type(.enter, .char("q"), .escape)
        XCTAssertNotNil(browser.state.reader, "q and Esc no longer close")
        browser.type("x")
        XCTAssertNil(browser.state.reader)
    }

    func testReaderSearchLineKeysRebindAndTypedTextStaysText() throws {
        let browser = try browser(keys: "keep_search = \"tab\"\ndelete_backward = \"ctrl-h\"\n")
        openReader(browser)
        browser.type("/tangentx")
        browser.type(.ctrl("h"))
        XCTAssertEqual(browser.state.reader?.query, "tangent")
        browser.type(.enter)
        XCTAssertEqual(browser.state.reader?.searching, true, "Enter no longer keeps the search")
        browser.type(.tab)
        XCTAssertEqual(browser.state.reader?.searching, false)
        XCTAssertEqual(browser.state.reader?.matches, [200])
    }

    func testPickerKeysRebindFromTheConfiguration() throws {
        let browser = try browser(keys: "choose = \"space\"\nclose = \"x\"\n")
        browser.type("t")
        let first = browser.state.picker?.items.first?.label
        browser.type(.enter, .char("q"))
        XCTAssertNotNil(browser.state.picker, "Enter and q no longer choose or close")
        browser.type("x")
        XCTAssertNil(browser.state.picker)
        browser.type("t")
        browser.type(" ")
        XCTAssertNil(browser.state.picker)
        XCTAssertEqual(browser.state.appliedQuery, "topic:\"\(first ?? "")\"", "Space chose the first topic, no longer a page down")
    }

    func testSearchLineKeysRebindAndTypedTextStaysText() throws {
        let browser = try browser(keys: "keep_search = \"ctrl-j\"\ncancel_search = \"ctrl-g\"\nolder_search = \"ctrl-p\"\n")
        browser.type("/muon")
        browser.type(.ctrl("j"))
        XCTAssertEqual(browser.state.focus, .list)
        XCTAssertEqual(browser.state.history, ["muon"])
        browser.type("/")
        browser.type(.ctrl("u"))
        browser.type(.enter, .escape, .up)
        XCTAssertEqual(browser.state.focus, .search, "Enter and Esc no longer leave the search line")
        XCTAssertEqual(browser.state.searchText, "", "↑ no longer recalls")
        browser.type("qj?")
        XCTAssertEqual(browser.state.searchText, "qj?", "letters bound elsewhere are text here")
        browser.type(.ctrl("p"))
        XCTAssertEqual(browser.state.searchText, "muon")
        browser.type(.ctrl("g"))
        XCTAssertEqual(browser.state.focus, .list)
        XCTAssertEqual(browser.state.appliedQuery, "muon")
    }

    func testHelpAndDownloadKeysRebindFromTheConfiguration() throws {
        let browser = try browser(keys: "move_down = \"ctrl-n\"\ncancel_download = \"x\"\n")
        browser.type("?")
        browser.type(.ctrl("n"))
        XCTAssertEqual(browser.state.helpScroll.offset, 1)
        browser.type("j")
        XCTAssertEqual(browser.state.overlay, .none, "j is any other key now: it closes the help")
        browser.type("r")
        browser.type(.escape)
        XCTAssertEqual(browser.downloads.calls, [.start("ellis-2026-06-08")], "Esc no longer cancels")
        browser.type("x")
        XCTAssertEqual(browser.downloads.calls, [.start("ellis-2026-06-08"), .cancel])
    }

    /// `?` shows every pane's keys under its heading, rebound keys included.
    func testHelpListsEveryPaneWithItsKeys() throws {
        let browser = try browser(keys: "close = \"x\"\n")
        browser.type("?")
        var seen = Set<String>()
        for _ in 0..<10 {
            seen.formUnion(browser.screen.map { $0.trimmingCharacters(in: .whitespaces) })
            browser.type(.pageDown)
        }
        for heading in ["IN THE DETAIL", "ON THE SEARCH LINE", "CHOOSING A TOPIC, SPEAKER OR RELATED RECORD", "READING A PAPER",
                        "SEARCHING IN THE PAPER", "WHILE A PAPER DOWNLOADS", "IN THIS HELP", "QUERY"] {
            XCTAssertTrue(seen.contains(heading), heading)
        }
        // At 80 columns the keys take 19 of them, the help the rest.
        func line(_ keys: String, _ command: Command) -> String { keys.padding(toLength: 19, withPad: " ", startingAt: 0) + command.help }
        for line in [line("Enter", .keepSearch), line("^w", .deleteWord), line("Enter", .choose), line("x", .close),
                     line("PgUp ^u b", .pageUp), line("Esc", .cancelDownload)] {
            XCTAssertTrue(seen.contains(line), line)
        }
        XCTAssertFalse(seen.contains(line("Esc q", .close)), "the rebound keys, not the default ones")
    }

    func testEveryPaneHasAHeadingAndEveryCommandIsListed() {
        let sections = Keymap.standard.helpSections()
        XCTAssertEqual(sections.count, Keymap.Pane.allCases.count - 1, "every pane but the global keys, which go with the list's")
        XCTAssertEqual(sections.compactMap(\.heading).count, sections.count - 1)
        for section in sections { XCTAssertFalse(section.entries.isEmpty, section.heading ?? "the list") }
    }
}

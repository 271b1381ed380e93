import ScreenModel
import TalkArchive
import TalkSettings
import XCTest
@testable import TalksUI

/// `[keys]` and `[colors]` of the configuration file, applied to the browser.
final class BrowserSettingsTests: XCTestCase {
    private func file(_ text: String) throws -> ConfigFile { try ConfigFile(path: "config.toml", text: text) }

    func testRebindingAKeyMovesItAndTheHelpFollows() throws {
        let config = try file("[keys]\nquit = \"x\"\nmove_down = [\"j\", \"ctrl-n\"]\nsearch = \"q\"\n")
        let keymap = try BrowserSettings.keymap(config.keyBindings)
        XCTAssertEqual(keymap.command(for: .char("x"), in: .list), .quit)
        XCTAssertEqual(keymap.command(for: .char("q"), in: .list), .search, "q left quit for search")
        XCTAssertEqual(keymap.command(for: .ctrl("n"), in: .list), .moveDown)
        XCTAssertNil(keymap.command(for: .down, in: .list), "the list replaces the default keys")
        XCTAssertEqual(keymap.command(for: .ctrl("n"), in: .detail), .moveDown)
        XCTAssertTrue(keymap.helpEntries().contains { $0.keys == "x ^c" && $0.help == Command.quit.help })
        let browser = TestBrowser { $0.keymap = keymap }
        browser.type(.ctrl("n"), .ctrl("n"))
        XCTAssertEqual(browser.state.selection, 2)
        browser.type("x")
        XCTAssertTrue(browser.runtime.hasQuit)
    }

    func testBadBindingsNameTheLine() throws {
        for (text, fragment) in [("[keys]\nfly = \"f\"\n", "no such command"), ("[keys]\n\nquit = \"ctl-x\"\n", "not a key name"),
                                 ("[keys]\nquit = 3\n", "expected a key name")] {
            do {
                _ = try BrowserSettings.keymap(try file(text).keyBindings)
                XCTFail("accepted: \(text)")
            } catch {
                let error = "\(error)"
                XCTAssertTrue(error.contains(fragment), error)
                XCTAssertTrue(error.hasPrefix("config.toml:"), error)
            }
        }
    }

    func testColorsRestyleRoles() throws {
        let config = try file("[colors]\nmatch = \"white on 208 bold\"\ndate = \"bright-magenta underline\"\n")
        let theme = try BrowserSettings.theme(config.colors)
        XCTAssertEqual(theme.match, Style(foreground: .white, background: .indexed(208), attributes: [.bold]))
        XCTAssertEqual(theme.date, Style(foreground: .brightMagenta, attributes: [.underline]))
        XCTAssertEqual(theme.title, Theme.standard.title)
    }

    func testBadColorsNameTheLine() throws {
        for (text, fragment) in [("[colors]\nsparkle = \"red\"\n", "no such role"), ("[colors]\nmatch = \"mauve\"\n", "“mauve” is not a colour"),
                                 ("[colors]\nmatch = \"red on\"\n", "must be followed by a colour"), ("[colors]\nmatch = 1\n", "expected a string")] {
            do {
                _ = try BrowserSettings.theme(try file(text).colors)
                XCTFail("accepted: \(text)")
            } catch {
                let error = "\(error)"
                XCTAssertTrue(error.contains(fragment), error)
                XCTAssertTrue(error.contains("config.toml:2"), error)
            }
        }
    }

    func testKeyNames() {
        XCTAssertEqual(Key(configName: "C-d"), .ctrl("d"))
        XCTAssertEqual(Key(configName: "^u"), .ctrl("u"))
        XCTAssertEqual(Key(configName: "PgDn"), .pageDown)
        XCTAssertEqual(Key(configName: "space"), .char(" "))
        XCTAssertEqual(Key(configName: "F5"), .function(5))
        XCTAssertEqual(Key(configName: "G"), .char("G"))
        XCTAssertNil(Key(configName: "ctrl-1"))
        XCTAssertNil(Key(configName: "hyper-x"))
        XCTAssertEqual(Command.readPaper.configName, "read_paper")
    }
}

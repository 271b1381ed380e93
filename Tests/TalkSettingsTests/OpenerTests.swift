import XCTest
import TalkArchive
@testable import TalkSettings

/// The opener's argv, exactly, and the choice between launching it and printing the URL.
final class OpenerTests: XCTestCase {
    private let url = "https://arxiv.org/pdf/2211.05729"

    private func argv(_ opener: String, _ url: String) throws -> [String] {
        try OpenerCommand(opener).arguments(for: url)
    }

    private func splitError(_ opener: String) -> String? {
        do { _ = try OpenerCommand(opener); return nil } catch { return error.message }
    }

    // MARK: - Words and argv

    func testURLIsAppendedWhenThereIsNoPlaceholder() throws {
        XCTAssertEqual(try argv("xdg-open", url), ["xdg-open", url])
        XCTAssertEqual(try argv("  open   -a\tPreview ", url), ["open", "-a", "Preview", url])
    }

    func testPlaceholderIsReplacedInPlace() throws {
        XCTAssertEqual(try argv("firefox --new-tab %u --safe", url), ["firefox", "--new-tab", url, "--safe"])
        XCTAssertEqual(try argv("chromium --app=%u", url), ["chromium", "--app=\(url)"])
        XCTAssertEqual(try argv("mirror %u %u", url), ["mirror", url, url])
    }

    func testQuotesGroupWordsAndNothingElseIsSpecial() throws {
        XCTAssertEqual(try argv(#"'/Applications/Google Chrome.app/x' --profile "Ada's \"work\"" %u"#, url),
                       ["/Applications/Google Chrome.app/x", "--profile", #"Ada's "work""#, url])
        XCTAssertEqual(try argv(#"a\ b "c\d" 'e\f' ""  x"#, url), ["a b", #"c\d"#, #"e\f"#, "", "x", url])
        XCTAssertEqual(try argv("sh -c $HOME;`id`|*", url), ["sh", "-c", "$HOME;`id`|*", url], "no expansion of any kind")
    }

    func testBadOpenersAreErrors() {
        XCTAssertEqual(splitError(""), "the opener command is empty")
        XCTAssertEqual(splitError("   "), "the opener command is empty")
        XCTAssertEqual(splitError("'' x"), "the opener command is empty")
        XCTAssertEqual(splitError("firefox 'x"), "the ' quote is not closed")
        XCTAssertEqual(splitError("firefox \"x"), "the \" quote is not closed")
        XCTAssertEqual(splitError("firefox x\\"), "the opener command ends with a backslash")
        XCTAssertEqual(splitError("firefox\nrm -rf ~"), "the opener command has control characters (a line break?)")
    }

    func testHostileURLsAreExactlyOneArgument() throws {
        let hostile = [
            "https://x.org/a;rm -rf ~", "https://x.org/$(touch /tmp/pwned)", "https://x.org/`id`",
            "https://x.org/'\"quotes\"'", "https://x.org/a b\tc", "https://x.org/a\nb", "https://x.org/%u%u",
            "https://x.org/ --new-window file:///etc/passwd",
        ]
        for url in hostile {
            XCTAssertEqual(try argv("firefox %u", url), ["firefox", url], url)
            XCTAssertEqual(try argv("xdg-open", url), ["xdg-open", url], url)
            XCTAssertEqual(try argv("'my opener' --url=%u --", url), ["my opener", "--url=\(url)", "--"], url)
        }
    }

    // MARK: - Launch or print

    private func decide(_ environment: [String: String], opener: String = "xdg-open",
                        found: Bool = true) throws -> OpenDecision {
        try OpenPlan.decide(url: try HTTPURL(url), opener: Setting(value: opener, origin: .builtIn),
                            environment: environment, findExecutable: { found ? "/usr/bin/\($0)" : nil })
    }

    func testLocalDesktopLaunchesTheResolvedProgram() throws {
        XCTAssertEqual(try decide(["DISPLAY": ":0"]), .launch(["/usr/bin/xdg-open", url]))
        XCTAssertEqual(try decide([:], opener: "firefox --new-tab %u"), .launch(["/usr/bin/firefox", "--new-tab", url]))
        XCTAssertEqual(try decide(["SSH_CONNECTION": "10.0.0.2 5022 10.0.0.1 22", "WAYLAND_DISPLAY": "wayland-0"]),
                       .launch(["/usr/bin/xdg-open", url]), "SSH with a forwarded display launches")
    }

    func testSSHWithoutADisplayPrintsOnly() throws {
        for variable in ["SSH_CONNECTION", "SSH_TTY"] {
            guard case .printOnly(let reason) = try decide([variable: "x", "DISPLAY": ""]) else {
                return XCTFail("\(variable) without a display must not launch")
            }
            XCTAssertTrue(reason.hasPrefix("over SSH ($\(variable)) with no DISPLAY or WAYLAND_DISPLAY"), reason)
        }
    }

    func testAMissingOpenerPrintsOnly() throws {
        XCTAssertEqual(try decide(["DISPLAY": ":0"], opener: "nosuch-browser --x", found: false),
                       .printOnly(reason: "no opener to launch: “nosuch-browser” (from default) is not an executable on PATH"))
    }

    func testAnUnsplittableOpenerNamesItsOrigin() {
        XCTAssertThrowsError(try OpenPlan.decide(url: try HTTPURL(url),
                                                 opener: Setting(value: "x 'y", origin: .environment(variable: "TALKS_OPENER")),
                                                 environment: [:], findExecutable: { $0 })) { error in
            XCTAssertEqual((error as? OpenerError)?.message, "the opener from $TALKS_OPENER: the ' quote is not closed")
        }
    }

    func testPathLookupFindsOnlyExecutableFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("talks-path-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("dir-opener"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("my-opener"), plain = folder.appendingPathComponent("plain")
        try Data("#!/bin/sh\n".utf8).write(to: script)
        try Data("".utf8).write(to: plain)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let find = ExecutableLookup.onPath(["PATH": "/nonexistent:\(folder.path)"])
        XCTAssertEqual(find("my-opener"), script.path)
        XCTAssertNil(find("plain"), "not executable")
        XCTAssertNil(find("dir-opener"), "a directory")
        XCTAssertEqual(find(script.path), script.path, "a path is taken as it is")
        XCTAssertNil(find(folder.appendingPathComponent("missing").path))
    }
}

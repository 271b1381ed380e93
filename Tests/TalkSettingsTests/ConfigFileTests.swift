import XCTest
import TalkArchive
@testable import TalkSettings

/// The configuration file: every key, strict checking with lines, and where settings come from.
final class ConfigFileTests: XCTestCase {
    private let path = "/home/ada/.config/talks/config.toml"

    private func error(_ text: String) -> ConfigError? {
        do { _ = try ConfigFile(path: path, text: text); return nil } catch { return error }
    }

    func testEveryKeyIsReadWithItsLine() throws {
        let file = try ConfigFile(path: path, text: """
            # talks configuration
            opener = "firefox --new-tab %u"
            arxiv_mirror = "http://127.0.0.1:8431/"
            preview = "Never"

            [download]
            max_bytes = 1_000_000
            timeout_seconds = 2.5
            """)
        XCTAssertEqual(file.opener, Setting(value: "firefox --new-tab %u", origin: .configFile(path: path, line: 2)))
        XCTAssertEqual(file.arxivMirror?.value.description, "http://127.0.0.1:8431")
        XCTAssertEqual(file.arxivMirror?.origin, .configFile(path: path, line: 3))
        XCTAssertEqual(file.preview, Setting(value: .never, origin: .configFile(path: path, line: 4)))
        XCTAssertEqual(file.downloadMaxBytes, Setting(value: 1_000_000, origin: .configFile(path: path, line: 7)))
        XCTAssertEqual(file.downloadTimeoutSeconds, Setting(value: 2.5, origin: .configFile(path: path, line: 8)))
    }

    func testDottedKeysAndInlineTablesAreTheSameKeys() throws {
        let dotted = try ConfigFile(path: path, text: "opener = 'open'\ndownload.timeout_seconds = 30\n")
        XCTAssertEqual(dotted.downloadTimeoutSeconds, Setting(value: 30, origin: .configFile(path: path, line: 2)))
        let inline = try ConfigFile(path: path, text: "\ndownload = { max_bytes = 10 }\n")
        XCTAssertEqual(inline.downloadMaxBytes, Setting(value: 10, origin: .configFile(path: path, line: 2)))
        XCTAssertNil(inline.opener)
    }

    func testAnEmptyFileSetsNothing() throws {
        let file = try ConfigFile(path: path, text: "# nothing yet\n")
        XCTAssertNil(file.opener)
        XCTAssertNil(file.arxivMirror)
        XCTAssertNil(file.downloadMaxBytes)
        XCTAssertNil(file.downloadTimeoutSeconds)
    }

    func testUnknownKeysAreErrorsNamingFileAndLine() {
        XCTAssertEqual(error("opener = \"x\"\n\nbrowser = \"firefox\"\n")?.description,
                       "\(path):3: unknown key “browser”; the keys are opener, arxiv_mirror, preview, timezone, in [download]: max_bytes, timeout_seconds, and the tables [keys] and [colors]")
        XCTAssertEqual(error("[download]\nmax_bytes = 5\nmax_size = 6\n")?.line, 3)
        XCTAssertEqual(error("[download]\nmax_bytes = 5\nmax_size = 6\n")?.message.hasPrefix("unknown key “max_size” in [download]"), true)
        XCTAssertEqual(error("[colours]\nselection = \"blue\"\n")?.line, 1, "a table nothing reads")
        XCTAssertEqual(error("max_bytes = 5\n")?.message.hasPrefix("unknown key “max_bytes”;"), true, "outside its table")
    }

    func testTheFirstBadLineIsReported() {
        XCTAssertEqual(error("zeta = 1\nalpha = 2\n")?.line, 1, "by line, not by key order")
    }

    func testWrongTypesAndRangesAreErrorsWithTheKey() {
        XCTAssertEqual(error("opener = 5\n")?.description, "\(path):1: opener: expected a string, found integer")
        XCTAssertEqual(error("opener = \"\"\n")?.description, "\(path):1: opener: the opener command is empty")
        XCTAssertEqual(error("opener = \"firefox 'x\"\n")?.description, "\(path):1: opener: the ' quote is not closed")
        XCTAssertEqual(error("arxiv_mirror = \"file:///srv\"\n")?.message,
                       "arxiv_mirror: refusing to open “file:///srv”: only http and https links are opened, not file:")
        XCTAssertEqual(error("preview = \"sometimes\"\n")?.description,
                       "\(path):1: preview: expected \"auto\", \"always\" or \"never\"")
        XCTAssertEqual(error("preview = true\n")?.line, 1)
        XCTAssertEqual(error("[download]\nmax_bytes = -1\n")?.description,
                       "\(path):2: download.max_bytes: expected a whole number of bytes above 0")
        XCTAssertEqual(error("[download]\nmax_bytes = 1.5\n")?.line, 2)
        XCTAssertEqual(error("[download]\n\ntimeout_seconds = \"10\"\n")?.description,
                       "\(path):3: download.timeout_seconds: expected a number of seconds above 0")
        XCTAssertEqual(error("[download]\ntimeout_seconds = inf\n")?.line, 2)
        XCTAssertEqual(error("[opener]\nx = 1\n")?.description, "\(path):1: opener: expected a string, found table")
    }

    func testSyntaxErrorsCarryTOMLKitsLine() throws {
        let bad = try XCTUnwrap(error("opener = \"x\"\n[download\nmax_bytes = 5\n"))
        XCTAssertEqual(bad.line, 2)
        XCTAssertTrue(bad.message.hasPrefix("not valid TOML: "), bad.message)
        XCTAssertFalse(bad.description.contains("\n"), "one line")
        XCTAssertEqual(error("opener = \"a\"\nopener = \"b\"\n")?.line, 2, "a key defined twice")
    }

    func testKeyLinesFollowTablesQuotesAndMultilineStrings() {
        let lines = TOMLKeyLines("""
            a = \"\"\"
            b = 1
            \"\"\"
            [ "t.u" . v ]
            'k' = "x = y" # c = d
            """)
        XCTAssertEqual(lines.line(of: ["a"]), 1)
        XCTAssertEqual(lines.line(of: ["b"]), 1, "inside the string: not a key, falls back")
        XCTAssertEqual(lines.line(of: ["t.u", "v"]), 4)
        XCTAssertEqual(lines.line(of: ["t.u", "v", "k"]), 5)
        XCTAssertEqual(lines.line(of: ["t.u", "v", "missing"]), 4, "the enclosing table")
    }

    func testLoadReadsTheFileOrReturnsNil() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("talks-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("config.toml")
        XCTAssertNil(try ConfigFile.load(path: file.path))
        try Data("opener = \"open -a Preview\"\n".utf8).write(to: file)
        XCTAssertEqual(try ConfigFile.load(path: file.path)?.opener?.value, "open -a Preview")
        try Data([0x6F, 0xFF, 0xFE]).write(to: file)
        XCTAssertThrowsError(try ConfigFile.load(path: file.path)) { error in
            XCTAssertEqual((error as? ConfigError)?.description, "\(file.path): the configuration file is not UTF-8 text")
        }
    }
}

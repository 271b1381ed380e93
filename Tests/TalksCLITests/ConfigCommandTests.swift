import Foundation
import XCTest

/// `talks config`: the settings in force and their origins; a bad file is a one-line error.
final class ConfigCommandTests: XCTestCase {
    private var folder: URL!
    private var file: URL { folder.appendingPathComponent("talks/config.toml") }

    override func setUpWithError() throws {
        folder = try TalksRun.scratchFolder("config")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    #if os(macOS)
    private let platformOpener = "open"
    #else
    private let platformOpener = "xdg-open"
    #endif

    private func write(_ text: String) throws {
        try Data(text.utf8).write(to: file)
    }

    /// The output's lines with each run of spaces made one, so the tests do not depend on column widths.
    private static func singleSpaced(_ out: String) -> [String] {
        out.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
    }

    func testDefaultsWithoutAFile() throws {
        let r = try TalksRun.run(["config"], environment: ["XDG_CONFIG_HOME": folder.path, "TZ": "America/New_York"])
        XCTAssertEqual(r.status, 0, r.err)
        let lines = Self.singleSpaced(r.out)
        XCTAssertEqual(lines, [
            "config file \(file.path) (none)",
            "opener \(platformOpener) (default)",
            "arxiv_mirror https://arxiv.org (default)",
            "preview auto (default)",
            "timezone America/New_York (from $TZ)",
            "download.max_bytes 52428800 (default)",
            "download.timeout_seconds 60 (default)",
        ])
    }

    func testOriginsAreTheFileLineAndTheEnvironment() throws {
        try write("# mine\narxiv_mirror = \"http://127.0.0.1:9/\"\n[download]\ntimeout_seconds = 2.5\n")
        let r = try TalksRun.run(["config"], environment: ["XDG_CONFIG_HOME": folder.path, "BROWSER": "lynx"])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("http://127.0.0.1:9  (from \(file.path):2)"), r.out)
        XCTAssertTrue(r.out.contains("2.5  (from \(file.path):4)"), r.out)
        XCTAssertTrue(r.out.contains("lynx  (from $BROWSER)"), r.out)
    }

    func testJSONHasValueOriginAndSource() throws {
        try write("opener = \"firefox %u\"\n[download]\nmax_bytes = 1000\n")
        let r = try TalksRun.run(["config", "--json"], environment: ["XDG_CONFIG_HOME": folder.path, "TALKS_OPENER": "open"])
        XCTAssertEqual(r.status, 0, r.err)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        XCTAssertEqual(object["config_file"] as? String, file.path)
        XCTAssertEqual(object["config_file_exists"] as? Bool, true)
        let settings = try XCTUnwrap(object["settings"] as? [String: [String: Any]])
        XCTAssertEqual(Set(settings.keys), ["opener", "arxiv_mirror", "preview", "timezone", "download.max_bytes", "download.timeout_seconds"])
        XCTAssertEqual(settings["opener"]?["value"] as? String, "open")
        XCTAssertEqual(settings["opener"]?["origin"] as? String, "environment")
        XCTAssertEqual(settings["opener"]?["source"] as? String, "TALKS_OPENER")
        XCTAssertEqual(settings["download.max_bytes"]?["value"] as? Int, 1000)
        XCTAssertEqual(settings["download.max_bytes"]?["source"] as? String, "\(file.path):3")
        XCTAssertEqual(settings["arxiv_mirror"]?["origin"] as? String, "default")
        XCTAssertTrue(settings["arxiv_mirror"]?["source"] is NSNull, "null, not missing")
    }

    func testKioskModeShowsTheDefaultsAndReadsNeitherFileNorVariables() throws {
        try write("opener = \"firefox %u\"\n[colors]\nmatch = \"mauve\"\n")  // not even read to find the error
        let r = try TalksRun.run(["config", "--kiosk"], environment: ["XDG_CONFIG_HOME": folder.path, "TALKS_OPENER": "evil",
                                                                     "TZ": "America/New_York"])
        XCTAssertEqual(r.status, 0, r.err)
        let lines = Self.singleSpaced(r.out)
        XCTAssertEqual(lines, [
            "kiosk mode on: no opener, paper downloads, import, enrich, suspend, configuration file, $TALKS_ARCHIVE, export to a file, saved marks",
            "config file \(file.path) (not read: kiosk mode)",
            "opener none (from kiosk mode)",
            "arxiv_mirror https://arxiv.org (default)",
            "preview auto (default)",
            "timezone America/New_York (default)",
            "download.max_bytes 52428800 (default)",
            "download.timeout_seconds 60 (default)",
        ])
        let json = try TalksRun.run(["config", "--json"], environment: ["XDG_CONFIG_HOME": folder.path, "TALKS_KIOSK": "1"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        XCTAssertEqual(object["kiosk"] as? Bool, true)
        let opener = try XCTUnwrap((object["settings"] as? [String: [String: Any]])?["opener"])
        XCTAssertEqual(opener["origin"] as? String, "kiosk")
    }

    func testABadFileIsOneLineWithFileAndLineAndStatusOne() throws {
        try write("opener = \"x\"\n\n[colours]\nselection = \"blue\"\n")
        for arguments in [["config"], ["open", "ellis-2026-03-16", "--print"]] {
            let r = try TalksRun.run(arguments, environment: ["XDG_CONFIG_HOME": folder.path])
            XCTAssertEqual(r.status, 1)
            XCTAssertEqual(r.out, "")
            XCTAssertTrue(r.err.hasPrefix("talks: \(file.path):3: unknown key “colours”;"), r.err)
            XCTAssertEqual(r.err.split(separator: "\n").count, 1)
        }
        try write("[colors]\nmatch = \"mauve\"\n")
        let colour = try TalksRun.run(["config"], environment: ["XDG_CONFIG_HOME": folder.path])
        XCTAssertEqual(colour.status, 1)
        XCTAssertTrue(colour.err.hasPrefix("talks: \(file.path):2: colors.match: “mauve” is not a colour"), colour.err)
        try write("opener = \"x\"\n[download\n")
        let syntax = try TalksRun.run(["config"], environment: ["XDG_CONFIG_HOME": folder.path])
        XCTAssertEqual(syntax.status, 1)
        XCTAssertTrue(syntax.err.hasPrefix("talks: \(file.path):2: not valid TOML"), syntax.err)
    }
}

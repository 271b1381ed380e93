import XCTest
import TalkArchive
@testable import TalkSettings

/// Where each setting comes from: environment, configuration file, defaults.
final class TalksSettingsTests: XCTestCase {
    private let path = "/home/ada/.config/talks/config.toml"

    private func settings(_ environment: [String: String], file text: String? = nil) throws -> TalksSettings {
        let file = try text.map { try ConfigFile(path: path, text: $0) }
        return TalksSettings.resolve(environment: environment, file: file, configPath: path, platformOpener: "xdg-open")
    }

    func testDefaultsWithNothingSet() throws {
        let s = try settings([:])
        XCTAssertEqual(s.opener, Setting(value: "xdg-open", origin: .builtIn))
        XCTAssertEqual(s.arxivMirror, Setting(value: .arxiv, origin: .builtIn))
        XCTAssertEqual(s.downloadMaxBytes, Setting(value: TalksSettings.defaultMaxBytes, origin: .builtIn))
        XCTAssertEqual(s.downloadTimeoutSeconds.value, TalksSettings.defaultTimeoutSeconds)
        XCTAssertFalse(s.configFileExists)
    }

    func testOpenerPrecedenceTalksOpenerThenFileThenBrowser() throws {
        let file = "opener = \"from-file %u\"\n"
        let all = ["TALKS_OPENER": "from-env", "BROWSER": "from-browser"]
        XCTAssertEqual(try settings(all, file: file).opener, Setting(value: "from-env", origin: .environment(variable: "TALKS_OPENER")))
        XCTAssertEqual(try settings(["BROWSER": "from-browser"], file: file).opener,
                       Setting(value: "from-file %u", origin: .configFile(path: path, line: 1)))
        XCTAssertEqual(try settings(["BROWSER": "from-browser"]).opener,
                       Setting(value: "from-browser", origin: .environment(variable: "BROWSER")))
        XCTAssertEqual(try settings(["TALKS_OPENER": " ", "BROWSER": ""]).opener.origin, .builtIn, "empty counts as unset")
    }

    func testFileValuesOverrideDefaults() throws {
        let s = try settings([:], file: "arxiv_mirror = \"https://mirror.example/arxiv\"\n")
        XCTAssertEqual(s.arxivMirror.value.pdf(for: "2211.05729")?.description, "https://mirror.example/arxiv/pdf/2211.05729")
        XCTAssertEqual(s.arxivMirror.origin.description, "\(path):1")
        XCTAssertTrue(s.configFileExists)
    }

    func testConfigLocationFollowsXDG() {
        XCTAssertEqual(ConfigLocation.path(environment: ["XDG_CONFIG_HOME": "/x/conf", "HOME": "/home/ada"]), "/x/conf/talks/config.toml")
        XCTAssertEqual(ConfigLocation.path(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/ada"]),
                       "/home/ada/.config/talks/config.toml", "a relative XDG_CONFIG_HOME is ignored")
        XCTAssertEqual(ConfigLocation.path(environment: ["HOME": "/home/ada"]), "/home/ada/.config/talks/config.toml")
    }

    func testLoadReportsABadFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("talks-xdg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("talks"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["XDG_CONFIG_HOME": folder.path]
        XCTAssertFalse(try TalksSettings.load(environment: environment).configFileExists)
        try Data("[download]\ncolour = 1\n".utf8).write(to: folder.appendingPathComponent("talks/config.toml"))
        XCTAssertThrowsError(try TalksSettings.load(environment: environment)) { error in
            XCTAssertEqual((error as? ConfigError)?.line, 2)
        }
    }
}

import Foundation
import XCTest
import TalkArchive
@testable import TalkSettings

/// Kiosk mode: how it is switched on, and the settings it leaves a public host.
final class KioskPolicyTests: XCTestCase {
    func testTheFlagOrAnyValueButEmptyOrZeroTurnsItOn() {
        XCTAssertTrue(KioskPolicy.detect(flag: true, environment: [:]).isKiosk)
        for value in ["1", "yes", "true", "00", " on"] {
            XCTAssertTrue(KioskPolicy.detect(flag: false, environment: ["TALKS_KIOSK": value]).isKiosk, value)
        }
        for value in ["", "0", " 0 ", " "] {
            XCTAssertFalse(KioskPolicy.detect(flag: false, environment: ["TALKS_KIOSK": value]).isKiosk, value)
        }
        XCTAssertTrue(KioskPolicy.detect(flag: true, environment: ["TALKS_KIOSK": "0"]).isKiosk, "the variable cannot undo the flag")
    }

    func testKioskRefusesEveryCapabilityAndUnrestrictedNone() {
        for capability in KioskPolicy.Capability.allCases {
            XCTAssertFalse(KioskPolicy.kiosk.allows(capability), capability.rawValue)
            XCTAssertTrue(KioskPolicy.unrestricted.allows(capability), capability.rawValue)
            XCTAssertThrowsError(try KioskPolicy.kiosk.require(capability))
        }
        XCTAssertEqual(KioskRefusal(capability: .importFiles).description, "import is not available on this host (kiosk mode)")
    }

    func testKioskSettingsReadNoFileAndNoVariable() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("talks-kiosk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: config.appendingPathComponent("talks"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: config) }
        try Data("opener = \"/tmp/evil %u\"\narxiv_mirror = \"http://127.0.0.1:9/\"\n[keys]\nread_paper = \"x\"\n".utf8)
            .write(to: config.appendingPathComponent("talks/config.toml"))
        let environment = ["XDG_CONFIG_HOME": config.path, "TALKS_OPENER": "/tmp/evil", "BROWSER": "/tmp/evil"]

        let mine = try TalksSettings.load(environment: environment)
        XCTAssertEqual(mine.opener.value, "/tmp/evil", "the same environment without kiosk mode is read")
        XCTAssertTrue(mine.configFileExists)

        let kiosk = try TalksSettings.load(environment: environment, policy: .kiosk)
        XCTAssertEqual(kiosk.opener, Setting(value: "none", origin: .kiosk))
        XCTAssertEqual(kiosk.arxivMirror, Setting(value: .arxiv, origin: .builtIn))
        XCTAssertEqual(kiosk.keyBindings.count, 0)
        XCTAssertFalse(kiosk.configFileExists)
        XCTAssertEqual(kiosk.policy, .kiosk)
    }
}

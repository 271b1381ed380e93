import Foundation
import XCTest

/// `--tz` and `timezone`: which zone `talks show` gives start times in, and says so; `talks config`
/// lists it with its origin; an unknown name is one line naming the option or the file's line.
final class TimeZoneCommandTests: XCTestCase {
    private var folder: URL!
    private var file: URL { folder.appendingPathComponent("talks/config.toml") }

    override func setUpWithError() throws {
        folder = try TalksRun.scratchFolder("tz")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// `talks ARGUMENTS` as a reader in Tokyo's server would run it: `$TZ` the server's.
    private func run(_ arguments: [String], config: String? = nil) throws -> TalksRun {
        if let config { try Data(config.utf8).write(to: file) }
        return try TalksRun.run(arguments, environment: ["XDG_CONFIG_HOME": folder.path, "TZ": "Asia/Tokyo"])
    }

    /// The "Date" row of `talks show`.
    private func dateRow(_ r: TalksRun) -> String? {
        r.out.split(separator: "\n").first { $0.hasPrefix("Date") }
            .map { $0.dropFirst(4).trimmingCharacters(in: .whitespaces) }
    }

    func testTheOptionOverridesTheFileWhichOverridesTheProcessZone() throws {
        let processZone = try run(["show", "ellis-2026-03-16"])
        XCTAssertEqual(dateRow(processZone), "Monday, 16 March 2026 · 17:00 CET = 01:00 GMT+9 on Tuesday your time (Asia/Tokyo, from $TZ)")
        let configured = try run(["show", "ellis-2026-03-16"], config: "# mine\ntimezone = \"Europe/London\"\n")
        XCTAssertEqual(dateRow(configured), "Monday, 16 March 2026 · 17:00 CET = 16:00 GMT your time (Europe/London, from config.toml:2)")
        for arguments in [["show", "ellis-2026-03-16", "--tz", "America/New_York"], ["--tz", "America/New_York", "show", "ellis-2026-03-16"]] {
            let option = try run(arguments)
            XCTAssertEqual(option.status, 0, option.err)
            XCTAssertEqual(dateRow(option), "Monday, 16 March 2026 · 17:00 CET = 12:00 EDT your time (America/New_York, from --tz)", "\(arguments)")
        }
    }

    func testMarchOnEitherSideOfTheUSAndEUChanges() throws {
        for (id, expected) in [
            ("ellis-2026-03-02", "Monday, 2 March 2026 · 17:00 CET = 11:00 EST your time"),    // before both
            ("ellis-2026-03-09", "Monday, 9 March 2026 · 17:00 CET = 12:00 EDT your time"),    // after the US one (8 March)
            ("ellis-2026-03-30", "Monday, 30 March 2026 · 17:00 CEST = 11:00 EDT your time"),  // after the EU one (29 March)
        ] {
            let r = try run(["show", id, "--tz", "America/New_York"])
            XCTAssertEqual(dateRow(r), expected + " (America/New_York, from --tz)")
        }
        XCTAssertEqual(dateRow(try run(["show", "ellis-2026-03-30", "--tz", "Europe/Berlin"])),
                       "Monday, 30 March 2026 · 17:00 CEST, also your time (Europe/Berlin, from --tz)")
    }

    func testConfigListsTheZoneWithItsOrigin() throws {
        let configured = try run(["config"], config: "timezone = \"Europe/London\"\n")
        XCTAssertTrue(configured.out.contains("Europe/London  (from \(file.path):1)"), configured.out)
        let option = try run(["config", "--tz", "America/New_York", "--json"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(option.out.utf8)) as? [String: Any])
        let zone = try XCTUnwrap((object["settings"] as? [String: [String: Any]])?["timezone"])
        XCTAssertEqual(zone["value"] as? String, "America/New_York")
        XCTAssertEqual(zone["origin"] as? String, "command line")
        XCTAssertEqual(zone["source"] as? String, "--tz")
    }

    func testKioskModeHeedsTheOptionButNotTheFile() throws {
        let r = try run(["--kiosk", "--tz", "Europe/London", "show", "ellis-2026-03-16"], config: "timezone = \"America/New_York\"\n")
        XCTAssertEqual(dateRow(r), "Monday, 16 March 2026 · 17:00 CET = 16:00 GMT your time (Europe/London, from --tz)")
        let host = try run(["--kiosk", "show", "ellis-2026-03-16"])
        XCTAssertTrue(dateRow(host)?.hasSuffix("(Asia/Tokyo, this host's zone)") == true, host.out)
    }

    func testAnUnknownOptionValueIsAUsageError() throws {
        for arguments in [["show", "ellis-2026-03-16", "--tz", "Mars/Olympus"], ["--tz", "Mars/Olympus", "list"], ["config", "--tz", "Mars/Olympus"]] {
            let r = try run(arguments)
            XCTAssertEqual(r.status, 64, "\(arguments)")
            XCTAssertTrue(r.err.hasPrefix("Error: --tz: unknown time zone “Mars/Olympus”; use a zone database name such as Europe/Berlin"), r.err)
            XCTAssertEqual(r.out, "")
        }
    }

    func testAnUnknownZoneInTheFileIsOneLineWithFileAndLine() throws {
        try Data("preview = \"auto\"\ntimezone = \"Mars/Olympus\"\n".utf8).write(to: file)
        for arguments in [["show", "ellis-2026-03-16"], ["list"], ["config"]] {
            let r = try run(arguments)
            XCTAssertEqual(r.status, 1, "\(arguments)")
            XCTAssertEqual(r.err, "talks: \(file.path):2: timezone: unknown time zone “Mars/Olympus”; use a zone database name such as Europe/Berlin, America/New_York or UTC\n")
        }
        let overridden = try run(["show", "ellis-2026-03-16", "--tz", "UTC"])
        XCTAssertEqual(overridden.status, 1, "--tz does not excuse a bad file")
    }
}

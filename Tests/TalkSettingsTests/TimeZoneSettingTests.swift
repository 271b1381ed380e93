import Foundation
import XCTest
import TalkArchive
@testable import TalkSettings

/// The viewer's time zone: `timezone` in the file, `--tz` over it, the process's zone under both;
/// and the start-time line the browser and `talks show` share, across the March DST changes.
final class TimeZoneSettingTests: XCTestCase {
    private let path = "/home/ada/.config/talks/config.toml"
    private let newYork = TimeZone(identifier: "America/New_York")!
    private let tzOption = SettingOrigin.commandLine(option: "--tz")

    // MARK: - The configuration file

    func testTimezoneKeyGivesTheZoneAndItsLine() throws {
        // Given a file naming a zone on its third line
        let file = try ConfigFile(path: path, text: "opener = \"x\"\n\ntimezone = \"Europe/London\"\n")
        // Then the zone is known, with that line
        XCTAssertEqual(file.timezone?.value.identifier, "Europe/London")
        XCTAssertEqual(file.timezone?.origin, .configFile(path: path, line: 3))
    }

    func testZoneNamesAreTheDatabaseOnes() {
        XCTAssertEqual(ZoneName.zone("Europe/Berlin")?.identifier, "Europe/Berlin")
        XCTAssertEqual(ZoneName.zone("america/new_york")?.identifier, "America/New_York", "any case, the database's spelling")
        XCTAssertNotNil(ZoneName.zone("UTC"))
        for bad in ["Mars/Olympus", "", "  ", "Europe/", "+02:00", "Berlin"] {
            XCTAssertNil(ZoneName.zone(bad), bad)
        }
    }

    func testAnUnknownZoneIsAnErrorNamingTheKeyAndLine() {
        XCTAssertThrowsError(try ConfigFile(path: path, text: "preview = \"auto\"\ntimezone = \"Mars/Olympus\"\n")) { error in
            XCTAssertEqual((error as? ConfigError)?.description,
                           "\(path):2: timezone: unknown time zone “Mars/Olympus”; use a zone database name such as Europe/Berlin, America/New_York or UTC")
        }
    }

    func testAZoneOfTheWrongTypeIsAnError() {
        for (text, found) in [("timezone = 1\n", "integer"), ("timezone = [\"UTC\"]\n", "array")] {
            XCTAssertThrowsError(try ConfigFile(path: path, text: text)) { error in
                let error = error as? ConfigError
                XCTAssertEqual(error?.line, 1)
                XCTAssertEqual(error?.message, "timezone: expected a zone name such as \"Europe/Berlin\", found \(found)")
            }
        }
    }

    // MARK: - Precedence

    private func zone(_ environment: [String: String], file text: String?, option: String?) throws -> Setting<TimeZone> {
        let file = try text.map { try ConfigFile(path: path, text: $0) }
        let setting = option.flatMap(ZoneName.zone).map { Setting(value: $0, origin: tzOption) }
        return TalksSettings.resolve(environment: environment, file: file, configPath: path, zoneOption: setting,
                                     processZone: newYork).timeZone
    }

    func testOptionOverridesFileOverridesTheProcessZone() throws {
        let file = "timezone = \"Asia/Tokyo\"\n"
        XCTAssertEqual(try zone(["TZ": "America/New_York"], file: file, option: "Europe/London"),
                       Setting(value: TimeZone(identifier: "Europe/London")!, origin: tzOption))
        XCTAssertEqual(try zone(["TZ": "America/New_York"], file: file, option: nil),
                       Setting(value: TimeZone(identifier: "Asia/Tokyo")!, origin: .configFile(path: path, line: 1)))
        XCTAssertEqual(try zone(["TZ": "America/New_York"], file: nil, option: nil),
                       Setting(value: newYork, origin: .environment(variable: "TZ")))
        XCTAssertEqual(try zone([:], file: nil, option: nil), Setting(value: newYork, origin: .builtIn), "the host's zone")
    }

    func testKioskModeReadsNoFileButHeedsTheOption() throws {
        let option = Setting(value: TimeZone(identifier: "Europe/London")!, origin: tzOption)
        let settings = TalksSettings.kiosk(configPath: path, zoneOption: option)
        XCTAssertEqual(settings.timeZone, option)
        XCTAssertEqual(TalksSettings.kiosk(configPath: path).timeZone.origin, .builtIn)
    }

    // MARK: - The start-time line

    /// An ELLIS talk at 17:00 in Berlin on `day` (2026-03-DD).
    private func talk(_ day: Int) -> ArchiveRecord {
        let date = Day(year: 2026, month: 3, day: day)!
        return ArchiveRecord(id: "ellis-2026-03-\(day)", kind: .talk, series: .ellis, date: date,
                             start: LocalTime.instant(on: date, hour: 17, minute: 0, zone: LocalTime.centralEurope),
                             startTimeZone: LocalTime.centralEurope, title: "A talk")
    }

    private func line(_ day: Int, _ viewer: String, _ origin: SettingOrigin? = nil) -> String {
        StartTimeLine.describe(talk(day), viewer: Setting(value: TimeZone(identifier: viewer)!, origin: origin ?? tzOption))
    }

    func testMarchOnEitherSideOfTheUSAndEUChanges() {
        // Before both (2 March), between the US change (8 March) and the EU one (29 March), after both (30 March).
        XCTAssertEqual(line(2, "America/New_York"), "Monday, 2 March 2026 · 17:00 CET = 11:00 EST your time (America/New_York, from --tz)")
        XCTAssertEqual(line(9, "America/New_York"), "Monday, 9 March 2026 · 17:00 CET = 12:00 EDT your time (America/New_York, from --tz)")
        XCTAssertEqual(line(30, "America/New_York"), "Monday, 30 March 2026 · 17:00 CEST = 11:00 EDT your time (America/New_York, from --tz)")
        XCTAssertEqual(line(16, "Europe/London"), "Monday, 16 March 2026 · 17:00 CET = 16:00 GMT your time (Europe/London, from --tz)")
        XCTAssertEqual(line(30, "Europe/London"), "Monday, 30 March 2026 · 17:00 CEST = 16:00 BST your time (Europe/London, from --tz)")
    }

    func testTheLineNamesTheZoneAndWhereItCameFrom() {
        let file = SettingOrigin.configFile(path: path, line: 3)
        XCTAssertEqual(line(16, "Europe/Berlin", file), "Monday, 16 March 2026 · 17:00 CET, also your time (Europe/Berlin, from config.toml:3)")
        XCTAssertEqual(line(16, "Europe/Paris", .environment(variable: "TZ")),
                       "Monday, 16 March 2026 · 17:00 CET, also your time (Europe/Paris, from $TZ)")
        XCTAssertTrue(line(16, "America/Chicago", .builtIn).hasSuffix("your time (America/Chicago, this host's zone)"))
        XCTAssertTrue(line(16, "Asia/Tokyo").contains("= 01:00 GMT+9 on Tuesday your time (Asia/Tokyo, from --tz)"),
                      "a different day is named: \(line(16, "Asia/Tokyo"))")
        let undated = ArchiveRecord(id: "paper-2018-06-20", kind: .paper, series: nil, date: Day(year: 2018, month: 6, day: 20)!, title: "A paper")
        XCTAssertEqual(StartTimeLine.describe(undated, viewer: Setting(value: newYork, origin: tzOption)), "Wednesday, 20 June 2018")
    }
}

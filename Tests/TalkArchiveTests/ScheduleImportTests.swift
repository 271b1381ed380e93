import Foundation
@testable import TalkArchive
import XCTest

/// Conference schedules (frab schedule.xml, frab/pretalx schedule JSON) as pages of the archive: real
/// published schedules (Fixtures/schedules/README.md), then hostile and variant ones.
final class ScheduleImportTests: XCTestCase {
    // MARK: Real schedules

    func testTheFirstDayOf38C3IsASeriesOfTalks() throws {
        // Given 38C3's schedule.xml, cut after its first day
        let data = try ScheduleFixtures.data("38c3-day1.xml.gz")
        let raw = String(decoding: data, as: UTF8.self)
        // When the archive reads it
        let page = try XCTUnwrap(ScheduleFixtures.parse("38c3.xml", data: data))
        // Then every event is a talk of the series "38c3", in Berlin time
        XCTAssertEqual(page.format, .frabScheduleXML)
        XCTAssertEqual(page.talks.count, raw.components(separatedBy: "<event ").count - 1)
        XCTAssertGreaterThan(page.talks.count, 200)
        XCTAssertEqual(Set(page.talks.map(\.series)), [Series("38c3")])
        XCTAssertEqual(Set(page.talks.compactMap(\.startTimeZone)), ["Europe/Berlin"])
        let opening = try XCTUnwrap(page.talks.first { $0.title == "38C3: Opening Ceremony" })
        XCTAssertEqual(Fixtures.iso(opening.start), "2024-12-27T09:30:00Z")
        XCTAssertEqual(opening.date.iso, "2024-12-27")
        XCTAssertEqual(opening.speakers.map(\.name), ["Gabriela Bogk", "Senficon", "Aline Blankertz"])
        XCTAssertEqual(opening.notes, ["Room Saal 1 · Track CCC · Ceremony · 30 min · en"])
        XCTAssertEqual(opening.links.map(\.url), ["https://events.ccc.de/congress/2024/hub/de/event/38c3-opening-ceremony/"])
        XCTAssertTrue(opening.abstract?.hasPrefix("Glad you could make it!") == true)
        XCTAssertEqual(opening.source.line, Self.line(of: "<event guid=\"270fa44c-821a-577f-8ca3-33e8d4a8c2a7\"", in: raw))
        // The talks without persons are counted once, as a notice with the first one's place
        let unnamed = raw.components(separatedBy: "<persons/>").count - 1
        let notice = try XCTUnwrap(page.diagnostics.first { $0.message.contains("without a speaker") })
        XCTAssertEqual(notice.severity, .info)
        XCTAssertTrue(notice.message.hasPrefix("\(unnamed) events without a speaker"), notice.message)
        XCTAssertFalse(page.diagnostics.contains { $0.severity > .info }, "\(page.diagnostics)")
    }

    func testTheFirstDayOf38C3IsSearchableWithTheRestOfTheArchive() throws {
        let data = try ScheduleFixtures.data("38c3-day1.xml.gz")
        let archive = Archive.build(pages: [("38c3.xml", data)] + (try ArchiveFolder(url: Fixtures.archiveFolder)).pages)
        let index = try ArchiveIndex.inMemory(archive)
        let ceremony = try index.search("opening ceremony").map(\.record.id)
        XCTAssertEqual(ceremony.first, "38c3-2024-12-27")
        // Rooms and tracks are in the note line, so they are searched too.
        let saal = try index.search("\"Saal 1\" ceremony").map(\.record.id)
        XCTAssertTrue(saal.contains("38c3-2024-12-27"), "\(saal)")
        XCTAssertNotNil(archive.record(id: "ellis-2026-03-16"), "the archive's own talks stay")
    }

    func testFOSDEMAbstractsLoseTheirHTMLAndRecordingsBecomeVideoLinks() throws {
        let page = try XCTUnwrap(ScheduleFixtures.parse("fosdem.xml", data: try ScheduleFixtures.data("fosdem-2023-excerpt.xml")))
        XCTAssertEqual(page.talks.map(\.title), ["Welcome to FOSDEM 2023", "Celebrating 25 years of Open Source"])
        XCTAssertEqual(Set(page.talks.map(\.series)), [Series("fosdem-2023")], "no acronym: the title's initials")
        let welcome = page.talks[0]
        XCTAssertEqual(welcome.abstract, "FOSDEM welcome and opening talk.\n\nWelcome to FOSDEM 2023!")
        let celebrating = page.talks[1]
        XCTAssertEqual(celebrating.abstract?.contains("<p>"), false)
        XCTAssertEqual(celebrating.links.filter { $0.kind == .video }.map(\.label),
                       ["Video recording (WebM/VP9, 101M)", "Video recording (mp4/aac, 249M)"])
        XCTAssertEqual(celebrating.links.first { $0.kind == .pdf }, nil)
        XCTAssertEqual(welcome.links.first { $0.label == "Slides" }?.kind, .pdf)
        // No zone anywhere: read as UTC, and said so
        XCTAssertEqual(Fixtures.iso(welcome.start), "2023-02-04T09:30:00Z")
        let warning = try XCTUnwrap(page.diagnostics.first { $0.kind == .timeZoneHint })
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertTrue(warning.message.hasPrefix("no time zone anywhere: 2 starts read as UTC"), warning.message)
    }

    func testPretalxDemoConWhoseZoneDisagreesWithItsDates() throws {
        let page = try XCTUnwrap(ScheduleFixtures.parse("democon.json", data: try ScheduleFixtures.data("pretalx-democon.json")))
        XCTAssertEqual(page.format, .scheduleJSON)
        let json = try JSONSerialization.jsonObject(with: try ScheduleFixtures.data("pretalx-democon.json")) as! [String: Any]
        let days = ((json["schedule"] as! [String: Any])["conference"] as! [String: Any])["days"] as! [[String: Any]]
        let events = days.flatMap { ($0["rooms"] as! [String: [Any]]).values.flatMap { $0 } }
        XCTAssertEqual(page.talks.count, events.count)
        let first = try XCTUnwrap(page.talks.first { $0.title == "Focused 5thgeneration hardware" })
        // The date says 09:00+01:00: that instant, shown at that offset, not at the named UTC.
        XCTAssertEqual(Fixtures.iso(first.start), "2020-12-14T08:00:00Z")
        XCTAssertNotNil(first.startTimeZone.flatMap(TimeZone.init(identifier:)))
        XCTAssertEqual(first.speakers.map(\.name), ["Brian Robinson"])
        let warning = try XCTUnwrap(page.diagnostics.first { $0.kind == .timeZoneHint })
        XCTAssertTrue(warning.message.contains("but UTC is UTC+00:00"), warning.message)
        XCTAssertTrue(warning.message.hasPrefix("\(events.count) events whose date’s offset disagrees"), warning.message)
    }

    func testPretalxRC3WithoutAZoneKeepsItsDatesOffsets() throws {
        let page = try XCTUnwrap(ScheduleFixtures.parse("rc3.json", data: try ScheduleFixtures.data("pretalx-rc3.json.gz")))
        let talk = try XCTUnwrap(page.talks.first { $0.title == "Elektronische Beweisführung" })
        XCTAssertEqual(Fixtures.iso(talk.start), "2020-12-27T16:00:00Z")
        let zone = try XCTUnwrap(talk.startTimeZone.flatMap(TimeZone.init(identifier:)))
        XCTAssertEqual(LocalTime.clock(at: talk.start!, in: zone).hour, 17, "shown at the hour the schedule wrote")
        XCTAssertTrue(page.diagnostics.contains { $0.kind == .timeZoneHint && $0.message.hasPrefix("no time_zone_name") })
    }

    // MARK: Recognition

    func testSchedulesAreRecognizedByContentAlone() {
        func format(_ text: String) -> PageFormat? { PageFormat.recognize(PageText(file: "x", text: text)) }
        XCTAssertEqual(format("<?xml version=\"1.0\"?><schedule><conference/></schedule>"), .frabScheduleXML)
        XCTAssertEqual(format("<!-- exported -->\n<schedule xmlns:xsi=\"x\">\n</schedule>"), .frabScheduleXML)
        XCTAssertEqual(format("{\"schedule\": {\"conference\": {}}}"), .scheduleJSON)
        XCTAssertNil(format("<?xml version=\"1.0\"?>\n<rss><channel/></rss>"))
        XCTAssertNil(format("<schedules>\n</schedules>"))
        XCTAssertNil(format("{\"conference\": 1}"))
        XCTAssertNil(format("[{\"schedule\": {\"conference\": {}}}]"))
    }

    // MARK: Helpers

    static func line(of needle: String, in text: String) -> Int {
        let head = text.range(of: needle).map { text[..<$0.lowerBound] } ?? ""
        return head.filter { $0 == "\n" }.count + 1
    }
}

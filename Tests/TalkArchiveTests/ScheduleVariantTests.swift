import Foundation
@testable import TalkArchive
import XCTest

/// Schedules as they go wrong: odd durations, no persons, HTML and scripts in abstracts, unknown
/// zones, missing fields, hostile links, broken files. Each must cost what is wrong, not the page.
final class ScheduleVariantTests: XCTestCase {
    private typealias S = ScheduleFixtures

    private func page(_ xml: String) throws -> ParsedPage {
        try XCTUnwrap(S.parse("testcon.xml", text: xml))
    }

    func testDurationsInEveryPublishedFormAndTheUnreadableOnesReported() throws {
        let durations = ["00:45", "0:45", "00:45:00", "45", "1:30", "1:75", "soon"]
        let events = durations.enumerated().map { index, duration in
            S.event("<title>Talk \(index)</title><start>1\(index):00</start><duration>\(duration)</duration>")
        }.joined(separator: "\n")
        let parsed = try page(S.xml(events: events))
        let notes = parsed.talks.sorted { $0.title < $1.title }.map { $0.notes.first ?? "" }
        XCTAssertEqual(notes, ["Room Hall A · 45 min", "Room Hall A · 45 min", "Room Hall A · 45 min", "Room Hall A · 45 min",
                               "Room Hall A · 1 h 30 min", "Room Hall A", "Room Hall A"])
        let finding = try XCTUnwrap(parsed.diagnostics.first { $0.message.contains("duration") })
        XCTAssertEqual(finding.message, "2 durations not understood (write 00:45 or 00:45:00), left out (first: duration “1:75”)")
    }

    func testAbstractsKeepTheirTextAndLoseTheirMarkup() throws {
        let abstract = "&lt;p&gt;Open &amp;amp; &lt;b&gt;free&lt;/b&gt;&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;ul&gt;&lt;li&gt;one&lt;/li&gt;&lt;li&gt;two&lt;/li&gt;&lt;/ul&gt;x &lt; y &amp;#x1F600; &amp;#0; AT&amp;amp;T"
        let parsed = try page(S.xml(events: S.event("<title>T</title><start>10:00</start><abstract>\(abstract)</abstract><description>Plain\n\n   text   stays.</description>")))
        XCTAssertEqual(parsed.talks.first?.abstract, "Open & free\n\nalert(1)\n\n• one\n• two\n\nx < y 😀 &#0; AT&T\n\nPlain\n\n   text   stays.")
        XCTAssertEqual(HTMLText.plain("no markup  at all\n"), "no markup  at all\n", "text without markup is left as it is")
    }

    func testEventsWithoutPersonsTitleOrTimeAreCountedNotLost() throws {
        let events = [
            S.event("<title>Lunch</title><start>12:00</start><persons/>"),
            S.event("<title>  </title><start>13:00</start>"),
            S.event("<title>Whenever</title>"),
            S.event("<title>Bad hour</title><start>25:00</start>"),
            S.event("<title>Named</title><start>14:00</start><persons><person id=\"1\">Ada  Lovelace</person><person>ada lovelace</person><person/></persons>"),
        ].joined(separator: "\n")
        let parsed = try page(S.xml(events: events))
        XCTAssertEqual(parsed.talks.map(\.title), ["Lunch", "Named"])
        XCTAssertEqual(parsed.talks.last?.speakers.map(\.name), ["Ada Lovelace"], "the same person once")
        let messages = parsed.diagnostics.map(\.message)
        XCTAssertTrue(messages.contains { $0.hasPrefix("1 event without a title, skipped") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.hasPrefix("2 events without a readable start, skipped") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.hasPrefix("1 event without a speaker: “Lunch”") }, "\(messages)")
        let untimed = try XCTUnwrap(parsed.diagnostics.first { $0.kind == .badDate })
        // The line of its <event>, the one before its title's.
        XCTAssertEqual(untimed.source?.line, S.xml(events: events).components(separatedBy: "\n").firstIndex { $0.contains("Whenever") }!)
    }

    func testAWrongZoneNameIsReportedAndTheDatesOffsetsKept() throws {
        let parsed = try page(S.xml(zone: "Europe/Berlinn", events: S.event("<title>T</title><date>2026-03-16T17:00:00+01:00</date><start>17:00</start>")))
        XCTAssertEqual(Fixtures.iso(parsed.talks.first?.start), "2026-03-16T16:00:00Z")
        XCTAssertTrue(parsed.diagnostics.contains { $0.severity == .warning && $0.message.hasPrefix("time_zone_name “Europe/Berlinn” is no zone talks knows") })
    }

    func testStartsBeforeTheDayChangeBelongToTheNightAfter() throws {
        let events = S.event("<title>Late</title><start>01:30</start>") + "\n" + S.event("<title>Morning</title><start>10:00</start>")
        let parsed = try page(S.xml(dayChange: "04:00", events: events))
        let late = try XCTUnwrap(parsed.talks.first { $0.title == "Late" })
        XCTAssertEqual(late.date.iso, "2026-03-17")
        XCTAssertEqual(Fixtures.iso(late.start), "2026-03-17T00:30:00Z")
        XCTAssertEqual(parsed.talks.first { $0.title == "Morning" }?.date.iso, "2026-03-16")
        XCTAssertEqual(parsed.talks.map(\.title), ["Morning", "Late"], "in time order")
    }

    func testLinksAreResolvedCheckedAndRecordingsMarked() throws {
        let links = """
            <url>https://c.org/talk/1</url><video_download_url>https://cdn.media.ccc.de/x/talk.mp4</video_download_url>
            <links><link href="javascript:alert(1)">Click</link><link href="https://media.ccc.de/v/testcon-1">Watch</link>
            <link href="https://x.org/a b">Spaces</link><link href="https://c.org/talk/1">Same page</link></links>
            <attachments><attachment href="/media/slides.pdf">Slides</attachment></attachments>
            """
        let parsed = try page(S.xml(base: "https://c.org/", events: S.event("<title>T</title><start>10:00</start>\(links)")))
        let talk = try XCTUnwrap(parsed.talks.first)
        XCTAssertEqual(talk.links.map(\.url), ["https://cdn.media.ccc.de/x/talk.mp4", "https://media.ccc.de/v/testcon-1",
                                              "https://c.org/talk/1", "https://c.org/media/slides.pdf"])
        XCTAssertEqual(talk.links.map(\.kind), [.video, .video, .web, .pdf])
        let refused = try XCTUnwrap(parsed.diagnostics.first { $0.kind == .refusedLink })
        XCTAssertTrue(refused.message.hasPrefix("2 links refused"), refused.message)
    }

    func testABrokenFileIsOneErrorWithItsLineAndNoTalks() throws {
        let broken = try page("<?xml version=\"1.0\"?>\n<schedule>\n<conference><title>X</title></conference>\n<day date=\"2026-03-16\"><room name=\"A\"><event><title>T</titel>\n</schedule>\n")
        XCTAssertTrue(broken.talks.isEmpty)
        XCTAssertEqual(broken.diagnostics.map(\.severity), [.error])
        XCTAssertEqual(broken.diagnostics.first?.source?.line, 4)
        XCTAssertTrue(broken.diagnostics.first?.message.contains("not well-formed XML") == true)
        let json = try XCTUnwrap(S.parse("x.json", text: "{\"schedule\": {\"conference\": 5}}"))
        XCTAssertEqual(json.diagnostics.map(\.message), ["a conference schedule that cannot be read: no \"schedule\": {\"conference\": …} object at the top; nothing of it is in the archive"])
        let truncated = try XCTUnwrap(S.parse("y.json", text: "{\"schedule\": {\"conference\": {\"days\": ["))
        XCTAssertEqual(truncated.diagnostics.first?.severity, .error)
    }

    func testJSONFieldsOfAnyTypeCostOnlyThemselves() throws {
        let json = """
            {"schedule": {"conference": {"acronym": 2026, "title": null, "time_zone_name": "Europe/Brussels", "days": [
              {"date": "2026-02-01", "rooms": {"B": [
                {"guid": "g1", "title": "Numbers", "date": "2026-02-01T10:00:00+01:00", "duration": 30, "persons": ["Ada", {"name": "Grace"}, 7, null],
                 "links": [{"url": "https://x.org", "title": null}, "junk"], "abstract": ["not", "text"]},
                "not an event"],
               "A": [{"guid": "g2", "title": "Earlier room", "date": "2026-02-01T10:00:00+01:00"}]}}]}}}
            """
        let parsed = try XCTUnwrap(S.parse("x.json", text: json))
        XCTAssertEqual(parsed.talks.map(\.title), ["Numbers", "Earlier room"], "same time: in the file's order")
        XCTAssertEqual(Set(parsed.talks.map(\.series)), [Series("2026")])
        let numbers = try XCTUnwrap(parsed.talks.first)
        XCTAssertEqual(numbers.speakers.map(\.name), ["Ada", "Grace", "7"])
        XCTAssertEqual(numbers.links.map(\.label), ["Link"])
        XCTAssertNil(numbers.abstract)
        XCTAssertEqual(numbers.notes, ["Room B · 30 min"])
        XCTAssertEqual(numbers.startTimeZone, "Europe/Brussels")
        XCTAssertEqual(numbers.source.line, 3, "the line of its guid")
    }

    func testTwoCapturesOfOneScheduleAreOneTalkEach() throws {
        let one = S.xml(events: S.event("<title>Keynote</title><start>10:00</start><abstract>Old.</abstract>"))
        let two = S.xml(events: S.event("<title>Keynote</title><start>10:00</start><abstract>New.</abstract>")
                        + "\n" + S.event("<title>Listed twice</title><start>11:00</start>") + "\n" + S.event("<title>Listed twice</title><start>11:00</start>"))
        let archive = Fixtures.build([("a.xml", one), ("b.xml", two)])
        XCTAssertEqual(archive.records.map(\.title).sorted(), ["Keynote", "Listed twice"])
        XCTAssertEqual(archive.record(id: "testcon-2026-03-16")?.sources.count, 2)
        XCTAssertTrue(archive.diagnostics.contains { $0.message.hasPrefix("1 event listed twice") })
    }
}

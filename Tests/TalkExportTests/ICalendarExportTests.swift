import Foundation
import TalkArchive
import XCTest
@testable import TalkExport

final class ICalendarExportTests: XCTestCase {
    // MARK: Stable UIDs

    func testTheSameTalkGetsTheSameUIDOnEveryRunAndMachine() throws {
        // Given the bundled archive read twice, the second time from a fresh parse
        let first = ExportFixtures.render(.ics, ExportFixtures.bundled).text
        let folder = try ArchiveFolder(url: ExportFixtures.packageRoot.appendingPathComponent("archive"))
        let again = ExportFixtures.render(.ics, Archive.build(pages: folder.pages).records.reversed()).text
        // Then the files are identical, and every talk has a UID of its own
        XCTAssertEqual(first, again)
        let uids = Self.values("UID", in: first)
        XCTAssertEqual(uids.count, ExportFixtures.bundled.filter { $0.kind == .talk }.count)
        XCTAssertEqual(Set(uids).count, uids.count)
        // And a UID depends on nothing but the record: pinned (Python's uuid module gives the same from
        // SHA-256("talks record ellis ellis-2026-03-16")[:16] with version 8), so a change of scheme is noticed
        XCTAssertEqual(RecordUUID(ExportFixtures.bundled("ellis-2026-03-16")).text, "4697b8f8-1cd8-8343-936f-4427e359209d")
    }

    func testUIDsAreVersion8UUIDs() {
        for record in ExportFixtures.bundled {
            let uuid = RecordUUID(record).text
            XCTAssertNotNil(uuid.range(of: "^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", options: .regularExpression), uuid)
            XCTAssertGreaterThan(RecordUUID(record).number, 0)
        }
    }

    // MARK: Folding

    func testLinesFoldAt75OctetsWithoutSplittingACharacter() {
        XCTAssertEqual(ICalendarLine.fold(String(repeating: "a", count: 75)), String(repeating: "a", count: 75) + "\r\n")
        XCTAssertEqual(ICalendarLine.fold(String(repeating: "a", count: 76)), String(repeating: "a", count: 75) + "\r\n a\r\n")
        // "SUMMARY:" is 8 octets; 33 two-octet é make 74, a 34th would make 76
        let folded = ICalendarLine.fold("SUMMARY:" + String(repeating: "é", count: 40))
        let lines = folded.components(separatedBy: "\r\n")
        XCTAssertEqual(lines[0].utf8.count, 74)
        XCTAssertEqual(lines[1], " " + String(repeating: "é", count: 7))
        // A four-octet emoji that would cross the boundary moves whole to the next line
        let emoji = ICalendarLine.fold(String(repeating: "x", count: 73) + "😀😀")
        XCTAssertEqual(emoji, String(repeating: "x", count: 73) + "\r\n 😀😀\r\n")
        // Continuation lines count their leading space: 74 octets of text each
        let long = ICalendarLine.fold(String(repeating: "b", count: 300)).components(separatedBy: "\r\n")
        XCTAssertEqual(long.map(\.utf8.count), [75, 75, 75, 75, 4, 0])
    }

    func testEveryLineOfAHostileCalendarIsAtMost75OctetsOfWholeUTF8() {
        let text = ExportFixtures.render(.ics, ExportFixtures.hostile).text
        let bytes = Array(text.utf8)
        var lines: [[UInt8]] = [[]]
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                lines.append([])
                index += 2
                continue
            }
            XCTAssertNotEqual(bytes[index], 0x0A, "a bare LF at octet \(index)")
            XCTAssertNotEqual(bytes[index], 0x0D, "a bare CR at octet \(index)")
            lines[lines.count - 1].append(bytes[index])
            index += 1
        }
        XCTAssertEqual(lines.last, [], "the file ends with CR LF")
        for line in lines {
            XCTAssertLessThanOrEqual(line.count, 75)
            XCTAssertNotNil(String(validating: line, as: UTF8.self), "a fold split a UTF-8 sequence: \(line)")
        }
    }

    // MARK: Escaping

    func testTextValuesEscapeBackslashSemicolonCommaAndLineBreaks() {
        XCTAssertEqual(ICalendarLine.text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne")
        XCTAssertEqual(ICalendarLine.text("\\n"), "\\\\n", "a literal backslash-n stays two characters")
    }

    func testHostileTextLosesControlsAndOverridesAndKeepsTheRest() throws {
        let text = ExportFixtures.render(.ics, ExportFixtures.hostile).text
        XCTAssertFalse(text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\r" && $0 != "\n") || (0x7F...0x9F).contains($0.value) })
        for override in ["\u{202E}", "\u{2066}", "\u{2069}", "\u{1B}"] { XCTAssertFalse(text.contains(override)) }
        let summary = try XCTUnwrap(Self.values("SUMMARY", in: text).first)
        XCTAssertTrue(summary.hasPrefix("Commas\\, semicolons\\; back\\\\slash \"quotes\" {braces} }{ 50% & $x$ #1 a_b ~ ^ <tag> gnp.exe red bell new line Gödel 量子 😀"), summary)
        let description = try XCTUnwrap(Self.values("DESCRIPTION", in: text).first)
        XCTAssertTrue(description.contains("Speakers: Tom and Jerry (ACME\\, Inc.\\; \"Labs\" Dept \\\\ {x})\\; Marcel van Gerven"), description)
        XCTAssertTrue(description.contains("Line one.\\nLine two\\, with \\\\n literal\\; and controls .\\n\\nisolate end"), description)
        XCTAssertFalse(description.contains("javascript:"), "only http(s) links")
        XCTAssertFalse(description.contains("<script>"), "a URL with characters a URI cannot hold is left out")
    }

    // MARK: Events

    func testTimedTalksStartInUTCAndLastAnHour() throws {
        let event = ICalendarExport.event(ExportFixtures.bundled("ellis-2026-03-16"), stamp: "20261203T000000Z", alarm: nil)
        XCTAssertTrue(event.contains("DTSTART:20260316T160000Z"), "5 pm CET is 16:00 UTC")
        XCTAssertTrue(event.contains("DURATION:PT1H"))
        XCTAssertTrue(event.contains("DTSTAMP:20261203T000000Z"))
        let summer = ICalendarExport.event(ExportFixtures.bundled("ellis-2026-03-30"), stamp: "x", alarm: nil)
        XCTAssertTrue(summer.contains("DTSTART:20260330T150000Z"), "5 pm CEST is 15:00 UTC")
    }

    func testTalksWithoutATimeAreAllDayEvents() {
        let event = ICalendarExport.event(ExportFixtures.bundled("dltrg-2022-08-03"), stamp: "x", alarm: nil)
        XCTAssertTrue(event.contains("DTSTART;VALUE=DATE:20220803"))
        XCTAssertFalse(event.contains { $0.hasPrefix("DURATION") || $0.hasPrefix("DTEND") }, "one day by default")
        XCTAssertTrue(event.contains("TRANSP:TRANSPARENT"))
        XCTAssertTrue(event.contains("URL:https://arxiv.org/abs/1806.07572"), "the title's link: the paper")
    }

    func testPapersAreLeftOutAndCounted() {
        let output = ExportFixtures.render(.ics, ExportFixtures.bundled)
        XCTAssertEqual(output.entries, 47)
        XCTAssertEqual(output.skipped, ["51 papers: a calendar holds talks"])
        XCTAssertEqual(Self.values("BEGIN", in: output.text).filter { $0 == "VEVENT" }.count, 47)
    }

    func testAnAlarmRemindsBeforeEachTimedTalk() throws {
        let output = ExportFixtures.render(.ics, ExportFixtures.hostile, alarm: try XCTUnwrap(Alarm(parsing: "15m"))).text
        XCTAssertEqual(Self.values("TRIGGER", in: output), ["-PT15M", "-PT15M"], "two timed talks; none for the all-day one")
        XCTAssertEqual(Self.values("ACTION", in: output), ["DISPLAY", "DISPLAY"])
    }

    func testAlarmTimesParse() {
        XCTAssertEqual(Alarm(parsing: "15m")?.iCalendarTrigger, "-PT15M")
        XCTAssertEqual(Alarm(parsing: "1h")?.iCalendarTrigger, "-PT1H")
        XCTAssertEqual(Alarm(parsing: "2d")?.iCalendarTrigger, "-P2D")
        XCTAssertEqual(Alarm(parsing: "28d")?.iCalendarTrigger, "-P28D")
        for bad in ["", "m", "15", "0m", "-5m", "+5m", "15x", "1.5h", "29d", "673h", "99999999999999999999m", "１５m"] {
            XCTAssertNil(Alarm(parsing: bad), bad)
        }
    }

    /// The unfolded values of a property, in order.
    static func values(_ name: String, in text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
            .filter { $0.hasPrefix(name + ":") }.map { String($0.dropFirst(name.count + 1)) }
    }
}

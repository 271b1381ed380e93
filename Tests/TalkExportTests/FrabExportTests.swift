import Foundation
import TalkArchive
import XCTest
@testable import TalkExport

final class FrabExportTests: XCTestCase {
    func testTimedTalksAreEventsOnTheirLocalDayAndHour() {
        let xml = ExportFixtures.render(.frab, ExportFixtures.bundled).text
        XCTAssertTrue(xml.contains("<time_zone_name>Europe/Berlin</time_zone_name>"))
        XCTAssertTrue(xml.contains("<day date=\"2026-03-16\" start=\"2026-03-16T00:00:00+01:00\" end=\"2026-03-16T23:59:59+01:00\" index=\"6\">"), xml)
        XCTAssertTrue(xml.contains("<date>2026-03-16T17:00:00+01:00</date>"))
        XCTAssertTrue(xml.contains("<date>2026-03-30T17:00:00+02:00</date>"), "summer time")
        XCTAssertEqual(xml.components(separatedBy: "<start>17:00</start>").count - 1, 12)
        XCTAssertEqual(xml.components(separatedBy: "<duration>01:00</duration>").count - 1, 12)
        XCTAssertTrue(xml.contains("<room name=\"ELLIS\">"))
        XCTAssertTrue(xml.contains("<person>Liangze Jiang</person>"))
    }

    func testPapersAndUntimedTalksAreLeftOutAndCounted() {
        let output = ExportFixtures.render(.frab, ExportFixtures.bundled)
        XCTAssertEqual(output.entries, 12)
        XCTAssertEqual(output.skipped, ["51 papers: a schedule holds talks", "35 talks without a time: a schedule places each at an hour"])
        let none = ExportFixtures.render(.frab, [ExportFixtures.bundled("dltrg-2022-08-03")])
        XCTAssertEqual(none.entries, 0)
        XCTAssertEqual(none.text, "")
    }

    func testIdsAndGuidsAreStable() {
        let first = ExportFixtures.render(.frab, ExportFixtures.bundled).text
        XCTAssertEqual(first, ExportFixtures.render(.frab, ExportFixtures.bundled.shuffled()).text)
        let record = ExportFixtures.bundled("ellis-2026-03-16")
        let uuid = RecordUUID(record)
        XCTAssertTrue(first.contains("<event id=\"\(uuid.number)\" guid=\"\(uuid.text)\">"))
        // The calendar's UID and the schedule's guid are one
        XCTAssertTrue(ExportFixtures.render(.ics, [record]).text.contains("UID:\(uuid.text)"))
    }

    func testHostileTextIsEscapedAndCleaned() {
        let xml = ExportFixtures.render(.frab, ExportFixtures.hostile).text
        XCTAssertTrue(xml.contains("<title>Commas, semicolons; back\\slash \"quotes\" {braces} }{ 50% &amp; $x$ #1 a_b ~ ^ &lt;tag&gt; gnp.exe red bell new line Gödel 量子 😀"), xml)
        XCTAssertTrue(xml.contains("<link href=\"https://example.org/v?a=1&amp;b=2_3%204#t=1\">Vid eo; part 1, 2</link>"))
        XCTAssertFalse(xml.contains("javascript:"))
        XCTAssertFalse(xml.contains("<script>"))
        XCTAssertFalse(xml.contains("\u{202E}"))
        XCTAssertFalse(xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        // 03:30 on the morning the clocks go forward
        XCTAssertTrue(xml.contains("<date>2026-03-29T03:30:00+02:00</date>"), xml)
        XCTAssertTrue(xml.contains("<day date=\"2026-03-29\" start=\"2026-03-29T00:00:00+01:00\" end=\"2026-03-29T23:59:59+02:00\""))
        XCTAssertTrue(xml.contains("<acronym>ab-evil</acronym>"))
    }

    func testXMLEscaping() {
        XCTAssertEqual(XMLWriter.escape("a&b<c>d\"e\nf\u{0}\u{FFFF}", quotes: false), "a&amp;b&lt;c&gt;d\"e\nf")
        XCTAssertEqual(XMLWriter.escape("a\"b\nc\td", quotes: true), "a&quot;b&#10;c&#9;d")
    }

    func testAcronymsFitTheSchema() {
        XCTAssertEqual(FrabExport.acronym([Series("ab")]), "talks-ab")
        XCTAssertEqual(FrabExport.acronym([Series("dltrg"), Series("ellis")]), "dltrg-ellis")
        XCTAssertEqual(FrabExport.acronym([Series("ÉVIL!")]), "talks-vil")
        XCTAssertEqual(FrabExport.acronym([]), "talks")
    }
}

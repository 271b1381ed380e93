import Foundation
import TalkArchive
import XCTest
@testable import TalkExport

/// Our own schedule.xml read back by the archive's schedule importer: the same talks, at the same
/// instants, with the same speakers and links; put beside the pages it came from, it adds nothing.
final class FrabRoundTripTests: XCTestCase {
    func testTheExportedScheduleReadsBackAsTheSameTalks() throws {
        let timed = ExportFixtures.bundled.filter { $0.kind == .talk && $0.start != nil }
        let xml = ExportFixtures.render(.frab, timed).text
        let imported = Archive.build(pages: [("ellis-schedule.xml", Data(xml.utf8))])
        XCTAssertEqual(imported.files.map(\.format), [.frabScheduleXML])
        XCTAssertEqual(imported.records.count, timed.count)
        XCTAssertFalse(imported.diagnostics.contains { $0.severity > .info }, "\(imported.diagnostics)")
        for original in timed {
            let back = try XCTUnwrap(imported.record(id: original.id), original.id)
            XCTAssertEqual(back.title, original.title)
            XCTAssertEqual(back.start, original.start, original.id)
            XCTAssertEqual(back.startTimeZone, original.startTimeZone, original.id)
            XCTAssertEqual(back.speakers.map(\.name), original.speakers.map(\.name), original.id)
            XCTAssertEqual(Set(back.links.map(\.url)), Set(original.links.map(\.url)), original.id)
            XCTAssertEqual(back.arxiv, original.arxiv, original.id)
            if let abstract = original.abstract {
                XCTAssertTrue(back.abstract?.contains(abstract.prefix(60)) == true, original.id)
            }
            XCTAssertEqual(back.notes, ["Room ELLIS · Track ELLIS · lecture · 1 h · en"], original.id)
        }
    }

    func testTheExportBesideItsPagesMergesIntoTheirTalks() throws {
        let folder = try ArchiveFolder(url: ExportFixtures.packageRoot.appendingPathComponent("archive"))
        let timed = ExportFixtures.bundled.filter { $0.kind == .talk && $0.start != nil }
        let xml = ExportFixtures.render(.frab, timed).text
        let both = Archive.build(pages: folder.pages + [("zz-exported.xml", Data(xml.utf8))])
        XCTAssertEqual(both.records.count, ExportFixtures.bundled.count, "no talk twice")
        for talk in timed {
            XCTAssertTrue(both.record(id: talk.id)?.sources.contains { $0.file == "zz-exported.xml" } == true, talk.id)
        }
    }
}

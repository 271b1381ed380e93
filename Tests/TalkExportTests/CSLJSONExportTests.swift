import Foundation
import TalkArchive
import XCTest
@testable import TalkExport

final class CSLJSONExportTests: XCTestCase {
    func items(_ records: [ArchiveRecord]) throws -> [[String: Any]] {
        let text = ExportFixtures.render(.cslJSON, records).text
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    func testPapersAreArticlesFromArXiv() throws {
        let item = try XCTUnwrap(try items([ExportFixtures.bundled("paper-2018-06-20")]).first)
        XCTAssertEqual(item["type"] as? String, "article")
        XCTAssertEqual(item["id"] as? String, "jacot2018neural")
        XCTAssertEqual(item["citation-key"] as? String, "jacot2018neural")
        XCTAssertEqual(item["archive"] as? String, "arXiv")
        XCTAssertEqual(item["number"] as? String, "arXiv:1806.07572")
        XCTAssertEqual(item["URL"] as? String, "https://arxiv.org/abs/1806.07572")
        XCTAssertEqual((item["issued"] as? [String: Any])?["date-parts"] as? [[Int]], [[2018, 6, 20]])
        XCTAssertEqual((item["author"] as? [[String: String]])?.first, ["family": "Jacot", "given": "Arthur"])
    }

    func testTalksAreSpeeches() throws {
        let item = try XCTUnwrap(try items([ExportFixtures.bundled("ellis-2026-03-30")]).first)
        XCTAssertEqual(item["type"] as? String, "speech")
        XCTAssertEqual(item["genre"] as? String, "Talk")
        XCTAssertEqual(item["event-title"] as? String, "ELLIS reading group on Mathematics and Efficiency of Deep Learning")
        XCTAssertEqual((item["event-date"] as? [String: Any])?["date-parts"] as? [[Int]], [[2026, 3, 30]])
        XCTAssertEqual(item["author"] as? [[String: String]], [["family": "Muennighoff", "given": "Niklas"]])
        XCTAssertNil(item["archive"], "the paper a talk links is not the talk's archive")
    }

    func testIdsAreTheBibTeXCiteKeys() throws {
        let ids = try items(ExportFixtures.bundled).compactMap { $0["id"] as? String }
        XCTAssertEqual(ids, BibTeXExportTests.keys(ExportFixtures.render(.bibtex, ExportFixtures.bundled).text))
    }

    func testHostileTextComesBackAsCleanedText() throws {
        let all = try items(ExportFixtures.hostile)
        let talk = try XCTUnwrap(all.first { $0["id"] as? String == "tomandjerry2026commas" })
        XCTAssertEqual(talk["title"] as? String, ExportText.line(ExportFixtures.hostile[0].title))
        XCTAssertEqual(talk["author"] as? [[String: String]], [
            ["literal": "Tom and Jerry"], ["family": "Gerven", "given": "Marcel", "non-dropping-particle": "van"],
            ["family": "King", "given": "Martin Luther", "suffix": "Jr."],  // the escape sequence is no name: dropped
        ])
        let abstract = try XCTUnwrap(talk["abstract"] as? String)
        XCTAssertTrue(abstract.hasPrefix("Line one.\nLine two, with \\n literal; and controls .\n\nisolate end"), abstract)
        let text = ExportFixtures.render(.cslJSON, ExportFixtures.hostile).text
        XCTAssertFalse(text.contains("\u{202E}"))
        XCTAssertFalse(text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    func testOutputIsStable() {
        XCTAssertEqual(ExportFixtures.render(.cslJSON, ExportFixtures.bundled).text,
                       ExportFixtures.render(.cslJSON, ExportFixtures.bundled.reversed()).text)
    }
}

import Foundation
import TalkArchive
import XCTest
@testable import SyntheticArchive

/// The generated files are what the real parsers and the arXiv snapshot's readers expect.
final class FormatTests: XCTestCase {
    func testPagesParseIntoTheRequestedTalksWithoutWarnings() throws {
        let pages = try SyntheticArchive(records: 250, seed: 11).files(.pages)
        XCTAssertTrue(pages.contains { $0.name.hasSuffix(".md") }, "Markdown table pages")
        XCTAssertTrue(pages.contains { $0.name.hasSuffix(".txt") }, "ELLIS schedule pages")
        let archive = Archive.build(pages: pages)
        XCTAssertEqual(archive.talks.count, 250)
        XCTAssertEqual(archive.files.filter { $0.format == nil }.count, 0, "every page recognized")
        let serious = archive.diagnostics.filter { $0.severity >= .warning }
        XCTAssertEqual(serious, [], "no warnings or errors")
        XCTAssertTrue(archive.talks.allSatisfy { !$0.title.isEmpty && $0.arxiv.count == 1 })
        let withSpeakers = archive.talks.filter { $0.series == .ellis }
        XCTAssertTrue(withSpeakers.allSatisfy { (RecordGenerator.peopleCount).contains($0.speakers.count) })
        XCTAssertEqual(Set(archive.talks.compactMap(\.series?.slug)), ["ellis", "dltrg", "otrg", "slts", "kmsg"])
    }

    func testJSONLinesDecodeWithTheSnapshotFields() throws {
        struct Paper: Decodable {
            var id, title, authors, abstract, categories, update_date: String
        }
        let data = try XCTUnwrap(SyntheticArchive(records: 200, seed: 5).files(.arxiv).first?.data)
        let lines = data.split(separator: UInt8(ascii: "\n"))
        XCTAssertEqual(lines.count, 200)
        var previous = ""
        for line in lines {
            let paper = try JSONDecoder().decode(Paper.self, from: Data(line))
            XCTAssertNotNil(paper.id.range(of: #"^[0-9]{4}\.[0-9]{4,5}$"#, options: .regularExpression), paper.id)
            XCTAssertTrue(paper.abstract.hasPrefix("  ") && paper.abstract.hasSuffix("\n"))
            XCTAssertNotNil(paper.update_date.range(of: #"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"#, options: .regularExpression))
            XCTAssertGreaterThanOrEqual(paper.update_date, previous, "oldest first")
            XCTAssertTrue(paper.id.hasPrefix(String(paper.update_date.dropFirst(2).prefix(5)).replacingOccurrences(of: "-", with: "")))
            XCTAssertFalse(paper.categories.isEmpty)
            previous = paper.update_date
        }
        let ids = lines.map { try? JSONDecoder().decode(Paper.self, from: Data($0)).id }
        XCTAssertEqual(Set(ids).count, 200, "ids are unique")
    }

    func testJSONQuotingEscapesWhatJSONRequires() throws {
        let quoted = ArxivLine.quoted("a \"b\" \\ c\nd\u{1}é")
        XCTAssertEqual(quoted, #""a \"b\" \\ c\nd\u0001é""#)
        XCTAssertEqual(try JSONDecoder().decode(String.self, from: Data(quoted.utf8)), "a \"b\" \\ c\nd\u{1}é")
    }
}

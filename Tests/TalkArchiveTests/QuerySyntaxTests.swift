import XCTest
@testable import TalkArchive

/// The query syntax the CLI's and the browser's help show: every example is a query the parser
/// takes, and every row fits the help overlay at 80 columns.
final class QuerySyntaxTests: XCTestCase {
    func testEveryExampleParses() throws {
        for row in QuerySyntax.examples {
            XCTAssertNoThrow(try SearchQuery(parsing: row.example), row.example)
            XCTAssertFalse(try SearchQuery(parsing: row.example).isEmpty, row.example)
        }
    }

    func testEveryRowFitsTheHelpOverlay() {
        for row in QuerySyntax.examples {
            XCTAssertLessThanOrEqual(row.example.count, 18, row.example)
            XCTAssertLessThanOrEqual(row.meaning.count, 57, row.meaning)
        }
    }

    func testTextAlignsTheMeanings() {
        let lines = QuerySyntax.text(indent: 2, column: 22).split(separator: "\n")
        XCTAssertEqual(lines.count, QuerySyntax.examples.count)
        XCTAssertEqual(lines[0], "  lyap                  words by prefix (lyap finds Lyapunov); all must match")
        for (line, row) in zip(lines, QuerySyntax.examples) {
            XCTAssertEqual(line.dropFirst(24), Substring(row.meaning))
        }
    }
}

/// Who a one-line listing names, in the CLI's words and the browser's column.
final class SpeakerSummaryTests: XCTestCase {
    private func record(_ names: [String], authorCount: Int? = nil) -> ArchiveRecord {
        var record = Fixtures.archive.records.first { $0.kind == .paper }!
        record.speakers = names.map { Speaker(name: $0, affiliation: nil) }
        record.authorCount = authorCount
        return record
    }

    func testBothStylesAgreeOnOneSpeakerAndDifferOnOthers() {
        XCTAssertEqual(record(["Ada Lovelace"]).speakerSummary(.words), "Ada Lovelace")
        XCTAssertEqual(record(["Ada Lovelace"]).speakerSummary(.count), "Ada Lovelace")
        XCTAssertEqual(record(["Ada Lovelace", "Alan Turing"]).speakerSummary(.words), "Ada Lovelace and Alan Turing")
        XCTAssertEqual(record(["Ada Lovelace", "Alan Turing"]).speakerSummary(.count), "Ada Lovelace +1")
        XCTAssertEqual(record(["A", "B", "C"]).speakerSummary(.words), "A and 2 others")
        XCTAssertEqual(record(["A", "B", "C"]).speakerSummary(.count), "A +2")
    }

    func testUnnamedAuthorsAreCounted() {
        XCTAssertEqual(record([], authorCount: 1).speakerSummary(.words), "1 author")
        XCTAssertEqual(record([], authorCount: 12).speakerSummary(.count), "12 authors")
        XCTAssertNil(record([]).speakerSummary(.words))
    }

    func testTheAuthorParagraphNamesEveryoneWithAffiliations() {
        var paper = record(["Ada Lovelace", "Alan Turing"])
        paper.speakers[0].affiliation = "Cambridge"
        XCTAssertEqual(paper.authorParagraph, "Ada Lovelace (Cambridge), Alan Turing")
    }
}

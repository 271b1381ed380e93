import Foundation
import XCTest
@testable import TalkArchive

final class MarkdownScheduleTests: XCTestCase {
    let page = Fixtures.parsed(Fixtures.dltrg)

    func testRecognizedAndSeriesFromFrontMatterTitle() {
        XCTAssertEqual(page.format, .markdownSchedule)
        XCTAssertEqual(page.talks.first?.series, .dltrg)
    }

    func testCountsTalksAndTheNoteRow() {
        XCTAssertEqual(page.talks.count, 35)
        XCTAssertEqual(page.notes.map(\.text), ["We decided to change approach and read papers"])
        XCTAssertEqual(page.notes.first?.date?.iso, "2022-07-27")
    }

    func testOneDigitDayAndMissingSpace() {
        XCTAssertTrue(page.talks.contains { $0.date.iso == "2023-06-07" && $0.title.hasPrefix("Sophia") })
        XCTAssertTrue(page.talks.contains { $0.date.iso == "2023-08-09" && $0.title.hasPrefix("Limitations of the Empirical Fisher") })
    }

    func testLinksInEveryForm() {
        let ntk = page.talks.first { $0.date.iso == "2022-08-03" }!
        XCTAssertEqual(ntk.title, "Neural Tangent Kernel")
        XCTAssertEqual(ntk.links.map(\.kind), [.arxiv, .web, .notes])
        XCTAssertEqual(ntk.links[1].url, "https://rajatvd.github.io/NTK/")
        let chapters = page.talks.first { $0.date.iso == "2022-07-06" }!
        XCTAssertEqual(chapters.title, "Principles of Deep Learning Theory Chapters 1 & 2")
        XCTAssertEqual(chapters.links.map(\.label), ["Principles of Deep Learning Theory", "Chapter 1", "Chapter 2"])
        XCTAssertEqual(chapters.links[1].kind, .pdf)
        let sigma = page.talks.first { $0.date.iso == "2023-04-12" }!
        XCTAssertEqual(sigma.links.first?.kind, .openreview)
        let adam = page.talks.first { $0.date.iso == "2023-03-29" }!
        XCTAssertEqual(adam.links.first.map { ArxivID.extract(from: $0.url) }, "2304.09871")
    }

    func testTrailingSpaceInLinkTextIsTrimmed() {
        let loss = page.talks.first { $0.date.iso == "2023-05-31" }!
        XCTAssertFalse(loss.title.hasSuffix(" "))
        XCTAssertTrue(loss.title.hasSuffix("Gradient Descent"))
    }

    func testRepeatedAndOutOfOrderDateReported() {
        let repeated = page.diagnostics.filter { $0.kind == .repeatedDate }
        XCTAssertEqual(repeated.map(\.source?.line), [32])
        XCTAssertEqual(page.diagnostics.filter { $0.kind == .outOfOrder }.map(\.source?.line), [32])
    }

    // MARK: Hostile input

    func testRowsBeforeHeaderBadDatesAndShortRows() {
        let text = """
            | 01/01/2024 | [A](https://a.org) | |
            | Date | Paper | Resources |
            |---|---|---|
            | 32/01/2024 | [B](https://b.org) | |
            | 02/01/2024 | [C](https://c.org) |
            | 03/01/2024 | [D \\| E](https://d.org) | x |
            """
        let parsed = MarkdownSchedule.parse(PageText(file: "t.md", text: text))
        XCTAssertEqual(parsed.talks.map(\.title), ["C", "D | E"])
        XCTAssertEqual(parsed.diagnostics.map(\.kind), [.unparsedLine, .badDate, .unparsedLine], "before the header, bad date, short row")
    }

    func testUnterminatedFrontMatterStillParsesTable() {
        let text = "---\ntitle: \"Some Group\"\n| Date | Paper |\n|--|--|\n| 01/02/2024 | [X](https://x.org) |\n"
        let parsed = MarkdownSchedule.parse(PageText(file: "t.md", text: text))
        XCTAssertEqual(parsed.talks.count, 1)
    }

    func testSeriesSlugFromAnyTitle() {
        XCTAssertEqual(Series.fromName("Deep Learning Theory Reading Group"), .dltrg)
        XCTAssertEqual(Series.fromName("!!!").slug, "talks")
    }

    /// Found while fuzzing: cells full of "[" or "<", or a URL ending in many ")", took seconds
    /// (25 s at 30 000 characters) because each bracket looked ahead afresh.
    func testHostileCellsParseInLinearTime() {
        let table = "| Date | Paper | Resources |\n| --- | --- | --- |\n"
        let cells = [String(repeating: "[", count: 20_000) + "]", String(repeating: "<", count: 20_000),
                     String(repeating: "[a](", count: 5_000), "https://x.org/" + String(repeating: ")", count: 20_000)]
        for cell in cells {
            let started = Date()
            _ = MarkdownSchedule.parse(PageText(file: "hostile.md", text: table + "| 06/07/2022 | Paper \(cell) | |\n"))
            XCTAssertLessThan(Date().timeIntervalSince(started), 2)
        }
    }
}


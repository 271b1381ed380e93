import XCTest
@testable import TalkArchive

final class DailyPapersTests: XCTestCase {
    let page = Fixtures.parsed(Fixtures.papers)

    func testAllFiftyOnePapers() {
        XCTAssertEqual(page.format, .dailyPapers)
        XCTAssertEqual(page.papers.count, 51)
        XCTAssertTrue(page.papers.allSatisfy { $0.abstract != nil && $0.authorCount != nil })
    }

    func testFieldsOfFirstAndNTKPapers() {
        let first = page.papers[0]
        XCTAssertEqual(first.title, "Winning the Lottery by Preserving Network Training Dynamics with Concrete Ticket Search")
        XCTAssertEqual(first.authorCount, 2)
        XCTAssertEqual(first.date.iso, "2025-12-07")
        let ntk = page.papers.first { $0.title.hasPrefix("Neural Tangent Kernel") }!
        XCTAssertEqual(ntk.date.iso, "2018-06-20")
        XCTAssertEqual(ntk.authorCount, 3)
    }

    func testYearlessDatesTakeTheCaptureYear() {
        XCTAssertEqual(page.asOf?.iso, "2026-04-15")
        let yearless = page.papers.filter { $0.date.year == 2026 }.map(\.date.iso).sorted()
        XCTAssertEqual(yearless, ["2026-02-10", "2026-02-23", "2026-03-02", "2026-03-10", "2026-03-14"])
        XCTAssertTrue(page.diagnostics.contains { $0.kind == .inferredYear })
    }

    func testTrailingTextAfterDateIsReported() {
        let city = page.papers.first { $0.title.hasPrefix("DynamicCity") }!
        XCTAssertEqual(city.date.iso, "2024-10-23")
        XCTAssertEqual(page.diagnostics.filter { $0.kind == .trailingText }.map(\.source?.line), [251])
    }

    func testURLsInAbstractsBecomeLinks() {
        let grok = page.papers.first { $0.title.hasPrefix("GrokAlign") }!
        XCTAssertEqual(grok.links.map(\.url), ["https://thomaswalker1.github.io/blog/grokalign.html", "https://github.com/ThomasWalker1/grokalign"])
    }

    // MARK: Hostile input

    func testAuthorsLineWithoutPaperAndPaperWithoutDate() {
        let text = "Daily Papers\n• 3 authors\nTitle only\n• 2 authors\n·\nNot a date\n"
        let parsed = DailyPapers.parse(PageText(file: "d", text: text))
        XCTAssertTrue(parsed.papers.isEmpty)
        XCTAssertFalse(parsed.diagnostics.isEmpty)
    }

    func testImpossibleDateSkipsPaper() {
        let text = "Daily Papers\nA Paper\nAn abstract.\n• 1 authors\n·\nFeb 30, 2023\n"
        let parsed = DailyPapers.parse(PageText(file: "d", text: text))
        XCTAssertTrue(parsed.papers.isEmpty)
        XCTAssertTrue(parsed.diagnostics.contains { $0.kind == .badDate })
    }
}

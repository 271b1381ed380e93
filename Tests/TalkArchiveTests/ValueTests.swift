import XCTest
@testable import TalkArchive

final class ValueTests: XCTestCase {
    func testArxivIdsFromEveryForm() {
        XCTAssertEqual(ArxivID.extract(from: "https://arxiv.org/abs/2211.05729"), "2211.05729")
        XCTAssertEqual(ArxivID.extract(from: "https://arxiv.org/pdf/2510.14231"), "2510.14231")
        XCTAssertEqual(ArxivID.extract(from: "https://arxiv.org/pdf/2305.14314.pdf"), "2305.14314")
        XCTAssertEqual(ArxivID.extract(from: "http://www.arxiv.org/abs/2501.19393v3"), "2501.19393")
        XCTAssertEqual(ArxivID.extract(from: "https://arxiv.org/abs/hep-th/9901001v2"), "hep-th/9901001")
        XCTAssertEqual(ArxivID.extract(from: "https://arxiv.org/abs/2211.05729?context=cs#x"), "2211.05729")
        XCTAssertNil(ArxivID.extract(from: "https://openreview.net/forum?id=QwqxO8URJzn"))
        XCTAssertNil(ArxivID.extract(from: "https://arxiv.org/abs/not-an-id"))
        XCTAssertEqual(ArxivID.normalize("arXiv:1806.07572v4"), "1806.07572")
    }

    func testLinkKinds() {
        XCTAssertEqual(Link(url: "https://openreview.net/pdf?id=x", label: "").kind, .openreview)
        XCTAssertEqual(Link(url: "https://www.youtube.com/watch?v=x", label: "").kind, .video)
        XCTAssertEqual(Link(url: "https://h.io/a.pdf", label: "Notes").kind, .notes)
        XCTAssertEqual(Link(url: "https://h.io/a.PDF", label: "Chapter 1").kind, .pdf)
        XCTAssertEqual(Link(url: "https://deeplearningtheory.com/", label: "x").kind, .web)
    }

    func testDays() {
        XCTAssertNil(Day(year: 2023, month: 2, day: 29))
        XCTAssertNotNil(Day(year: 2024, month: 2, day: 29))
        XCTAssertNil(Day(iso: "2026-3-16"))
        XCTAssertEqual(Day(iso: "2026-03-16")?.iso, "2026-03-16")
        for bad in ["", "2026-03-1", "2026-03-166", "2026/03/16", "2026-13-01", "2023-02-29", "2026-0a-16", "２０２６-03-16", "-026-03-16", "2026-03-16\n"] {
            XCTAssertNil(Day(iso: bad), bad.debugDescription)
        }
        XCTAssertEqual(Day.month(named: "Sept"), 9)
        XCTAssertEqual(Day.month(named: "Mar"), 3)
        XCTAssertNil(Day.month(named: "Ma"))
    }

    func testLocalTimeAbbreviations() {
        let winter = LocalTime.instant(on: Day(iso: "2026-03-16")!, hour: 17, minute: 0, zone: LocalTime.centralEurope)!
        XCTAssertEqual(LocalTime.abbreviation(at: winter, zone: LocalTime.centralEurope), "CET")
        XCTAssertEqual(LocalTime.abbreviation(at: winter, zone: "America/New_York"), "EDT")
        let summer = LocalTime.instant(on: Day(iso: "2026-03-30")!, hour: 17, minute: 0, zone: LocalTime.centralEurope)!
        XCTAssertEqual(LocalTime.abbreviation(at: summer, zone: LocalTime.centralEurope), "CEST")
    }
}

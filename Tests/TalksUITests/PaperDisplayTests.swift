import CellText
import Foundation
import ScreenModel
import TalkArchive
import TalkSettings
import XCTest
@testable import TalksUI

/// Imported papers in the list and the detail: TeX read as Unicode, withdrawals marked, the
/// first version's date with the metadata's, and long author lists summed up or in full.
final class PaperDisplayTests: XCTestCase {
    private let theme = Theme.standard
    private let today = Day(iso: "2026-06-01")!

    /// Shaped like arXiv 0704.0005 and 0704.0156 of the real fixtures, with 250 authors.
    private func paper(withdrawn: Bool = false, authors: Int = 250) -> ArchiveRecord {
        let speakers = [Speaker(name: "C. Balázs", affiliation: nil)]
            + (2...max(2, authors)).map { Speaker(name: "Author\($0) Collaborator", affiliation: $0 == 2 ? "CERN" : nil) }
        return ArchiveRecord(id: "arxiv-0704.0005", kind: .paper, series: nil, date: Day(iso: "2007-04-02")!,
                             title: #"From dyadic $\Lambda_{\alpha}$ to $\Lambda_{\alpha}$"#, speakers: Array(speakers.prefix(authors)),
                             abstract: #"In this paper we show how to compute the $\Lambda_{\alpha}$ norm, $\alpha\ge 0$."#,
                             authorCount: authors, updated: Day(iso: "2013-10-15"), withdrawn: withdrawn)
    }

    private func text(_ line: StyledLine) -> String { line.runs.map(\.text).joined() }

    func testTheListShowsReadableTitlesWithdrawalsAndTheAuthorCount() {
        let row = ListPane.line(SearchHit(record: paper(withdrawn: true)), today: today, width: 100, terms: [],
                                selected: false, focused: true, theme: theme)
        let shown = text(row)
        XCTAssertTrue(shown.contains("2007-04-02 PAPER [withdrawn] From dyadic Λ_α to Λ_α"), shown)
        XCTAssertTrue(shown.hasSuffix("C. Balázs +249      "), shown)
        XCTAssertEqual(DisplayWidth.of(shown), 100)
        XCTAssertEqual(row.runs.first { $0.text == ListPane.withdrawnMark }?.style, theme.error)
        XCTAssertFalse(text(ListPane.line(SearchHit(record: paper()), today: today, width: 100, terms: [], selected: false,
                                          focused: true, theme: theme)).contains("withdrawn"))
    }

    func testALongFirstNameIsCutBeforeTheCount() {
        var record = paper()
        record.speakers[0].name = "Alexandros Papadopoulos-Konstantinidis"
        let who = ListPane.person(record, width: 20)
        XCTAssertEqual(DisplayWidth.of(who), 20)
        XCTAssertTrue(who.hasSuffix(" +249"), who)
        XCTAssertEqual(ListPane.person(paper(authors: 2), width: 20), TextLayout.pad("C. Balázs +1", width: 20))
    }

    func testTheDetailShowsEveryAuthorTheDatesAndTheReadableAbstract() {
        let lines = DetailPane.content(paper(withdrawn: true), related: [], width: 78, terms: [], viewer: Setting(value: TimeZone(identifier: "UTC")!, origin: .builtIn), theme: theme)
            .map(text)
        let all = lines.joined(separator: "\n")
        XCTAssertEqual(lines.first, "From dyadic Λ_α to Λ_α")
        XCTAssertTrue(lines.contains("PAPER  arxiv-0704.0005  withdrawn"), all)
        XCTAssertTrue(all.contains("Monday 2 April 2007 · updated 2013-10-15") || all.contains("Monday, 2 April 2007 · updated 2013-10-15"), all)
        XCTAssertTrue(all.contains("we show how to compute the Λ_α norm, α≥ 0."), all)
        // Every one of the 250 names, as one wrapped paragraph rather than 250 lines.
        let flowing = all.replacingOccurrences(of: "\n", with: " ")
        for n in [2, 100, 250] { XCTAssertTrue(flowing.contains("Author\(n) Collaborator"), "author \(n)") }
        XCTAssertTrue(flowing.contains("Author2 Collaborator (CERN), Author3"), flowing)
        XCTAssertLessThan(lines.count, 120, "not a line per author")
        // A short author list stays a line each, with affiliations.
        let short = DetailPane.content(paper(authors: 3), related: [], width: 78, terms: [], viewer: Setting(value: TimeZone(identifier: "UTC")!, origin: .builtIn), theme: theme).map(text)
        XCTAssertTrue(short.contains("Author2 Collaborator, CERN"), short.joined(separator: "\n"))
    }
}

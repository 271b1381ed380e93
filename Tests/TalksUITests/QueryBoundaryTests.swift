import Foundation
import ScreenModel
import TalkArchive
import XCTest
@testable import TalksUI

/// What crosses from the browser to the index: a query parsed once per key, with the view's
/// kind and series as typed clauses, and records named with their kind.
final class QueryBoundaryTests: XCTestCase {
    /// Found on main: the view's filters were appended to the typed text ("sharpness OR kind:talk"),
    /// so a dangling OR joined a word with a filter nobody typed, and the search line said so.
    func testADanglingOrSaysNothingAboutFiltersNobodyTyped() {
        let browser = TestBrowser()
        browser.type("/sharpness OR ")
        XCTAssertNil(browser.state.queryError)
        XCTAssertFalse(browser.screen.contains { $0.contains("filters") }, browser.screen.joined(separator: "\n"))
        let series = TestBrowser()
        series.type("f/sharpness OR ")
        XCTAssertEqual(series.state.seriesFilter, "dltrg")
        XCTAssertNil(series.state.queryError)
    }

    /// Found on main: the kind of a related record was guessed from its id ("paper-…"), so `R` to
    /// an imported paper (`arxiv-…`) searched the talks for it and landed on the first talk.
    func testGoingToARelatedImportedPaperLandsOnIt() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("talks-ui-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let archive = root.appendingPathComponent("archive"), cache = root.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        try "9. March 2026 @ 5pm CET\nHow Does Sharpness-Aware Minimization Minimize Sharpness?\nKaiyue Wen, Stanford University, USA\narXiv: https://arxiv.org/abs/2211.05729\n"
            .write(to: archive.appendingPathComponent("ellis.txt"), atomically: true, encoding: .utf8)
        let snapshot = root.appendingPathComponent("snapshot.jsonl")
        try #"{"id": "2211.05729", "title": "How Does Sharpness-Aware Minimization Minimize Sharpness?", "authors": "Kaiyue Wen, Tengyu Ma, Zhiyuan Li", "abstract": "About SAM.", "categories": "cs.LG", "update_date": "2022-11-10"}"#
            .appending("\n").write(to: snapshot, atomically: true, encoding: .utf8)
        _ = try ArchiveIndex.importArxiv(snapshot, archive: archive, cache: cache)

        let browser = TestBrowser(index: try ArchiveIndex.open(archive: archive, cache: cache))
        PickerAndHelpTests.goToRelated(browser, from: "ellis-2026-03-09", to: Picker.Target(id: "arxiv-2211.05729", kind: .paper))
    }

    func testTheViewsKindAndSeriesAreClausesBesideTheParsedText() throws {
        let browser = TestBrowser()
        browser.type("f/lyap")
        XCTAssertEqual(browser.state.seriesFilter, "dltrg")
        XCTAssertEqual(browser.state.parsedQuery, try SearchQuery(parsing: "lyap"))
        XCTAssertEqual(browser.state.effectiveQuery, try SearchQuery(parsing: "lyap series:dltrg"), "a series leaves no paper")
        XCTAssertEqual(browser.state.results.query, browser.state.effectiveQuery, "the rows shown are this query's")
        browser.type(.enter, .char("K"))
        XCTAssertEqual(browser.state.effectiveQuery, try SearchQuery(parsing: "lyap kind:talk series:dltrg"))
        browser.type(.char("p"))
        XCTAssertEqual(browser.state.effectiveQuery, try SearchQuery(parsing: "lyap kind:paper"), "papers have no series")
        let typedToo = TestBrowser()
        typedToo.type("/lyap kind:talk")
        XCTAssertEqual(typedToo.state.effectiveQuery, try SearchQuery(parsing: "lyap kind:talk"), "a clause typed too is not repeated")
    }

    func testTextThatDoesNotParseSaysWhyAndAsksTheIndexNothing() {
        let browser = TestBrowser()
        browser.type("/year:a")
        var state = browser.state
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("b"))), [])
        XCTAssertEqual(state.queryError, "year: takes a four-digit year, like year:2023, not “ab”")
        XCTAssertNil(state.effectiveQuery)
        XCTAssertEqual(state.results.query, try? SearchQuery(parsing: ""), "the last good results stay")
    }
}

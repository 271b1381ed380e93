import Foundation
import XCTest
import PersonalState
import TalkArchive

/// `is:starred`, `tag:`, `has:note`, `note:` on the bundled archive, with everything else.
final class MarkQueryTests: XCTestCase {
    private var store: MarkStore!
    private var index: ArchiveIndex!

    override func setUpWithError() throws {
        store = try MarkStore.inMemory()
        index = StoreFixtures.index.with(marks: store)
        try store.change("dltrg-2022-08-03", .star(true))
        try store.change("paper-2018-06-20", .star(true))
        try store.change("dltrg-2022-10-19", .seen(true))
        try store.change("dltrg-2022-10-12", .toWatch(true))
        try store.change("dltrg-2022-10-12", .note("Ask about the Ötztal dataset"))
        try store.change("dltrg-2022-10-05", .tag(MarkStore.tags("neural-ode")))
    }

    private func ids(_ query: String) throws -> Set<String> { Set(try index.search(query).map(\.record.id)) }

    func testEachMarkClause() throws {
        XCTAssertEqual(try ids("is:starred"), ["dltrg-2022-08-03", "paper-2018-06-20"])
        XCTAssertEqual(try ids("is:star"), ["dltrg-2022-08-03", "paper-2018-06-20"], "a unique start of the word")
        XCTAssertEqual(try ids("is:seen"), ["dltrg-2022-10-19"])
        XCTAssertEqual(try ids("is:towatch"), ["dltrg-2022-10-12"])
        XCTAssertEqual(try ids("tag:Neural-ODE"), ["dltrg-2022-10-05"])
        XCTAssertEqual(try ids("has:note"), ["dltrg-2022-10-12"])
        XCTAssertEqual(try ids("note:otztal"), ["dltrg-2022-10-12"], "case and accents ignored")
        XCTAssertEqual(try ids("note:nothing-like-it"), [])
    }

    func testMarkClausesCombineWithEverythingElse() throws {
        let talks = try index.count(SearchQuery(parsing: "kind:talk")).value
        XCTAssertEqual(try index.count(SearchQuery(parsing: "is:unseen kind:talk")).value, talks - 1)
        XCTAssertEqual(try ids("is:starred kind:paper"), ["paper-2018-06-20"])
        XCTAssertEqual(try ids("is:starred OR tag:neural-ode"), ["dltrg-2022-08-03", "paper-2018-06-20", "dltrg-2022-10-05"])
        XCTAssertEqual(try ids("is:starred -kind:paper"), ["dltrg-2022-08-03"])
        XCTAssertEqual(try ids("-is:starred 1806.07572"), [])
        // With words: the full-text match and the marks together.
        let withWords = try ids("is:starred speaker:hongler")
        XCTAssertEqual(withWords, ["dltrg-2022-08-03", "paper-2018-06-20"])
        XCTAssertEqual(try ids("is:starred year:2022"), ["dltrg-2022-08-03"])
    }

    func testMarksMadeAfterTheQueryAreSeenByTheNextOne() throws {
        XCTAssertEqual(try ids("is:seen"), ["dltrg-2022-10-19"])
        try store.change("dltrg-2022-10-19", .seen(false))
        XCTAssertEqual(try ids("is:seen"), [])
    }

    func testAnIndexWithoutMarksFindsNoMarkedRecords() throws {
        XCTAssertEqual(Set(try StoreFixtures.index.search("is:starred").map(\.record.id)), [])
    }

    func testBadMarkClausesSayWhatTheyTake() {
        for (query, expected) in [("is:bogus", "is: takes starred"), ("is:s", "is: takes"), ("has:pdf", "has: takes note"),
                                  ("tag:a;b", "not a tag name"), ("is:starred OR lyap", "OR joins words with words")] {
            XCTAssertThrowsError(try SearchQuery(parsing: query), query) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(query): \(error)")
            }
        }
        XCTAssertNoThrow(try SearchQuery(parsing: "is:"), "half-typed: nothing yet")
    }
}

import Foundation
import XCTest
@testable import TalkArchive

/// The browser's rows on demand: any window of any order equals that part of the whole list.
final class RowsTests: XCTestCase {
    /// 400 talks over 100 days (four a day, so ties on the date need the id), titles in mixed case.
    static let index: ArchiveIndex = {
        var page = ""
        for n in 0..<400 {
            let day = 1 + n % 28, month = 1 + (n / 28) % 12
            page += "\(day). \(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][month - 1]) 2025 @ 5pm CET\n"
            page += "\(n % 3 == 0 ? "alpha" : "Beta") talk number \(n) on \(n % 2 == 0 ? "networks" : "kernels")\nSpeaker \(n), Somewhere\n\n"
        }
        return try! ArchiveIndex.inMemory(Archive.build(pages: [("big.txt", Data(page.utf8))]))
    }()

    private func all(_ text: String, _ order: ResultOrder) throws -> (MatchCount, [String]) {
        let query = try SearchQuery(parsing: text)
        let count = try Self.index.count(query)
        let slice = try Self.index.rows(query, order: order, count: count, offset: 0, limit: 10_000)
        return (count, slice.hits.map(\.record.id))
    }

    func testEveryWindowMatchesTheWholeList() throws {
        for text in ["kind:talk", "networks kind:talk", "-kernels kind:talk", "", "networks"] {
            for order in ResultOrder.allCases {
                let (count, whole) = try all(text, order)
                XCTAssertEqual(whole.count, count.value, "\(text) \(order)")
                XCTAssertEqual(Set(whole).count, whole.count, "no row twice")
                let query = try SearchQuery(parsing: text)
                for offset in stride(from: 0, to: whole.count, by: 37) {
                    let plain = try Self.index.rows(query, order: order, count: count, offset: offset, limit: 25)
                    XCTAssertEqual(plain.offset, offset)
                    XCTAssertEqual(plain.hits.map(\.record.id), Array(whole[offset..<min(whole.count, offset + 25)]), "\(text) \(order) @\(offset)")
                    // From a row already shown, before and after the window.
                    for anchorPosition in [offset - 30, offset - 1, offset + 25, offset + 60] where whole.indices.contains(anchorPosition) {
                        let anchor = RowsRequest.Anchor(position: anchorPosition, record: try XCTUnwrap(Self.index.record(id: whole[anchorPosition])))
                        let read = try Self.index.rows(query, order: order, count: count, offset: offset, limit: 25, anchor: anchor)
                        XCTAssertEqual(read.offset, offset)
                        XCTAssertEqual(read.hits.map(\.record.id), Array(whole[offset..<min(whole.count, offset + 25)]),
                                       "\(text) \(order) @\(offset) from \(anchorPosition)")
                    }
                }
            }
        }
    }

    func testBrowsingIsNewestFirstAndTitlesIgnoreCase() throws {
        let (_, byDate) = try all("kind:talk", .date)
        let dates = try byDate.map { try XCTUnwrap(Self.index.record(id: $0)).date }
        XCTAssertEqual(dates, dates.sorted(by: >))
        let (_, byTitle) = try all("kind:talk", .title)
        let titles = try byTitle.map { try XCTUnwrap(Self.index.record(id: $0)).title.lowercased() }
        XCTAssertEqual(titles, titles.sorted())
    }

    func testPositionOfARecordInTheList() throws {
        let query = try SearchQuery(parsing: "kind:talk")
        for order in ResultOrder.allCases {
            let (_, whole) = try all("kind:talk", order)
            for position in [0, 1, 199, whole.count - 1] {
                XCTAssertEqual(try Self.index.position(of: whole[position], in: query, order: order), position, "\(order)")
            }
        }
        XCTAssertNil(try Self.index.position(of: "no-such-id", in: query, order: .date))
    }

    func testTooManyMatchesToRankAreListedInIndexOrder() throws {
        // Given a limit below the matches of "talk" (every record)
        let query = try SearchQuery(parsing: "talk kind:talk")
        let count = try Self.index.count(query)
        XCTAssertEqual(count.value, 400)
        XCTAssertFalse(count.isUnranked, "400 matches are ranked")
        // When counting is capped, the rows come in index order (newest first for pages), unscored.
        let capped = MatchCount(value: 300, isAtLeast: true)
        let rows = try Self.index.rows(query, order: .relevance, count: capped, offset: 0, limit: 300).hits
        XCTAssertTrue(rows.allSatisfy { $0.score == nil })
        let dates = rows.map(\.record.date)
        XCTAssertEqual(dates, dates.sorted(by: >))
        XCTAssertEqual(rows.first?.record.title.contains("talk"), true)
    }

    func testPrefixesListedAsTheirWordsFindWhatThePrefixFinds() throws {
        for text in ["netw", "kern", "numb", "talk numb", "title:alph", "zzzz"] {
            let query = try SearchQuery(parsing: text + " kind:talk")
            let expanded = query.compile(words: WordLookup(prefixTerms: { prefix in try? Self.index.database.read { Self.index.expansions(of: prefix, $0) } }))
            let plain = query.compile()
            if text != "zzzz" { XCTAssertNotEqual(expanded.match, plain.match, "\(text) is listed as words") }
            let ids = { (match: String) in
                try Self.index.database.read { db in
                    try Int64.fetchAll(db, sql: "SELECT rowid FROM record_fts WHERE record_fts MATCH ? ORDER BY rowid", arguments: [match])
                }
            }
            XCTAssertEqual(try ids(XCTUnwrap(expanded.match)), try ids(XCTUnwrap(plain.match)), text)
        }
    }

    func testTheMatchExpressionIsTheOneSearchRanks() throws {
        let match = try XCTUnwrap(Self.index.matchExpression(for: "netw"))
        XCTAssertTrue(match.contains("\"networks\""), match)
        XCTAssertNil(try Self.index.matchExpression(for: "kind:talk"))
        let raw = try Self.index.database.read { db in
            try String.fetchAll(db, sql: """
                SELECT record.id FROM record_fts JOIN record ON record.rowid = record_fts.rowid WHERE record_fts MATCH ?
                ORDER BY bm25(record_fts, \(ArchiveIndex.weights)), record_fts.rowid DESC LIMIT 50
                """, arguments: [match])
        }
        XCTAssertEqual(raw.count, 50)
        XCTAssertEqual(try Self.index.search("netw", limit: 50).map(\.record.id), raw)
    }

    func testFirstRowsSelectARecordDeepInTheList() throws {
        let (_, whole) = try all("kind:talk", .date)
        let request = SearchRequest(query: try SearchQuery(parsing: "kind:talk"), order: .date, rows: 30, select: whole[333])
        let (count, kinds, slice, selected) = try Self.index.firstRows(for: request)
        XCTAssertEqual(count.value, 400)
        XCTAssertEqual(kinds, KindCounts(talks: count, papers: MatchCount(value: 0, isAtLeast: false)))
        XCTAssertEqual(selected, 333)
        XCTAssertEqual(slice.hits.map(\.record.id), Array(whole[slice.offset..<slice.offset + slice.hits.count]))
        XCTAssertTrue((slice.offset..<slice.offset + slice.hits.count).contains(333))
    }

    /// The default view asks for both kinds: the status line's counts of each add up to the
    /// total, and the talks are what `kind:talk` alone counts.
    func testFirstRowsCountEachKind() throws {
        for text in ["", "netw", "year:2025", "-netw"] {
            let both = try Self.index.firstRows(for: SearchRequest(query: try SearchQuery(parsing: text), order: .relevance, rows: 30, select: nil))
            let talks = try Self.index.count(try SearchQuery(parsing: text).requiring(.kind(.talk)))
            let papers = try Self.index.count(try SearchQuery(parsing: text).requiring(.kind(.paper)))
            XCTAssertEqual(both.kinds.talks, talks, text)
            XCTAssertGreaterThan(talks.value, 0, text)
            XCTAssertEqual(both.kinds.talks.value + both.kinds.papers.value, both.count.value, text)
            if !papers.isAtLeast { XCTAssertEqual(both.kinds.papers, papers, text) }
        }
    }
}

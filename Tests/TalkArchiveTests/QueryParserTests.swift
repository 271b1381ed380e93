import Foundation
import XCTest
@testable import TalkArchive

final class QueryParserTests: XCTestCase {
    private func parse(_ s: String) throws -> SearchQuery { try SearchQuery(parsing: s) }

    private func text(_ words: String, phrase: Bool = false, prefix: Bool = true, field: SearchQuery.TextField? = nil) -> SearchQuery.Atom {
        .text(SearchQuery.Text(words: words, isPhrase: phrase, isPrefix: prefix, field: field))
    }

    func testWordsAreRequiredPrefixes() throws {
        XCTAssertEqual(try parse("lyap exp").clauses, [
            .init(alternatives: [text("lyap")], negated: false), .init(alternatives: [text("exp")], negated: false),
        ])
    }

    /// Issue 15, finding 5: 4 KB of pasted alternatives cost 70 s of CPU; each now counts toward the cap.
    func testOrAlternativesCountTowardTheCap() throws {
        let repeated = Array(repeating: "a", count: 1000).joined(separator: " OR ")
        XCTAssertEqual(try parse(repeated).clauses, [.init(alternatives: [text("a")], negated: false)], "repeats collapse")
        let distinct = (1...25).map { "w\($0)" }.joined(separator: " OR ")
        XCTAssertThrowsError(try parse(distinct)) { error in
            XCTAssertEqual((error as? QueryError)?.message,
                           "the query has 25 words and filters (each OR alternative counts); at most 24 are allowed")
        }
        XCTAssertEqual(try parse((1...24).map { "w\($0)" }.joined(separator: " OR ")).clauses.first?.alternatives.count, 24)
        XCTAssertThrowsError(try parse("x OR y " + (1...23).map { "w\($0)" }.joined(separator: " ")), "2 alternatives + 23 words")
    }

    func testPhrasesClosedAndOpen() throws {
        XCTAssertEqual(try parse("\"neural tangent\"").clauses.first?.alternatives, [text("neural tangent", phrase: true, prefix: false)])
        XCTAssertEqual(try parse("\"neural tang").clauses.first?.alternatives, [text("neural tang", phrase: true, prefix: true)])
    }

    func testFields() throws {
        XCTAssertEqual(try parse("speaker:muenn").clauses.first?.alternatives, [text("muenn", field: .speakers)])
        XCTAssertEqual(try parse("affiliation:\"TU Dortmund\"").clauses.first?.alternatives, [text("TU Dortmund", phrase: true, prefix: false, field: .affiliations)])
        XCTAssertEqual(try parse("title:x abstract:y topic:z").clauses.map(\.alternatives), [
            [text("x", field: .title)], [text("y", field: .abstract)], [text("z", field: .topics)],
        ])
        XCTAssertEqual(try parse("Title:x").clauses.first?.alternatives, [text("x", field: .title)], "field names ignore case")
    }

    func testFilters() throws {
        XCTAssertEqual(try parse("series:ELLIS kind:papers year:2023 after:2026-03 before:2026").clauses.map(\.alternatives), [
            [.filter(.series("ellis"))], [.filter(.kind(.paper))], [.filter(.year(2023))],
            [.filter(.onOrAfter(Day(iso: "2026-03-01")!))], [.filter(.before(Day(iso: "2026-01-01")!))],
        ])
    }

    /// A view's filter is a clause beside what was typed, the same as typing it, never repeated.
    func testRequiringAFilterIsTypingIt() throws {
        XCTAssertEqual(try parse("lyap").requiring(.kind(.talk)).requiring(.series("ellis")), try parse("lyap kind:talk series:ellis"))
        XCTAssertEqual(try parse("kind:talk lyap").requiring(.kind(.talk)), try parse("kind:talk lyap"))
        XCTAssertThrowsError(try parse("sharpness OR kind:talk"), "OR joins a word with the appended filter")
        XCTAssertEqual(try parse("sharpness OR").requiring(.kind(.talk)).clauses.count, 3, "a dangling OR stays a word")
    }

    func testExclusionAndOr() throws {
        let q = try parse("flatness -robustness a OR b year:2022 OR year:2023")
        XCTAssertEqual(q.clauses.count, 4)
        XCTAssertTrue(q.clauses[1].negated)
        XCTAssertEqual(q.clauses[2].alternatives, [text("a"), text("b")])
        XCTAssertEqual(q.clauses[3].alternatives, [.filter(.year(2022)), .filter(.year(2023))])
    }

    func testDanglingOrAndHalfTypedFieldsAreHarmless() throws {
        XCTAssertEqual(try parse("OR").clauses.first?.alternatives, [text("OR")])
        XCTAssertEqual(try parse("x OR").clauses.count, 2)
        XCTAssertTrue(try parse("speaker:").isEmpty)
        XCTAssertTrue(try parse("   ").isEmpty)
        XCTAssertTrue(try parse("* ++ -- ()").isEmpty)
    }

    func testRepeatsAreDroppedAndLengthIsCapped() throws {
        XCTAssertEqual(try parse(String(repeating: "a ", count: 500)).clauses.count, 1)
        let many = (1...30).map { "w\($0)" }.joined(separator: " ")
        XCTAssertThrowsError(try parse(many))
    }

    func testWordsWithColonsThatAreNotFields() throws {
        XCTAssertEqual(try parse("s1:").clauses.first?.alternatives, [text("s1:")])
    }

    func testErrorsAreOneLineMessages() {
        for bad in ["colour:red", "year:abc", "year:20233", "after:2026-13-01", "before:yesterday", "kind:video",
                    "word OR series:ellis", "a OR -b"] {
            XCTAssertThrowsError(try parse(bad), bad) { error in
                let message = (error as? QueryError)?.message ?? ""
                XCTAssertFalse(message.isEmpty, bad)
                XCTAssertFalse(message.contains("\n"), bad)
            }
        }
    }

    /// Found by fuzz-query: FTS5 ends a string at NUL, so a NUL separates words.
    func testNulSeparatesWords() throws {
        XCTAssertEqual(try parse("word\u{0}null").clauses, try parse("word null").clauses)
        XCTAssertFalse(try parse("a\u{0}\u{30B}b").compile().match!.unicodeScalars.contains("\0"))
    }

    /// A long paste parses in linear time (each token used to count the rest of the text).
    func testLongPasteParsesQuickly() throws {
        let started = Date()
        XCTAssertEqual(try parse(String(repeating: "-a ", count: 50_000)).clauses.count, 1)
        XCTAssertLessThan(Date().timeIntervalSince(started), 2)
    }

    /// Found by fuzz-query: `"` + U+065D is one Character, but its quote must still be doubled.
    func testQuoteFollowedByCombiningMarkIsDoubled() throws {
        let all = "{title speakers affiliations abstract}"
        XCTAssertEqual(try parse("a\"\u{65D}b").compile().match, "(\(all) : \"a\"\"\u{65D}b\"*)")
    }

    func testCompiledMatchQuotesEverything() throws {
        let compiled = try parse("c++ say\"hi title:x -y series:ellis").compile()
        let all = "{title speakers affiliations abstract}"
        XCTAssertEqual(compiled.match, #"((\#(all) : "c++"*) AND (\#(all) : "say""hi"*) AND (title : "x"*)) NOT (\#(all) : "y"*)"#)
        XCTAssertEqual(compiled.conditions, ["record.series = ?"])
        XCTAssertEqual(compiled.arguments, ["ellis"])
    }

    func testKindsAndDatesNarrowOneRowidRangeForFTS5() throws {
        // Talks at rowids 1…10 (all before 2020), papers at 11…100: one a day in January 2020, then one a month.
        let layout = RowidLayout(lastTalk: 10, last: 100) { kind, day in
            switch (kind, day.year, day.month) {
            case (.talk, _, _): 11
            case (_, ..<2020, _): 11
            case (_, 2020, 1): 10 + Int64(day.day)
            case (_, 2020, _): 40 + Int64(day.month)
            default: 101
            }
        }
        let compiled = try parse("x kind:paper after:2020-01-05 year:2020 before:2020-02-01 after:2020-01-03").compile(layout: layout)
        // FTS5 takes the first lower and upper bound it is given: the intersection, once.
        XCTAssertEqual(compiled.matchConditions, ["record_fts.rowid BETWEEN ? AND ?"])
        XCTAssertEqual(compiled.matchConditionArguments, [Int64(15).databaseValue, Int64(41).databaseValue])
        XCTAssertEqual(compiled.kind, .paper)
        XCTAssertEqual(try parse("x kind:paper kind:talk").compile(layout: layout).matchConditions, ["0"])
        XCTAssertEqual(try parse("x year:2020 -series:ellis").compile(layout: layout).matchConditions,
                       ["(record_fts.rowid BETWEEN ? AND ? OR record_fts.rowid BETWEEN ? AND ?)", "NOT record.series = ?"])
    }
}

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

    /// Odd characters reach FTS5 quoted, and filters and exclusions keep their own arguments:
    /// the query runs and finds what the same words and filters find one by one.
    func testOddTextAndFiltersRunTogether() throws {
        let index = IndexTests.index
        let whole = try index.search("c++ say\"hi title:x -y series:ellis")
        XCTAssertTrue(whole.isEmpty, "no record says say\"hi")
        let words = Set(try index.search("learning -model").map(\.record.id))
        let filtered = Set(try index.search("learning -model series:ellis").map(\.record.id))
        XCTAssertFalse(filtered.isEmpty)
        XCTAssertEqual(filtered, words.filter { IndexTests.index.recordSeries($0) == "ellis" })
    }

    /// Kinds, years and dates (ranges of rowids beside a MATCH, record columns without words)
    /// select exactly the records whose kind and date say so.
    func testKindsAndDatesSelectWhatTheRecordsSay() throws {
        let index = IndexTests.index
        let cases: [(String, (ArchiveRecord) -> Bool)] = [
            ("kind:paper after:2022-01-05 year:2022 before:2023-02-01 after:2022-01-03",
             { $0.kind == .paper && $0.date.iso >= "2022-01-05" && $0.date.iso < "2023-01-01" }),
            ("kind:talk year:2023", { $0.kind == .talk && $0.date.iso.hasPrefix("2023") }),
            ("year:2023 -series:ellis", { $0.date.iso.hasPrefix("2023") && $0.series?.slug != "ellis" }),
            ("-kind:talk before:2024", { $0.kind == .paper && $0.date.iso < "2024-01-01" }),
            ("kind:paper kind:talk", { _ in false }),
        ]
        for words in ["", "learning ", "model OR network "] {
            let unfiltered = Set(try index.search(words.isEmpty ? "series:ellis OR series:dltrg OR kind:paper" : words).map(\.record.id))
            XCTAssertFalse(unfiltered.isEmpty, words)
            for (filters, keeps) in cases {
                let expected = try unfiltered.filter { keeps(try XCTUnwrap(index.record(id: $0))) }
                XCTAssertEqual(Set(try index.search(words + filters).map(\.record.id)), expected, words + filters)
            }
        }
    }
}

private extension ArchiveIndex {
    func recordSeries(_ id: String) -> String? { (try? record(id: id))??.series?.slug }
}

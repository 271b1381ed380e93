import GRDB
import XCTest
@testable import TalkArchive

final class IndexTests: XCTestCase {
    nonisolated(unsafe) static let index = try! ArchiveIndex.inMemory(Fixtures.archive)
    var index: ArchiveIndex { IndexTests.index }

    private func top(_ query: String, _ n: Int = 1) throws -> [String] {
        Array(try index.search(query, limit: n).map(\.record.id))
    }

    /// Queries people type, with the record that must come first.
    func testGoldenQueries() throws {
        let golden: [(String, String)] = [
            ("lyap", "ellis-2026-05-11"),
            ("lyapunov exponents", "ellis-2026-05-11"),
            ("muenn", "ellis-2026-03-30"),
            ("speaker:wen", "ellis-2026-03-09"),
            ("sharpness-aware", "ellis-2026-03-09"),
            ("\"neural tangent kernel\" kind:talk", "dltrg-2022-08-03"),
            ("neural tangent kernel kind:paper", "paper-2018-06-20"),
            ("glorot", "ellis-2026-06-08"),
            ("panza", "ellis-2026-05-25"),
            ("affiliation:gothenburg", "ellis-2026-05-11"),
            ("affiliation:\"TU Dortmund\" energy", "ellis-2026-04-13"),
            ("procedural pretraining", "ellis-2026-03-16"),
            ("saddle", "ellis-2026-02-09"),
            ("muon", "ellis-2026-02-09"),
            ("grokking series:ellis", "ellis-2026-01-12"),
            ("title:grokalign", "paper-2025-06-13"),
            ("git re-basin", "dltrg-2022-09-22"),
            ("hopfield", "dltrg-2023-01-04"),
            ("sophia", "dltrg-2023-06-07"),
            ("qlora", "dltrg-2023-06-14"),
            ("attention sinks", "dltrg-2023-10-11"),
            ("lottery race", "ellis-2026-04-27"),
            ("fast video", "ellis-2026-01-19"),
            ("entezari", "ellis-2026-01-19"),
            ("video generation", "ellis-2026-01-19"),
            ("adam instability", "dltrg-2023-03-29"),
            // Issue 17: words as people write them.
            ("energy efficient kind:talk", "ellis-2026-04-13"),
            ("optimizers kind:talk series:dltrg", "dltrg-2023-06-07"),
            ("language modeling compression", "dltrg-2023-10-04"),
            ("lora kind:talk", "dltrg-2023-06-14"),
            ("ntk kind:talk", "dltrg-2022-08-03"),
            ("sam", "ellis-2026-03-09"),
        ]
        for (query, expected) in golden {
            XCTAssertEqual(try top(query).first, expected, query)
        }
    }

    func testTitleAndSpeakersOutrankAbstract() throws {
        // "Lyapunov" is in the Mehlig talk's title and only in an abstract of a paper.
        XCTAssertEqual(try top("lyapunov", 2), ["ellis-2026-05-11", "paper-2026-02-23"])
    }

    func testDiacriticsAreFolded() throws {
        let archive = Fixtures.build([("p.txt", "1. March 2026 @ 5pm CET\nOn Gödel and Learning\nKurt Gödel, Universität Wien\n")])
        let index = try ArchiveIndex.inMemory(archive)
        XCTAssertEqual(try index.search("godel").count, 1)
        XCTAssertEqual(try index.search("universitat").count, 1)
        XCTAssertEqual(try index.search("GÖDEL").count, 1)
    }

    func testHighlightsAndSnippets() throws {
        let hit = try XCTUnwrap(index.search("lyapunov").first)
        XCTAssertEqual(hit.title.runs.filter(\.isMatch).map(\.text), ["Lyapunov"])
        XCTAssertTrue(hit.snippet?.runs.contains { $0.isMatch && $0.text == "Lyapunov" } ?? false)
        XCTAssertEqual(hit.title.plain, hit.record.title)
    }

    func testFiltersAndDates() throws {
        let ellis = try index.search("series:ellis")
        XCTAssertEqual(ellis.count, 12)
        XCTAssertNil(ellis[0].score, "filters only: newest first, unranked")
        XCTAssertEqual(ellis.first?.record.id, "ellis-2026-06-08")
        XCTAssertEqual(try index.search("kind:paper").count, 51)
        XCTAssertEqual(try index.search("year:2022 kind:talk").count, 14)
        let march = try index.search("after:2026-03-01 before:2026-04 kind:talk").map(\.record.id)
        XCTAssertEqual(march, ["ellis-2026-03-30", "ellis-2026-03-16", "ellis-2026-03-09", "ellis-2026-03-02"])
        XCTAssertEqual(try index.search("year:2022 OR year:2023 series:dltrg").count, 35)
    }

    func testKindFiltersBesideWordsSelectExactlyThatKind() throws {
        // Talks and the Daily Papers interleave by date in the pages; the index keeps each kind
        // in its own range of rowids, which these filters read instead of the rows.
        for words in ["network", "l", "training", "lyapunov OR grokking", "-flatness training", "series:dltrg network"] {
            let all = try index.search(words)
            for kind in RecordKind.allCases {
                // Talks are ranked in their own index (BM25 weighs words by how rare they are among talks).
                let filtered = try index.search("\(words) kind:\(kind.rawValue)").map(\.record.id)
                let expected = all.filter { $0.record.kind == kind }.map(\.record.id)
                if kind == .talk {
                    XCTAssertEqual(Set(filtered), Set(expected), "\(words) kind:talk")
                    XCTAssertEqual(filtered.count, expected.count)
                } else {
                    XCTAssertEqual(filtered, expected, "\(words) kind:\(kind)")
                }
                let excluded = try index.search("\(words) -kind:\(kind.rawValue)").map(\.record.id)
                XCTAssertEqual(excluded, all.filter { $0.record.kind != kind }.map(\.record.id), "\(words) -kind:\(kind)")
            }
            let either = try index.search("\(words) kind:paper OR series:ellis").map(\.record.id)
            XCTAssertEqual(either, all.filter { $0.record.kind == .paper || $0.record.series?.slug == "ellis" }.map(\.record.id))
        }
        XCTAssertGreaterThan(try index.search("network kind:talk").count, 0)
        XCTAssertGreaterThan(try index.search("network kind:paper").count, 0)
    }

    func testExclusionAndOr() throws {
        let flat = try index.search("flatness -robustness").map(\.record.id)
        XCTAssertTrue(flat.contains("ellis-2026-01-12"))
        XCTAssertFalse(flat.contains("ellis-2026-03-02"))
        let either = Set(try index.search("lyapunov OR muennighoff").map(\.record.id))
        XCTAssertTrue(either.isSuperset(of: ["ellis-2026-05-11", "ellis-2026-03-30"]))
        XCTAssertEqual(try index.search("-series:dltrg kind:talk").count, 12)
        XCTAssertEqual(try index.search("-lyapunov").count, Fixtures.archive.records.count - 2)
    }

    func testTopicField() throws {
        let ids = try index.search("topic:ntk").map(\.record.id)
        XCTAssertTrue(ids.contains("dltrg-2022-08-03"))
        XCTAssertTrue(try index.search("topic:optimization").count > 10)
    }

    func testUnknownSeriesIsAClearError() {
        XCTAssertThrowsError(try index.search("series:nope")) { error in
            XCTAssertEqual((error as? QueryError)?.message, "unknown series “nope”; the archive has dltrg, ellis")
        }
    }

    /// Whatever a user types: results or a QueryError, never a crash or raw SQLite text.
    func testHostileQueriesNeverFail() throws {
        let hostile = ["\"", "\"\"", "'", "(", ")", "*", "-", "--", "^", "NEAR(a b)", "a AND", "OR OR OR", "a:b:c",
                       "title:\"", "-\"x", "\u{0}", "\u{1B}[2J", "💥", "量子", "x\"y\"z", "{title}: x", "c++", "it's",
                       "NOT x", "x NOT", "a* b*", "\\", "%", "_", "speaker:\"unclosed", "-speaker:wen", String(repeating: "a ", count: 500)]
        for query in hostile {
            do {
                _ = try index.search(query)
            } catch let error as QueryError {
                XCTAssertFalse(error.message.localizedCaseInsensitiveContains("sqlite"), query)
                XCTAssertFalse(error.message.contains("failed in the index"), query)
            }
        }
    }

    /// Found by fuzz-query: a NUL inside a word ended FTS5's quoted string ("unterminated string").
    func testNulInsideAWordIsSearchable() throws {
        XCTAssertNoThrow(try index.search("word\u{0}null"))
        XCTAssertNoThrow(try index.search("title:\"a\u{0}b\" -c\u{0}d"))
        XCTAssertNoThrow(try index.search("- 1\u{0}\u{0}\u{30B}after:\u{0}1"), "NUL and a combining mark are one Character")
    }

    /// Found by fuzz-query: a quote followed by a combining mark was left undoubled ("unterminated string").
    func testQuoteWithCombiningMarkIsSearchable() throws {
        XCTAssertNoThrow(try index.search("a\"\u{65D}b"))
        XCTAssertNoThrow(try index.search("title:\"x\"\u{301}\""))
    }

    func testRecordsAndLookups() throws {
        XCTAssertEqual(try index.records(kind: .talk).count, 47)
        XCTAssertEqual(try index.records(kind: .talk, series: "dltrg").count, 35)
        XCTAssertEqual(try index.record(id: "ellis-2026-03-16")?.arxiv, ["2601.21725"])
        XCTAssertNil(try index.record(id: "nope"))
        XCTAssertEqual(try index.ids(like: "dltrg-2023-01-1", limit: 10).sorted(), ["dltrg-2023-01-11", "dltrg-2023-01-11-2", "dltrg-2023-01-18"])
        XCTAssertEqual(try index.topics().count, 4)
        XCTAssertEqual(try index.notes().count, 1)
    }
}

import Foundation
import XCTest

/// Runs the built `talks` binary as users and scripts do.
final class TalksCLITests: XCTestCase {
    static let cache = TalksRun.cache

    private func talks(_ arguments: [String], environment extra: [String: String] = [:]) throws -> TalksRun {
        try TalksRun.run(arguments, environment: extra)
    }

    func testListPipedIsOneLinePerTalkNewestFirst() throws {
        let r = try talks(["list"])
        XCTAssertEqual(r.status, 0, r.err)
        let lines = r.out.split(separator: "\n")
        XCTAssertEqual(lines.count, 47)
        XCTAssertTrue(lines[0].hasPrefix("ellis-2026-06-08"))
        XCTAssertFalse(r.out.contains("\u{1B}"), "no colour when piped")
    }

    func testListJSONHasTheDocumentedFields() throws {
        let r = try talks(["list", "--series", "ellis", "--json"])
        XCTAssertEqual(r.status, 0, r.err)
        let array = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]])
        XCTAssertEqual(array.count, 12)
        for key in ["id", "kind", "series", "date", "start", "title", "speakers", "abstract", "links", "arxiv", "topics", "related"] {
            XCTAssertTrue(array[0].keys.contains(key), key)
        }
        let procedural = try XCTUnwrap(array.first { $0["id"] as? String == "ellis-2026-03-16" })
        XCTAssertEqual(procedural["start"] as? String, "2026-03-16T16:00:00Z")
        XCTAssertEqual(procedural["arxiv"] as? [String], ["2601.21725"])
    }

    /// Issue 17: words as people write them, through the command line.
    func testSearchFindsWordsAsPeopleWriteThem() throws {
        let cases = [("energy efficient", "ellis-2026-04-13"), ("optimizers", "dltrg-2023-06-07"), ("lora", "dltrg-2023-05-24"),
                     ("ntk", "dltrg-2022-08-03"), ("language models series:dltrg year:2023", "dltrg-2023-10-04")]
        for (query, id) in cases {
            let r = try talks(["search", query, "--limit", "100"])
            XCTAssertEqual(r.status, 0, r.err)
            XCTAssertTrue(r.out.contains(id), "\(query): \(r.out)")
        }
        let hyphen = try talks(["search", "on-device", "--json"]), spaced = try talks(["search", "on device", "--json"])
        let ids = { (out: String) in try XCTUnwrap(JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]]).compactMap { $0["id"] as? String } }
        XCTAssertFalse(try ids(hyphen.out).isEmpty)
        XCTAssertEqual(Set(try ids(hyphen.out)), Set(try ids(spaced.out)))
    }

    /// Nothing found: standard error offers the closest name, also with --json (whose output stays an array).
    func testNothingFoundSaysDidYouMean() throws {
        for json in [false, true] {
            let r = try talks(["search", "speaker:muenighoff"] + (json ? ["--json"] : []))
            XCTAssertEqual(r.status, 0, r.err)
            XCTAssertEqual(r.err, "talks: no matches; did you mean Muennighoff?\n")
            if json { XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [Any])?.count, 0) }
        }
        XCTAssertEqual(try talks(["search", "zzzzzzzzzzzzqqq"]).err, "talks: no matches\n")
    }

    func testSearchJSONCarriesKindAndScore() throws {
        let r = try talks(["search", "neural tangent kernel", "--limit", "3", "--json"])
        XCTAssertEqual(r.status, 0, r.err)
        let array = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]])
        XCTAssertEqual(array.count, 3)
        XCTAssertTrue(array.allSatisfy { $0["kind"] != nil && $0["score"] != nil })
    }

    func testShowHumanAndJSON() throws {
        let human = try talks(["show", "ellis-2026-05-11"])
        XCTAssertEqual(human.status, 0, human.err)
        XCTAssertTrue(human.out.hasPrefix("Finite-Time Lyapunov Exponents of Deep Neural Networks\n"))
        XCTAssertTrue(human.out.contains("17:00 CEST"))
        let json = try talks(["show", "paper-2018-06-20", "--json"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        XCTAssertEqual(object["related"] as? [String], ["dltrg-2022-08-03"])
        XCTAssertEqual(object["author_count"] as? Int, 3)
    }

    func testErrorsAreOneLineWithStatusOne() throws {
        let unknown = try talks(["show", "ellis-2026-03"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.err.hasPrefix("talks: no talk or paper has the id"))
        let bad = try talks(["search", "year:abc"])
        XCTAssertEqual(bad.status, 1)
        XCTAssertEqual(bad.err.split(separator: "\n").count, 1)
        let missing = try talks(["list", "--archive", "/nonexistent"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.err.contains("/nonexistent"))
        let series = try talks(["list", "--series", "nips"])
        XCTAssertEqual(series.status, 1)
        let usage = try talks(["list", "--bogus"])
        XCTAssertEqual(usage.status, 64)
    }

    func testCheckReportsTheSeedAnomalies() throws {
        let r = try talks(["check"])
        XCTAssertEqual(r.status, 0, r.err)
        for expected in ["35 talks", "12 talks", "51 papers", "repeated-date", "out-of-order", "series-note", "merged",
                         "time-zone-hint", "inferred-year", "trailing-text", "missing-url", "same-paper-twice"] {
            XCTAssertTrue(r.out.contains(expected), expected)
        }
    }

    func testCheckNamesEveryRowItCouldNotRead() throws {
        let dir = TalksCLITests.cache.appendingPathComponent("broken-rows-archive")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("TalkArchiveTests/Fixtures/dltrg-broken-rows.md")
        try Data(contentsOf: fixture).write(to: dir.appendingPathComponent("dltrg-broken-rows.md"))
        let r = try talks(["check", "--archive", dir.path])
        XCTAssertEqual(r.status, 0, "broken rows are warnings, not errors: \(r.err)")
        XCTAssertTrue(r.out.contains("dltrg    5 talks"), r.out)
        for expected in ["malformed-row      dltrg-broken-rows.md:15: ", "malformed-row      dltrg-broken-rows.md:17: the row is broken over lines",
                         "malformed-row      dltrg-broken-rows.md:19: ", "refused-link       dltrg-broken-rows.md:19: not read as a link"] {
            // The kind column's width follows the longest kind name: compare with single spaces.
            let squeezed = { (text: String) in text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
            XCTAssertTrue(squeezed(r.out).contains(squeezed(expected)), expected)
        }
    }

    func testArchiveFromEnvironmentAndUnrecognizedFileWarning() throws {
        let dir = TalksCLITests.cache.appendingPathComponent("custom-archive")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "1. March 2026 @ 5pm CET\nA \u{1B}[2JTalk\nAda, Here\n".write(to: dir.appendingPathComponent("p.txt"), atomically: true, encoding: .utf8)
        try "random".write(to: dir.appendingPathComponent("q.txt"), atomically: true, encoding: .utf8)
        let r = try talks(["list"], environment: ["TALKS_ARCHIVE": dir.path])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.out, "ellis-2026-03-01  A Talk — Ada\n", "escape sequences never reach the terminal")
        XCTAssertTrue(r.err.contains("q.txt: skipped"), "a skipped file is named when the index is built")
        let check = try talks(["check", "--archive", dir.path])
        XCTAssertTrue(check.out.contains("q.txt"))
        XCTAssertTrue(check.out.contains("unrecognized-file"))
    }

    func testHelpDocumentsQueryLanguageAndExitCodes() throws {
        let search = try talks(["search", "--help"])
        XCTAssertTrue(search.out.contains("speaker:muenn"))
        XCTAssertTrue(search.out.contains("after:2026-03-01"))
        let root = try talks(["--help"])
        XCTAssertTrue(root.out.contains("Exit codes"))
        for command in ["list", "papers", "search", "show", "check"] { XCTAssertTrue(root.out.contains(command)) }
    }
}

import Foundation
import XCTest

/// Time on the command line (issue 17.5): `talks next`, oldest-first listings, and the date filters' boundaries.
final class TimeCommandTests: XCTestCase {
    private func json(_ run: TalksRun) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any], run.out)
    }

    func testNextIsTheFirstTalkStillToStart() throws {
        // 27 April 2026, 5pm CEST: before it the talk of that day is next, after it the one of 11 May.
        let before = try TalksRun.run(["next", "--from", "2026-04-27T14:00:00Z", "--json"])
        XCTAssertEqual(before.status, 0, before.err)
        XCTAssertEqual(try json(before)["upcoming"] as? Bool, true)
        XCTAssertEqual((try json(before)["talk"] as? [String: Any])?["id"] as? String, "ellis-2026-04-27")
        let after = try TalksRun.run(["next", "--from", "2026-04-27T16:00:00Z", "--json"])
        XCTAssertEqual((try json(after)["talk"] as? [String: Any])?["id"] as? String, "ellis-2026-05-11")
        let human = try TalksRun.run(["next", "--from", "2026-04-28", "--tz", "Europe/Berlin"])
        XCTAssertEqual(human.status, 0, human.err)
        XCTAssertTrue(human.out.hasPrefix("Finite-Time Lyapunov Exponents"), human.out)
        XCTAssertEqual(human.err, "")
    }

    func testNextSaysThereIsNoneAndShowsTheLatest() throws {
        let run = try TalksRun.run(["next", "--from", "2030-01-01"])
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertEqual(run.err, "talks: no talk to come; the latest:\n")
        XCTAssertTrue(run.out.hasPrefix("Revisiting Glorot"), run.out)
        let json = try json(try TalksRun.run(["next", "--from", "2030-01-01", "--json"]))
        XCTAssertEqual(json["upcoming"] as? Bool, false)
        XCTAssertEqual((json["talk"] as? [String: Any])?["id"] as? String, "ellis-2026-06-08")
    }

    func testNextRefusesATimeItCannotRead() throws {
        let run = try TalksRun.run(["next", "--from", "next tuesday"])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.err.contains("--from takes a day (2026-05-11) or an ISO 8601 moment"), run.err)
    }

    func testOldestFirstOnEveryListing() throws {
        let newest = try TalksRun.run(["list", "--series", "dltrg"]).out.split(separator: "\n").map { $0.prefix(while: { $0 != " " }) }
        let oldest = try TalksRun.run(["list", "--series", "dltrg", "--oldest"]).out.split(separator: "\n").map { $0.prefix(while: { $0 != " " }) }
        XCTAssertGreaterThan(newest.count, 10)
        XCTAssertEqual(Set(oldest), Set(newest))
        let sessions = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try TalksRun.run(["list", "--series", "dltrg", "--oldest", "--json"]).out.utf8)) as? [[String: Any]])
        let days = sessions.compactMap { $0["date"] as? String }
        XCTAssertEqual(days, days.sorted(), "the first session first")
        XCTAssertEqual(sessions.first?["id"] as? String, String(oldest[0]))
        XCTAssertEqual(try TalksRun.run(["list", "--sort", "oldest"]).out, try TalksRun.run(["list", "--oldest"]).out)
        let papers = try TalksRun.run(["papers", "--sort", "oldest", "--json"])
        let dates = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(papers.out.utf8)) as? [[String: Any]]).compactMap { $0["date"] as? String }
        XCTAssertEqual(dates, dates.sorted())
        let search = try TalksRun.run(["search", "grokking", "--oldest", "--json"])
        let found = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(search.out.utf8)) as? [[String: Any]]).compactMap { $0["date"] as? String }
        XCTAssertEqual(found.count, 7)
        XCTAssertEqual(found, found.sorted())
        let clash = try TalksRun.run(["list", "--oldest", "--sort", "title"])
        XCTAssertNotEqual(clash.status, 0)
        XCTAssertTrue(clash.err.contains("--oldest and --sort title ask for two orders"), clash.err)
    }

    /// `after:` includes its day, `before:` excludes it: the SAM talk is on 9 March 2026.
    func testDateFiltersIncludeAfterAndExcludeBefore() throws {
        func ids(_ query: String) throws -> [String] {
            let run = try TalksRun.run(["search", query, "--json", "--limit", "500"])
            return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [[String: Any]], run.err).compactMap { $0["id"] as? String }
        }
        XCTAssertTrue(try ids("kind:talk after:2026-03-09").contains("ellis-2026-03-09"), "after: includes its day")
        XCTAssertFalse(try ids("kind:talk after:2026-03-10").contains("ellis-2026-03-09"))
        XCTAssertFalse(try ids("kind:talk before:2026-03-09").contains("ellis-2026-03-09"), "before: excludes its day")
        XCTAssertTrue(try ids("kind:talk before:2026-03-10").contains("ellis-2026-03-09"))
        XCTAssertEqual(try ids("kind:talk after:2026-03-09 before:2026-03-10"), ["ellis-2026-03-09"], "one day: after it, before the next")
        XCTAssertEqual(Set(try ids("kind:talk after:2026-03 before:2026-04")), Set(try ids("kind:talk after:2026-03-01 before:2026-04-01")), "a month is its first day")
    }
}

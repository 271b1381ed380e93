import Foundation
import XCTest

/// The marking commands of the built binary: what they print and store, bad input, kiosk mode,
/// export and import, and two processes marking at once.
final class MarkCommandTests: XCTestCase {
    private var data: URL!
    private var environment: [String: String] { ["XDG_DATA_HOME": data.path] }

    override func setUpWithError() throws {
        data = try TalksRun.scratchFolder("marks")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: data)
    }

    private func talks(_ arguments: String...) throws -> TalksRun {
        try TalksRun.run(arguments, environment: environment)
    }

    func testMarksAreStoredAndSearchable() throws {
        // Given marks made by id, by arXiv id and by arXiv URL
        XCTAssertEqual(try talks("star", "dltrg-2022-08-03", "1806.07572").out, "*    dltrg-2022-08-03\n*    paper-2018-06-20\n")
        XCTAssertEqual(try talks("towatch", "https://arxiv.org/abs/1906.10652v2", "dltrg-2022-10-12").status, 1, "that paper is linked by three talks: ambiguous")
        XCTAssertEqual(try talks("towatch", "dltrg-2022-10-12").out, " w   dltrg-2022-10-12\n")
        XCTAssertEqual(try talks("note", "dltrg-2022-10-12", "ask", "about", "the", "Ötztal", "data").status, 0)
        XCTAssertEqual(try talks("tag", "dltrg-2022-10-05", "ODE", "rl").out, "dltrg-2022-10-05  ode rl\n")
        // Then the store is where XDG says, private
        let file = data.appendingPathComponent("talks/marks.sqlite")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int, 0o600)
        // And search finds them with everything else
        XCTAssertEqual(try talks("search", "is:starred kind:talk").out, "dltrg-2022-08-03  Neural Tangent Kernel\n")
        XCTAssertEqual(try talks("search", "note:otztal").out, "dltrg-2022-10-12  Monte Carlo Gradient Estimation in Machine Learning Section 5\n")
        XCTAssertEqual(try talks("search", "tag:rl OR is:towatch").out.split(separator: "\n").count, 2)
        XCTAssertEqual(try talks("note", "dltrg-2022-10-12").out, "ask about the Ötztal data\n")
        let shown = try talks("show", "dltrg-2022-10-12").out
        XCTAssertTrue(shown.contains("\nMarked       to watch\nYour note    ask about the Ötztal data\n"), shown)
        XCTAssertFalse(try talks("show", "dltrg-2022-10-19").out.contains("Marked"), "no marks, no rows")
        // And the listing shows flags, tags and notes
        let listing = try talks("marks").out
        XCTAssertTrue(listing.contains(" wn  dltrg-2022-10-12  Monte Carlo Gradient Estimation in Machine Learning Section 5\n"), listing)
        XCTAssertTrue(listing.contains("  #  dltrg-2022-10-05  "), listing)
        XCTAssertTrue(listing.contains("#ode #rl"), listing)
        let json = try JSONSerialization.jsonObject(with: Data(try talks("marks", "--json").out.utf8)) as! [[String: Any]]
        XCTAssertEqual(json.map { $0["id"] as! String }, ["dltrg-2022-08-03", "dltrg-2022-10-05", "dltrg-2022-10-12", "paper-2018-06-20"])
        // And undoing leaves nothing
        for arguments in [["unstar", "dltrg-2022-08-03", "paper-2018-06-20"], ["towatch", "--off", "dltrg-2022-10-12"],
                          ["note", "dltrg-2022-10-12", "--clear"], ["untag", "dltrg-2022-10-05", "ode", "RL"]] {
            XCTAssertEqual(try TalksRun.run(arguments, environment: environment).status, 0, "\(arguments)")
        }
        XCTAssertEqual(try talks("marks").out, "")
    }

    func testANoteFromStandardInput() throws {
        let input = data.appendingPathComponent("note.txt")
        try Data("first line\n\nsecond — with a dash\n\n".utf8).write(to: input)
        let binary = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent().appendingPathComponent("talks")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["note", "paper-2018-06-20", "-"]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = try FileHandle(forReadingFrom: input)
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertEqual(try talks("note", "paper-2018-06-20").out, "first line\n\nsecond — with a dash\n")
    }

    func testBadInputIsOneLineAndNonZero() throws {
        let cases: [([String], Int32, String)] = [
            (["star", "no-such-record"], 1, "talks: no talk or paper has the id “no-such-record”"),
            (["tag", "dltrg-2022-10-05", "two words"], 64, "is not a tag name"),
            (["note", "dltrg-2022-10-05", "--clear", "text"], 64, "--clear takes no text"),
            (["note", "dltrg-2022-10-05"], 1, "talks: no note on dltrg-2022-10-05"),
            (["search", "is:bogus"], 1, "talks: bad query: is: takes starred, seen, unseen or towatch"),
        ]
        for (arguments, status, message) in cases {
            let r = try TalksRun.run(arguments, environment: environment)
            XCTAssertEqual(r.status, status, "\(arguments): \(r.err)")
            XCTAssertTrue(r.err.contains(message), "\(arguments): \(r.err)")
        }
        XCTAssertEqual(try talks("marks").out, "", "nothing was marked")
    }

    func testKioskModeRefusesSavedMarksAndWritesNothing() throws {
        for arguments in [["--kiosk", "star", "dltrg-2022-08-03"], ["--kiosk", "marks"], ["--kiosk", "state", "export", "-"]] {
            let r = try TalksRun.run(arguments, environment: environment)
            XCTAssertEqual(r.status, 77, "\(arguments)")
            XCTAssertEqual(r.err, "talks: saved marks is not available on this host (kiosk mode)\n")
        }
        XCTAssertEqual(try TalksRun.run(["--kiosk", "search", "is:starred"], environment: environment).status, 0)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: data.path), [], "no data folder made")
    }

    func testExportImportMovesMarksAndRefusesBadFiles() throws {
        _ = try talks("star", "dltrg-2022-08-03")
        _ = try talks("note", "paper-2018-06-20", "mine")
        let file = data.appendingPathComponent("marks.json")
        XCTAssertEqual(try talks("state", "export", file.path).status, 0)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int, 0o600)
        // Another machine, with a note of its own on the same paper
        let other = try TalksRun.scratchFolder("marks-other")
        defer { try? FileManager.default.removeItem(at: other) }
        let there = ["XDG_DATA_HOME": other.path]
        _ = try TalksRun.run(["note", "paper-2018-06-20", "theirs"], environment: there)
        XCTAssertEqual(try TalksRun.run(["state", "import", file.path], environment: there).out, "2 records in \(file.path), 2 changed\n")
        XCTAssertEqual(try TalksRun.run(["note", "paper-2018-06-20"], environment: there).out, "theirs\n\nmine\n")
        XCTAssertEqual(try TalksRun.run(["search", "is:starred"], environment: there).out, "dltrg-2022-08-03  Neural Tangent Kernel\n")
        // A broken file changes nothing.
        let bad = data.appendingPathComponent("bad.json")
        try Data(#"{"format": "talks-marks", "version": 1, "marks": [{"id": "x", "starred": true, "seen": false, "toWatch": false, "tags": []}, {"id": "y"}]}"#.utf8).write(to: bad)
        let before = try TalksRun.run(["marks", "--json"], environment: there).out
        let refused = try TalksRun.run(["state", "import", bad.path], environment: there)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.hasPrefix("talks: \(bad.path) is not a talks marks file (missing “starred” at marks, entry 2)"), refused.err)
        XCTAssertEqual(try TalksRun.run(["marks", "--json"], environment: there).out, before)
    }

    func testCheckReportsMarksOfRecordsNoLongerInTheArchive() throws {
        // A record's marks, then an archive without it (a marks file naming an id it does not have).
        let file = data.appendingPathComponent("gone.json")
        try Data(#"{"format": "talks-marks", "version": 1, "marks": [{"id": "ellis-2020-01-01", "starred": true, "seen": false, "toWatch": false, "tags": []}]}"#.utf8).write(to: file)
        XCTAssertEqual(try talks("state", "import", file.path).status, 0)
        let check = try talks("check")
        XCTAssertTrue(check.out.contains("Marks without a record (1)"), check.out)
        XCTAssertTrue(check.out.contains("ellis-2020-01-01"), check.out)
        let json = try JSONSerialization.jsonObject(with: Data(try talks("check", "--json").out.utf8)) as! [String: Any]
        XCTAssertEqual(json["marksWithoutRecord"] as? [String], ["ellis-2020-01-01"])
        // Its marks stay, and can be cleared by that id.
        XCTAssertEqual(try talks("unstar", "ellis-2020-01-01").status, 0)
        XCTAssertEqual(try talks("marks").out, "")
    }

    func testTwoProcessesMarkingAtOnceLoseNothing() throws {
        let binary = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent().appendingPathComponent("talks")
        // Two shells, each tagging the same record 15 times with tags of its own, at the same time.
        let script = "i=0; while [ $i -lt 15 ]; do \"$0\" tag dltrg-2022-08-03 \"$1-$i\" >/dev/null || exit 1; i=$((i+1)); done"
        let processes = try ["a", "b"].map { name -> Process in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script, binary.path, name]
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }.merging(["XDG_CACHE_HOME": TalksRun.cache.path]) { $1 }
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }
        XCTAssertEqual(processes.map(\.terminationStatus), [0, 0])
        let tags = try talks("marks", "--json").out
        let entries = try JSONSerialization.jsonObject(with: Data(tags.utf8)) as! [[String: Any]]
        XCTAssertEqual((entries.first?["tags"] as? [String])?.count, 30, tags)
    }
}

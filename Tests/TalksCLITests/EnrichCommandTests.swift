import Foundation
import TalkArchive
import TestSupport
import XCTest

/// `talks enrich` run as a user would, against a loopback server answering as the arXiv API does
/// (the answers: Tests/Fixtures/arxiv-api, SOURCES.md there), then the archive read back offline.
final class EnrichCommandTests: XCTestCase {
    private var folder = URL(fileURLWithPath: "/nonexistent")
    private var servers: [LoopbackServer] = []

    /// Talks linking old-style ids (one with a subject class), two withdrawn papers and a paper of 300
    /// authors; a talk and a listed paper to find by title; a listed paper whose title differs from
    /// arXiv's by one word.
    private static let schedule = """
        ## Schedule

        | Date            | Paper                                  | Resources  |
        | --------------- |:--------------------------------------:|:----------:|
        | 06/07/2022      | [Multi-Electron Production](https://arxiv.org/abs/hep-ex/0307015) | |
        | 13/07/2022      | [An old-style topology paper](https://arxiv.org/abs/math.GT/0309136) | |
        | 20/07/2022      | [Hybrid control by Benders decomposition](https://arxiv.org/abs/2401.00917v2) | |
        | 27/07/2022      | [Access points](https://arxiv.org/abs/1304.1836) | |
        | 03/08/2022      | [Dreaming of atmospheres](https://example.org/robert) | |

        """
    private static let listing = """
        Daily Papers

        Impact of Electron-Electron Cusp on Configuration Interaction Energies

        The effect of the electron-electron cusp on the convergence of configuration interaction wave functions is examined.

          • 5 authors
        ·
        Mar 1, 2001

        Unraveling reported nightmares with text analytics

        We investigate what distinguishes reported nightmares from other personal narratives.

          • 6 authors
        ·
        Dec 12, 2016

        """

    private static let stub: ArxivStub = {
        var entries = ArxivFixtures.entries(inFeed: ArxivFixtures.manyAuthors(300))
        for feed in [ArxivFixtures.oldStyleMath(), ArxivFixtures.text("withdrawn-built.xml"), ArxivFixtures.text("orijtech-deep-dream-0-excerpt.xml")] {
            entries.merge(ArxivFixtures.entries(inFeed: feed)) { old, _ in old }
        }
        let dreams = ArxivFixtures.text("orijtech-deep-dream-0-excerpt.xml")
        return ArxivStub(entries: entries, titles: [
            "Dreaming of atmospheres": dreams,
            "Unraveling reported nightmares with text analytics": dreams,
            "Impact of Electron Electron Cusp on Configuration Interaction Energies": ArxivFixtures.text("share-affiliations-entry.xml"),
        ])
    }()

    override func setUpWithError() throws {
        folder = try TalksRun.scratchFolder("enrich")
        let archive = folder.appendingPathComponent("archive")
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        try Self.schedule.write(to: archive.appendingPathComponent("schedule.md"), atomically: true, encoding: .utf8)
        try Self.listing.write(to: archive.appendingPathComponent("listing.txt"), atomically: true, encoding: .utf8)
    }

    override func tearDown() {
        servers.forEach { $0.stop() }
        try? FileManager.default.removeItem(at: folder)
    }

    private var archive: URL { folder.appendingPathComponent("archive") }
    private var factsFile: URL { archive.appendingPathComponent("arxiv-enriched.toml") }

    private func serve(_ responder: @escaping @Sendable (LoopbackServer.Request) -> LoopbackServer.Route? = stub.answer) throws -> LoopbackServer {
        let server = try LoopbackServer(lifetime: 30, responder: responder)
        servers.append(server)
        return server
    }

    private func talks(_ arguments: [String], api: String, _ extra: [String: String] = [:]) throws -> TalksRun {
        try TalksRun.run(arguments + ["--archive", archive.path], environment: [
            "TALKS_ARXIV_API": api, "TALKS_ARXIV_INTERVAL": "0.05",
            "XDG_CACHE_HOME": folder.appendingPathComponent("cache").path,
        ].merging(extra) { $1 })
    }

    func testEnrichesTheArchiveWhichThenReadsItOffline() throws {
        let server = try serve()
        let run = try talks(["enrich"], api: server.url("/api/query"))
        XCTAssertEqual(run.status, 0, run.err + run.out)
        XCTAssertTrue(run.out.contains("arXiv answered 4 of 4 requests: 6 papers found"), run.out)
        XCTAssertTrue(run.out.contains("wrote \(factsFile.path): 6 new, 0 updated, 0 unchanged"), run.out)
        XCTAssertTrue(run.out.contains("“Unraveling reported nightmares with text analytics” (paper-2016-12-12)"), "one word differs: not taken\n" + run.out)
        XCTAssertTrue(run.err.hasPrefix("asking arXiv about 7 records in 4 requests"), run.err)
        XCTAssertEqual(server.requests.count, 4)
        XCTAssertTrue(server.requests.allSatisfy { $0.headers["user-agent"]?.hasPrefix("talks/") == true })
        XCTAssertEqual(server.requests.first?.path, "/api/query?id_list=1304.1836,2401.00917,math/0309136,hep-ex/0307015&max_results=4")

        // The file, read back as the archive reads it: no network from here on.
        let text = try String(contentsOf: factsFile, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("# Written by `talks enrich` (talks "), text)
        XCTAssertTrue(text.contains(" from \(server.url("/api/query")).\n"), text)
        let built = Archive.build(pages: try ArchiveFolder(url: archive).pages)
        XCTAssertEqual(built.files.first { $0.name == "arxiv-enriched.toml" }?.facts, 6)
        XCTAssertEqual(built.diagnostics.filter { $0.source?.file == "arxiv-enriched.toml" || $0.kind == .unmatchedFacts }, [])
        let cusp = try XCTUnwrap(built.record(id: "paper-2001-03-01"))
        XCTAssertEqual(cusp.arxiv, ["cond-mat/0102536"], "found by its exact title")
        XCTAssertEqual(cusp.speakers.count, 5)
        XCTAssertEqual(cusp.speakers[1], Speaker(name: "M. Nolan", affiliation: "NMRC, University College, Cork, Ireland"))
        XCTAssertEqual(cusp.paperFacts.first?.doi, "10.1063/1.1383585")
        XCTAssertEqual(built.record(id: "paper-2016-12-12")?.speakers, [], "a title one word off gains nothing")
        let h1 = try XCTUnwrap(built.record(id: "dltrg-2022-07-06")?.paperFacts.first)
        XCTAssertEqual(h1.authors.count, 300)
        XCTAssertEqual(h1.published, Day(year: 2003, month: 7, day: 7))
        XCTAssertEqual(h1.categories, ["hep-ex"])
        XCTAssertEqual(built.record(id: "dltrg-2022-07-13")?.paperFacts.first?.arxiv, "math.GT/0309136", "filed under the archive's spelling")
        XCTAssertEqual(built.record(id: "dltrg-2022-07-20")?.paperFacts.first?.withdrawn, true)
        XCTAssertEqual(built.record(id: "dltrg-2022-07-27")?.paperFacts.first?.withdrawn, true)
        XCTAssertEqual(built.record(id: "dltrg-2022-08-03")?.arxiv, ["1511.08339"], "the talk gains the id of the paper of its title")

        // What the commands show, from the rebuilt index.
        let shown = try talks(["show", "paper-2001-03-01", "--json"], api: server.url("/api/query"))
        let record = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(shown.out.utf8)) as? [String: Any])
        let speakers = try XCTUnwrap(record["speakers"] as? [[String: Any]])
        XCTAssertEqual(speakers.compactMap { $0["name"] as? String }.first, "David Prendergast")
        XCTAssertEqual(speakers.compactMap { $0["affiliation"] as? String }.first, "Department of Physics")

        // A second run asks only about what the file does not cover, and changes nothing.
        let again = try talks(["enrich"], api: server.url("/api/query"))
        XCTAssertEqual(again.status, 0, again.err)
        XCTAssertEqual(server.requests.count, 5, "only the title arXiv had no paper for is asked again")
        XCTAssertTrue(again.out.contains("arxiv-enriched.toml unchanged"), again.out)
        XCTAssertTrue(again.out.contains("6 records already covered by arxiv-enriched.toml"), again.out)
        XCTAssertEqual(try String(contentsOf: factsFile, encoding: .utf8), text)

        // A new talk: its paper is added to the file, the others stay as they were.
        try (Self.schedule + "| 10/08/2022 | [Dream reports](https://arxiv.org/abs/1612.03659) | |\n")
            .write(to: archive.appendingPathComponent("schedule.md"), atomically: true, encoding: .utf8)
        let added = try talks(["enrich", "--json"], api: server.url("/api/query"))
        XCTAssertEqual(added.status, 0, added.err)
        let summary = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(added.out.utf8)) as? [String: Any])
        XCTAssertEqual(summary["added"] as? Int, 1)
        XCTAssertEqual(summary["written"] as? Bool, true)
        XCTAssertEqual((summary["not_found"] as? [[String: Any]])?.first?["asked"] as? String, "Unraveling reported nightmares with text analytics")
        let grown = try String(contentsOf: factsFile, encoding: .utf8)
        XCTAssertEqual(grown.components(separatedBy: "\n[[paper]]\n").count - 1, 7)
        for entry in text.components(separatedBy: "\n\n[[paper]]").dropFirst() {
            XCTAssertTrue(grown.contains(entry), "kept as it was:\n\(entry.prefix(200))")
        }
    }

    func testRefusedInKioskMode() throws {
        let server = try serve()
        let run = try talks(["enrich", "--kiosk"], api: server.url("/api/query"))
        XCTAssertEqual(run.status, 77)
        XCTAssertEqual(run.err, "talks: enrich is not available on this host (kiosk mode)\n")
        XCTAssertEqual(server.requests.count, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: factsFile.path))
    }

    func testNoNetworkIsOneLineAndChangesNothing() throws {
        let before = """
            # Hand-made.

            [[paper]]
            title = "Multi-Electron Production at High Transverse Momenta in ep Collisions at HERA"
            arxiv = "hep-ex/0307015"
            source = "https://arxiv.org/abs/hep-ex/0307015"

            """
        try before.write(to: factsFile, atomically: true, encoding: .utf8)
        let closed = try serve { _ in nil }
        let api = closed.url("/api/query")
        closed.stop()
        let run = try talks(["enrich"], api: api)
        XCTAssertEqual(run.status, 1)
        // Piped, the progress is plain lines; the failure is the one line `talks:` says.
        let said = run.err.split(separator: "\n").filter { $0.hasPrefix("talks: ") }
        XCTAssertEqual(said.count, 1, run.err)
        XCTAssertTrue(said[0].hasPrefix("talks: cannot reach 127.0.0.1: ") && said[0].hasSuffix("; nothing changed"), run.err)
        XCTAssertTrue(run.err.hasSuffix(said[0] + "\n"), run.err)
        XCTAssertEqual(run.out, "")
        XCTAssertEqual(try String(contentsOf: factsFile, encoding: .utf8), before)
    }

    func testAFailureHalfwayKeepsWhatCameAndListsTheRest() throws {
        let server = try serve { request in
            request.path.contains("id_list=")
                ? Self.stub.answer(request)
                : LoopbackServer.Route(status: 503, body: [], contentType: "text/plain", headers: ["Retry-After": "0"])
        }
        let run = try talks(["enrich"], api: server.url("/api/query"))
        XCTAssertEqual(run.status, 1, run.err)
        XCTAssertEqual(server.requests.count, 1 + 4, "the ids, then a title tried four times: the rest is not asked of a busy server")
        XCTAssertTrue(run.out.contains("arXiv answered 1 of 4 requests: 4 papers found"), run.out)
        XCTAssertTrue(run.out.contains("not enriched, 3 records (3 requests failed):"), run.out)
        for title in ["Dreaming of atmospheres", "Unraveling reported nightmares with text analytics",
                      "Impact of Electron-Electron Cusp on Configuration Interaction Energies"] {
            XCTAssertTrue(run.out.contains("“\(title)”"), "\(title) listed\n" + run.out)
        }
        XCTAssertTrue(run.out.contains("arXiv is busy (HTTP 503, asking to wait 0 s); try again later"), run.out)
        let built = Archive.build(pages: try ArchiveFolder(url: archive).pages)
        XCTAssertEqual(built.files.first { $0.name == "arxiv-enriched.toml" }?.facts, 4, "what was fetched is written")
    }

    func testDryRunAsksNothing() throws {
        let server = try serve()
        let run = try talks(["enrich", "--dry-run"], api: server.url("/api/query"))
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertTrue(run.out.hasPrefix("4 requests about 7 records would be sent:\n\(server.url("/api/query"))?id_list=1304.1836,"), run.out)
        XCTAssertEqual(server.requests.count, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: factsFile.path))
    }
}

import Foundation
import XCTest

/// `talks import` run as a user would: a summary on success, one line and status 1 on a bad file.
final class ImportCommandTests: XCTestCase {
    func testImportThenSearchThenABadFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("talks-import-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ["XDG_CACHE_HOME": folder.appendingPathComponent("cache").path]
        let good = folder.appendingPathComponent("good.jsonl")
        try #"{"id": "2211.05729", "title": "How Does Sharpness-Aware Minimization Minimize Sharpness?", "authors": "Kaiyue Wen, Tengyu Ma and Zhiyuan Li", "abstract": "SAM.", "categories": "cs.LG", "update_date": "2023-01-01"}"#
            .appending("\n").write(to: good, atomically: true, encoding: .utf8)
        let imported = try TalksRun.run(["import", "--format", "arxiv-jsonl", good.path], environment: cache)
        XCTAssertEqual(imported.status, 0, imported.err)
        XCTAssertTrue(imported.out.hasPrefix("imported 1 papers from good.jsonl"), imported.out)
        XCTAssertTrue(imported.out.contains("1 talks now link to their imported paper"), imported.out)
        let found = try TalksRun.run(["search", "speaker:tengyu"], environment: cache)
        XCTAssertTrue(found.out.hasPrefix("arxiv-2211.05729"), found.out)

        let bad = folder.appendingPathComponent("bad.jsonl")
        try Data([0x7B, 0xFF, 0x00, 0x0A]).write(to: bad)
        let refused = try TalksRun.run(["import", "--format", "arxiv-jsonl", bad.path], environment: cache)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.hasPrefix("talks: \(bad.path):1: not a line of the arXiv metadata snapshot"), refused.err)
        XCTAssertEqual(try TalksRun.run(["search", "speaker:tengyu"], environment: cache).out, found.out, "nothing already stored changed")
        let unknown = try TalksRun.run(["import", "--format", "bibtex", good.path], environment: cache)
        XCTAssertEqual(unknown.status, 64)
    }

    /// Real snapshot lines (`Tests/Fixtures/arxiv-snapshot`) through `import`, `search`, `show` and `papers`.
    func testRealSnapshotLinesReadRight() throws {
        let folder = try TalksRun.scratchFolder("snapshot-cli")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ["XDG_CACHE_HOME": folder.appendingPathComponent("cache").path]
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/arxiv-snapshot/real-lines.jsonl")
        let imported = try TalksRun.run(["import", "--format", "arxiv-jsonl", fixture.path], environment: cache)
        XCTAssertEqual(imported.status, 0, imported.err)
        XCTAssertTrue(imported.out.hasPrefix("imported 15 papers"), imported.out)

        for query in ["speaker:balazs", "speaker:Balázs"] {
            XCTAssertTrue(try TalksRun.run(["search", query], environment: cache).out.hasPrefix("arxiv-0704.0001  Calculation of prompt diphoton"), query)
        }
        let json = try TalksRun.run(["show", "arxiv-0704.0001", "--json"], environment: cache)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        XCTAssertEqual(object["date"] as? String, "2007-04-02")
        XCTAssertEqual(object["updated"] as? String, "2008-11-26")
        XCTAssertEqual(object["withdrawn"] as? Bool, false)
        XCTAssertEqual((object["speakers"] as? [[String: Any]])?.first?["name"] as? String, "C. Balázs")
        let human = try TalksRun.run(["show", "arxiv-0704.0001"], environment: cache).out
        XCTAssertTrue(human.contains("2007 · updated 2008-11-26"), human)
        XCTAssertTrue(human.contains("Authors      C. Balázs"), human)

        let withdrawn = try TalksRun.run(["show", "arxiv-0704.0156"], environment: cache).out
        XCTAssertTrue(withdrawn.contains("arxiv-0704.0156 · withdrawn paper"), withdrawn)
        XCTAssertTrue(withdrawn.contains("Status       withdrawn"), withdrawn)
        let withdrawnJSON = try TalksRun.run(["show", "arxiv-0704.0156", "--json"], environment: cache)
        XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(withdrawnJSON.out.utf8)) as? [String: Any])?["withdrawn"] as? Bool, true)
        let papers = try TalksRun.run(["papers"], environment: cache).out.split(separator: "\n")
        // The bundled collection's Malignant Tail paper was withdrawn too (archive/arxiv-papers.toml).
        XCTAssertEqual(papers.filter { $0.contains("(withdrawn)") }.map { String($0.prefix(16)) }, ["paper-2026-03-02", "arxiv-0704.0156 "])

        // TeX on screen, as written in --json.
        let pebble = try TalksRun.run(["show", "arxiv-0704.0002"], environment: cache).out
        XCTAssertTrue(pebble.contains("the (k,ℓ)-pebble game with colors"), pebble)
        let dyadic = try TalksRun.run(["search", "dyadic"], environment: cache).out
        XCTAssertTrue(dyadic.hasPrefix("arxiv-0704.0005  From dyadic Λ_α to Λ_α"), dyadic)
        let raw = try TalksRun.run(["show", "arxiv-0704.0005", "--json"], environment: cache).out
        XCTAssertTrue(raw.contains(#"From dyadic $\\Lambda_{\\alpha}$"#), raw)
    }
}

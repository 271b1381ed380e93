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
}

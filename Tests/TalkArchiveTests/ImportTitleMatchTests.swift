import XCTest
@testable import TalkArchive

/// After an import, records no page identified find their paper among the imports by title, strictly.
/// The snapshot lines here are made up for the rule; real snapshot lines are read in ImportTests.
final class ImportTitleMatchTests: XCTestCase {
    var root: URL!
    var archive: URL { root.appendingPathComponent("archive") }
    var cache: URL { root.appendingPathComponent("cache") }

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("talks-title-match-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        try """
            | Date | Paper | Resources |
            | --- | --- | --- |
            | 30/11/2022 | [Gradient Estimation with Discrete Stein Operators](https://openreview.net/forum?id=I1mkUkaguP) | |
            | 07/12/2022 | [Exact learning dynamics of deep linear networks with prior knowledge](https://openreview.net/forum?id=lJx2vng-KiC) | |
            | 14/12/2022 | [Flat Minima](https://www.bioinf.jku.at/publications/older/3304.pdf) | |
            """.write(to: archive.appendingPathComponent("dltrg.md"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

    private func line(_ id: String, _ title: String, _ authors: String) -> String {
        #"{"id": "\#(id)", "title": "\#(title)", "authors": "\#(authors)", "abstract": "About it.", "categories": "stat.ML", "update_date": "2022-10-01"}"#
    }

    func testAnExactTitleGivesTheTalkItsPaperAndANearMissDoesNot() throws {
        let file = root.appendingPathComponent("snapshot.jsonl")
        try [
            // Case, punctuation and line breaks differ: the same normalized title.
            line("2202.09497", "Gradient estimation with discrete Stein\\n  operators", "Jiaxin Shi, Yuhao Zhou, Jessica Hwang"),
            // One word differs: not a match.
            line("2209.00001", "Exact learning dynamics of deep nonlinear networks with prior knowledge", "Somebody Else"),
            // Two imported papers share this title: ambiguous, left alone.
            line("2201.00001", "Flat Minima", "A. One"), line("2201.00002", "Flat minima", "B. Two"),
        ].joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        _ = try ArchiveIndex.importArxiv(file, archive: archive, cache: cache)
        let index = try ArchiveIndex.open(archive: archive, cache: cache)
        let stein = try XCTUnwrap(index.record(id: "dltrg-2022-11-30"))
        XCTAssertEqual(stein.arxiv, ["2202.09497"])
        XCTAssertEqual(stein.paperFacts.first?.authors.map(\.name), ["Jiaxin Shi", "Yuhao Zhou", "Jessica Hwang"])
        XCTAssertEqual(stein.related, ["arxiv-2202.09497"])
        XCTAssertEqual(try index.search("speaker:hwang kind:talk").map(\.record.id), ["dltrg-2022-11-30"], "found by the paper's authors")
        XCTAssertEqual(Set(try index.search("2202.09497").map(\.record.id)), ["dltrg-2022-11-30", "arxiv-2202.09497"])
        XCTAssertEqual(try index.record(id: "dltrg-2022-12-07")?.arxiv, [], "a title one word off is not a match")
        XCTAssertEqual(try index.record(id: "dltrg-2022-12-14")?.arxiv, [], "two papers share the title: neither is taken")
    }
}

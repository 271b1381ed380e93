import XCTest
@testable import TalkArchive

/// How facts reach records: strict matching, the merge rules, and what `check` is told.
final class FactsMergerTests: XCTestCase {
    private let listing = """
        Daily Papers
        Apr 15, 2026
        Neural Tangent Kernel: Convergence and Generalization in Neural Networks
        An abstract.
        • 3 authors
        ·
        Jun 20, 2018
        Exact solutions to the nonlinear dynamics of learning in deep linear neural networks
        Another abstract.
        • 3 authors
        ·
        Dec 20, 2013
        """
    private let schedule = """
        | Date | Paper | Resources |
        | --- | --- | --- |
        | 03/08/2022 | [Neural Tangent Kernel](https://arxiv.org/abs/1806.07572) | |
        """

    private func facts(_ entries: String, retrieved: String = "2026-12-01") -> String {
        entries.replacingOccurrences(of: "RETRIEVED", with: retrieved)
    }

    func testMatchesByTitleThenGivesIdAuthorsAndTheTalkItsPaper() throws {
        let archive = Fixtures.build([("papers.txt", listing), ("dltrg.md", schedule), ("facts.toml", """
            [[paper]]
            title = "Neural tangent kernel - convergence and generalization in neural networks"
            arxiv = "1806.07572"
            authors = ["Arthur Jacot", "Franck Gabriel", "Clément Hongler"]
            source = "https://example.org/ntk"
            """)])
        let paper = try XCTUnwrap(archive.records.first { $0.kind == .paper && $0.title.hasPrefix("Neural") })
        XCTAssertEqual(paper.arxiv, ["1806.07572"])
        XCTAssertEqual(paper.speakers.map(\.name), ["Arthur Jacot", "Franck Gabriel", "Clément Hongler"])
        XCTAssertEqual(paper.links.map(\.url), ["https://arxiv.org/abs/1806.07572"])
        XCTAssertEqual(paper.sources.map(\.file), ["papers.txt", "facts.toml"])
        let talk = try XCTUnwrap(archive.talks.first)
        XCTAssertEqual(talk.paperFacts.map(\.arxiv), ["1806.07572"])
        XCTAssertEqual(talk.speakers, [], "the paper's authors are not the talk's speakers")
        XCTAssertTrue(talk.related.contains(paper.id), "the id the facts gave links the talk and the paper")
        XCTAssertFalse(archive.diagnostics.contains { $0.kind == .unmatchedFacts })
        let missing = archive.diagnostics.filter { $0.kind == .missingArxiv }
        XCTAssertEqual(missing.count, 1)
        XCTAssertTrue(missing[0].message.contains("Exact solutions"), missing[0].message)
    }

    func testANearMissIsNotAMatchAndIsReported() throws {
        let archive = Fixtures.build([("papers.txt", listing), ("facts.toml", """
            [[paper]]
            title = "Exact solutions to the linear dynamics of learning in deep linear neural networks"
            arxiv = "1312.6120"
            source = "s"
            """)])
        XCTAssertTrue(archive.papers.allSatisfy { $0.arxiv.isEmpty })
        let unmatched = archive.diagnostics.filter { $0.kind == .unmatchedFacts }
        XCTAssertEqual(unmatched.count, 1)
        XCTAssertEqual(unmatched.first?.source, SourceRef(file: "facts.toml", line: 1))
    }

    func testTheNewerFileWinsAConflictAndSaysSo() throws {
        let older = """
            [[paper]]
            title = "Neural Tangent Kernel: Convergence and Generalization in Neural Networks"
            arxiv = "1806.07572"
            authors = ["A. Jacot"]
            source = "old"
            retrieved = "2025-01-01"
            """
        let newer = """
            [[paper]]
            title = "Neural Tangent Kernel: Convergence and Generalization in Neural Networks"
            arxiv = "1806.07572"
            authors = ["Arthur Jacot", "Franck Gabriel", "Clément Hongler"]
            categories = ["cs.LG"]
            source = "new"
            retrieved = "2026-12-03"
            """
        // The file names sort against the dates: order comes from `retrieved`, not from names.
        let archive = Fixtures.build([("papers.txt", listing), ("a-new.toml", newer), ("b-old.toml", older)])
        let paper = try XCTUnwrap(archive.papers.first { $0.arxiv == ["1806.07572"] })
        XCTAssertEqual(paper.speakers.count, 3)
        XCTAssertEqual(paper.paperFacts.first?.source, "new")
        XCTAssertEqual(paper.paperFacts.first?.categories, ["cs.LG"])
        let conflict = try XCTUnwrap(archive.diagnostics.first { $0.kind == .conflict && $0.message.contains("authors") })
        XCTAssertEqual(conflict.source?.file, "a-new.toml")
    }

    func testAnEntryCanNameTheTalkThatDiscussedItsPaper() throws {
        let schedule = """
            | Date | Paper | Resources |
            | --- | --- | --- |
            | 03/08/2022 | [NTK](https://rajatvd.github.io/NTK/) | |
            """
        let archive = Fixtures.build([("dltrg.md", schedule), ("facts.toml", """
            [[paper]]
            record = "dltrg-2022-08-03"
            title = "Neural Tangent Kernel: Convergence and Generalization in Neural Networks"
            arxiv = "1806.07572"
            source = "s"

            [[paper]]
            record = "dltrg-2099-01-01"
            title = "Another"
            arxiv = "2211.05729"
            source = "s"
            """)])
        XCTAssertEqual(archive.talks.first?.arxiv, ["1806.07572"])
        let unmatched = archive.diagnostics.filter { $0.kind == .unmatchedFacts }.map(\.message)
        XCTAssertEqual(unmatched.count, 2, "\(unmatched)")
        XCTAssertTrue(unmatched[0].contains("name the record dltrg-2099-01-01"), "\(unmatched)")
    }

    func testAListingThatDisagreesWithTheFactsIsReported() {
        let archive = Fixtures.build([("papers.txt", listing), ("facts.toml", """
            [[paper]]
            title = "Neural Tangent Kernel: Convergence and Generalization in Neural Networks"
            arxiv = "2211.05729"
            authors = ["Arthur Jacot", "Franck Gabriel"]
            source = "s"
            """)])
        let messages = archive.diagnostics.filter { $0.kind == .conflict }.map(\.message)
        XCTAssertTrue(messages.contains { $0.contains("counts 3 authors") && $0.contains("names 2") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("first posted in 2022-11") }, "\(messages)")
    }

    func testTheBundledArchiveHasEveryPaperIdentifiedAndNothingUnmatched() {
        let archive = Fixtures.archive
        XCTAssertTrue(archive.papers.allSatisfy { !$0.arxiv.isEmpty && !$0.speakers.isEmpty })
        XCTAssertFalse(archive.diagnostics.contains { [.unmatchedFacts, .missingArxiv, .conflict].contains($0.kind) },
                       archive.diagnostics.filter { [.unmatchedFacts, .missingArxiv, .conflict].contains($0.kind) }.map(\.description).joined(separator: "\n"))
        // The listing's author counts all agree with the names the sources give.
        XCTAssertTrue(archive.papers.allSatisfy { $0.authorCount == $0.speakers.count })
    }
}

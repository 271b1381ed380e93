import ArxivAPI
import TalksVersion
import Foundation
@testable import TalkArchive
@testable import talks_fetch
import TestSupport
import XCTest

/// What `talks enrich` asks for which records, what it takes from the answers, and the file it keeps.
final class EnrichPlanTests: XCTestCase {
    /// A DLTRG-style schedule whose rows link the given arXiv ids (or other links), plus a Daily Papers listing.
    static func archive(talks: [(String, String)], papers: [(title: String, authors: Int, date: String)] = [],
                        facts: String? = nil) -> Archive {
        var schedule = "## Schedule\n\n| Date | Paper | Resources |\n| --- |:---:|:---:|\n"
        for (offset, talk) in talks.enumerated() {
            let day = String(format: "%02d", offset % 28 + 1), month = String(format: "%02d", offset / 28 % 12 + 1)
            schedule += "| \(day)/\(month)/\(2020 + offset / 336) | [\(talk.0)](\(talk.1)) | |\n"
        }
        var pages = [("schedule.md", Data(schedule.utf8))]
        if !papers.isEmpty {
            var listing = "Daily Papers\n\n"
            for paper in papers { listing += "\(paper.title)\n\nAn abstract.\n\n  • \(paper.authors) authors\n·\n\(paper.date)\n\n" }
            pages.append(("listing.txt", Data(listing.utf8)))
        }
        if let facts { pages.append((EnrichFile.name, Data(facts.utf8))) }
        return Archive.build(pages: pages)
    }

    // MARK: - Plan

    func testIdsInBatchesOfAHundredAndTitlesOncePerTitle() {
        let talks = (0..<150).map { ("Paper \($0)", "https://arxiv.org/abs/2301.\(String(format: "%05d", $0))") }
            + [("Dreaming of atmospheres", "https://example.org/a"), ("Dreaming of Atmospheres!", "https://example.org/b"),
               ("Grokking", "https://example.org/c"), ("Old", "https://arxiv.org/abs/math.GT/0309136v2")]
        let plan = EnrichPlan(archive: Self.archive(talks: talks), existing: [], refresh: false)
        XCTAssertEqual(plan.requests.count, 3)
        guard case .ids(let first) = plan.requests[0].query, case .ids(let second) = plan.requests[1].query,
              case .title(let title) = plan.requests[2].query else { return XCTFail("\(plan.requests.map(\.query))") }
        XCTAssertEqual(first.count, 100)
        XCTAssertEqual(second.count, 51)
        XCTAssertTrue((first + second).contains("math/0309136"), "asked without its subject class, as the API knows it")
        XCTAssertFalse((first + second).contains("math.GT/0309136"))
        XCTAssertEqual(TextTools.titleKey(title), "dreaming of atmospheres")
        XCTAssertEqual(plan.requests[2].targets.count, 2, "one request for two records of the same title")
        XCTAssertEqual(plan.unsearchable.map(\.title), ["Grokking"])
        XCTAssertEqual(plan.recordCount, 153)
    }

    func testWhatTheFileCoversIsNotAskedAgainUnlessRefreshing() {
        let facts = """
            [[paper]]
            title = "Multi-Electron Production at High Transverse Momenta in ep Collisions at HERA"
            arxiv = "hep-ex/0307015"
            source = "https://export.arxiv.org/api/query?id_list=hep-ex/0307015&max_results=1"

            [[paper]]
            title = "Dreaming of atmospheres"
            arxiv = "1511.08339"
            source = "https://export.arxiv.org/api/query?search_query=ti:%22Dreaming+of+atmospheres%22&max_results=25"
            """
        let archive = Self.archive(talks: [("Multi-Electron Production", "https://arxiv.org/abs/hep-ex/0307015"),
                                           ("Dreaming of atmospheres", "https://example.org/a"),
                                           ("A talk nobody enriched yet", "https://example.org/b")], facts: facts)
        let plan = EnrichPlan(archive: archive, existing: EnrichFile.parse(facts), refresh: false)
        XCTAssertEqual(plan.covered.map(\.title).sorted(), ["Dreaming of atmospheres", "Multi-Electron Production"])
        XCTAssertEqual(plan.requests.map(\.query), [.title("A talk nobody enriched yet")])
        let again = EnrichPlan(archive: archive, existing: EnrichFile.parse(facts), refresh: true)
        XCTAssertEqual(again.requests.count, 2, "the talk matched by title earlier now has its id: asked by id")
        XCTAssertEqual(again.requests.first?.query, .ids(["1511.08339", "hep-ex/0307015"]))
    }

    // MARK: - Results

    func testIdAnswersBecomeFactsUnderTheArchivesSpelling() throws {
        let archive = Self.archive(talks: [("Old", "https://arxiv.org/abs/math.GT/0309136"), ("H1", "https://arxiv.org/abs/hep-ex/0307015v1"),
                                           ("Unknown", "https://arxiv.org/abs/2401.99999")])
        let plan = EnrichPlan(archive: archive, existing: [], refresh: false)
        var results = EnrichResults(plan: plan)
        let entries = Self.parsed(ArxivFixtures.oldStyleMath()).entries + Self.parsed(ArxivFixtures.manyAuthors(300)).entries
        results.answer(0, url: "http://a/q", feed: ArxivFeed(totalResults: 2, entries: entries), retrieved: "2026-12-03T15:50:12Z")
        XCTAssertEqual(Set(results.facts.compactMap(\.arxiv)), ["math.GT/0309136", "hep-ex/0307015"])
        XCTAssertEqual(results.notFound, [EnrichResults.Miss(asked: "2401.99999", records: ["dltrg-2020-01-03"])])
        let h1 = try XCTUnwrap(results.facts.first { $0.arxiv == "hep-ex/0307015" })
        XCTAssertEqual(h1.authors.count, 300)
        XCTAssertEqual(h1.authors[2], Speaker(name: "Member 3 of H1", affiliation: "Institute 1"))
        XCTAssertEqual(h1.published, Day(year: 2003, month: 7, day: 7))
        XCTAssertEqual(h1.categories, ["hep-ex"])
        XCTAssertEqual(h1.journalRef, "Eur.Phys.J. C31 (2003) 17-29")
        XCTAssertEqual(h1.source, "http://a/q")
        XCTAssertEqual(h1.retrieved, "2026-12-03T15:50:12Z")
        XCTAssertFalse(h1.withdrawn)
    }

    func testATitleIsTakenOnlyWhenItIsTheSameTitle() throws {
        let archive = Self.archive(talks: [("Dreaming of Atmospheres.", "https://example.org/a"),
                                           ("Unraveling reported nightmares with text analytics", "https://example.org/b"),
                                           ("Unraveling reported dreams with text analytics and more", "https://example.org/c")])
        let plan = EnrichPlan(archive: archive, existing: [], refresh: false)
        var results = EnrichResults(plan: plan)
        let feed = Self.parsed(ArxivFixtures.text("orijtech-deep-dream-0-excerpt.xml"))
        for index in plan.requests.indices { results.answer(index, url: "u\(index)", feed: feed, retrieved: "r") }
        XCTAssertEqual(results.facts.map(\.arxiv), ["1511.08339"], "case and punctuation aside, the same title")
        XCTAssertEqual(results.facts.first?.title, "Dreaming of atmospheres", "arXiv's title")
        XCTAssertEqual(results.facts.first?.doi, "10.3847/0004-637X/820/2/107")
        XCTAssertEqual(Set(results.notFound.map(\.asked)), ["Unraveling reported nightmares with text analytics",
                                                            "Unraveling reported dreams with text analytics and more"],
                       "one word changed, or one more, is another paper")
    }

    func testTwoPapersOfOneTitleAreNeitherTaken() throws {
        let plan = EnrichPlan(archive: Self.archive(talks: [("Dreaming of atmospheres", "https://example.org/a")]), existing: [], refresh: false)
        var results = EnrichResults(plan: plan)
        var entries = Self.parsed(ArxivFixtures.text("orijtech-deep-dream-0-excerpt.xml")).entries
        var twin = entries[1]
        twin.id = "1999.00001"
        entries.append(twin)
        results.answer(0, url: "u", feed: ArxivFeed(totalResults: 5, entries: entries), retrieved: "r")
        XCTAssertEqual(results.facts, [])
        XCTAssertEqual(results.ambiguous.map(\.asked), ["Dreaming of atmospheres"])
    }

    func testAStopFailsEveryRequestNotAnswered() {
        let talks = [("Dreaming of atmospheres", "https://example.org/a"), ("Unraveling reported dreams with text analytics", "https://example.org/b"),
                     ("H1", "https://arxiv.org/abs/hep-ex/0307015")]
        let plan = EnrichPlan(archive: Self.archive(talks: talks), existing: [], refresh: false)
        var results = EnrichResults(plan: plan)
        XCTAssertFalse(results.learnedNothing)
        results.stop(at: 0, message: "cannot reach export.arxiv.org: could not connect to the server")
        XCTAssertTrue(results.learnedNothing)
        XCTAssertEqual(results.failures.map(\.message), ["cannot reach export.arxiv.org: could not connect to the server",
                                                         "not asked: cannot reach export.arxiv.org: could not connect to the server",
                                                         "not asked: cannot reach export.arxiv.org: could not connect to the server"])
        var halfway = EnrichResults(plan: plan)
        halfway.answer(0, url: "u", feed: Self.parsed(ArxivFixtures.text("manual-typical-response.xml")), retrieved: "r")
        halfway.stop(at: 1, message: "arXiv is busy (HTTP 503); try again later")
        XCTAssertFalse(halfway.learnedNothing)
        XCTAssertEqual(halfway.facts.count, 1)
        XCTAssertEqual(halfway.failures.flatMap(\.records).count, 2)
        XCTAssertEqual(halfway.stopReason, "arXiv is busy (HTTP 503); try again later")
    }

    // MARK: - Facts

    func testWithdrawalNotices() {
        for (comment, abstract) in [("This paper has been withdrawn by the author. It has been superseded by a significantly updated version available at arXiv:2406.00780", nil),
                                    ("arXiv admin note: This submission has been withdrawn by arXiv administrators due to incorrect authorship. Author list truncated", nil),
                                    ("Withdrawn due to conceptual errors highlighted by referees", nil),
                                    ("Paper withdrawn", nil),
                                    (nil, "This submission has been withdrawn by arXiv administrators because it contains fictitious content and was submitted under a pseudonym, which is against arXiv policy."),
                                    (nil, "This paper has been withdrawn by the authors due to a crucial sign error in equation 1")] as [(String?, String?)] {
            XCTAssertTrue(WithdrawalNotice.marks(comment: comment, abstract: abstract), "\(comment ?? abstract ?? "")")
        }
        for (comment, abstract) in [("12 pages, v2: withdrawn section 3 rewritten", nil),
                                    (nil, "We followed 240 participants over two years. Twelve were withdrawn from the study after week four."),
                                    (nil, "The drug was withdrawn from sale in 2011, which we treat as an exogenous shock."),
                                    ("23 pages, 8 figures and 4 tables", "Multi-electron production is studied.")] as [(String?, String?)] {
            XCTAssertFalse(WithdrawalNotice.marks(comment: comment, abstract: abstract), "\(comment ?? abstract ?? "")")
        }
        let withdrawn = Self.parsed(ArxivFixtures.text("withdrawn-built.xml")).entries
            .map { PaperFacts($0, arxiv: $0.id, source: "u", retrieved: "r") }
        XCTAssertEqual(withdrawn.map(\.withdrawn), [true, true])
        XCTAssertEqual(withdrawn.map(\.categories), [["cs.RO"], []])
    }

    func testOnlyArxivCategoriesPrimaryFirst() {
        let entry = ArxivFeed.Entry(id: "cs/9901002", title: "T", primaryCategory: "cs.LG",
                                    categories: ["cs.AI", "cs.LG", "I.2.6", "14C20, 14M99", "cond-mat.str-el", "q-bio.NC", "math-ph"])
        XCTAssertEqual(PaperFacts(entry, arxiv: "cs.LG/9901002", source: "u", retrieved: "r").categories,
                       ["cs.LG", "cs.AI", "cond-mat.str-el", "q-bio.NC", "math-ph"])
        let several = ArxivFeed.Entry(id: "1", title: "T", authors: [ArxivFeed.Author(name: "A", affiliations: ["X", "Y"])])
        XCTAssertEqual(PaperFacts(several, arxiv: "2211.05729", source: "u", retrieved: "r").authors, [Speaker(name: "A", affiliation: "X; Y")])
    }

    // MARK: - File

    func testMergingKeepsWhatIsThereAndAddsWhatIsNew() {
        let old = PaperFacts(title: "Dreaming of atmospheres", authors: [Speaker(name: "I. P. Waldmann", affiliation: nil)], source: "u1", retrieved: "2026-01-01T00:00:00Z")
        let kept = PaperFacts(title: "Kept", arxiv: "2211.05729", source: "u0", retrieved: "2026-01-01T00:00:00Z")
        var found = old
        found.arxiv = "1511.08339"
        var same = kept
        same.source = "u9"
        same.retrieved = "2026-12-03T00:00:00Z"
        let added = PaperFacts(title: "New", arxiv: "hep-ex/0307015", source: "u2", retrieved: "2026-12-03T00:00:00Z")
        let merge = EnrichFile.merge([old, kept], with: [found, same, added])
        XCTAssertEqual([merge.added, merge.updated, merge.unchanged], [1, 1, 1])
        XCTAssertEqual(merge.entries.map(\.arxiv), ["1511.08339", "2211.05729", "hep-ex/0307015"], "the title-keyed entry now filed by its id")
        XCTAssertEqual(merge.entries[1].retrieved, "2026-01-01T00:00:00Z", "an unchanged entry is left as it was")
        XCTAssertFalse(EnrichFile.merge([kept], with: [same]).changes)
    }

    func testWrittenAtomicallyAndReadBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enrich-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        XCTAssertFalse(try EnrichFile.read(in: folder).exists)
        let facts = Self.parsed(ArxivFixtures.text("share-affiliations-entry.xml")).entries
            .map { PaperFacts($0, arxiv: $0.id, source: "http://127.0.0.1/q?id_list=cond-mat/0102536", retrieved: "2026-12-03T15:50:12Z") }
        try EnrichFile.write(facts, header: EnrichFile.header(api: "http://127.0.0.1/q", at: "2026-12-03T15:50:12Z"), in: folder)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [EnrichFile.name], "no temporary file left")
        let text = try String(contentsOf: EnrichFile.url(in: folder), encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("# Written by `talks enrich` (talks \(TalksVersion.current)) on 2026-12-03T15:50:12Z from http://127.0.0.1/q.\n"), text)
        let back = try EnrichFile.read(in: folder)
        XCTAssertEqual(back.problems, [])
        XCTAssertEqual(back.facts, facts)
        XCTAssertEqual(back.facts.first?.authors[1], Speaker(name: "M. Nolan", affiliation: "NMRC, University College, Cork, Ireland"))
        try "title = 3\n".write(to: EnrichFile.url(in: folder), atomically: true, encoding: .utf8)
        XCTAssertFalse(try EnrichFile.read(in: folder).problems.isEmpty, "a file that is not ours is not written over")
    }

    // MARK: - Helpers

    /// A fixture read as the helper reads it.
    static func parsed(_ text: String) -> ArxivFeed {
        do {
            return try AtomParser.parse(Data(text.utf8))
        } catch {
            XCTFail("\(error)")
            return ArxivFeed(totalResults: nil, entries: [])
        }
    }
}

extension EnrichFile {
    /// The facts of a facts file's text.
    static func parse(_ text: String) -> [PaperFacts] {
        PaperFactsFile.parse(PageText(file: name, text: text)).facts.map(\.facts)
    }
}

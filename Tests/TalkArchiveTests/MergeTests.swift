import Foundation
import XCTest
@testable import TalkArchive

final class MergeTests: XCTestCase {
    let archive = Fixtures.archive

    func testCountsPerSeriesAndPapers() {
        XCTAssertEqual(archive.talks.filter { $0.series == .ellis }.count, 12)
        XCTAssertEqual(archive.talks.filter { $0.series == .dltrg }.count, 35)
        XCTAssertEqual(archive.papers.count, 51)
        XCTAssertEqual(archive.notes.count, 1)
        XCTAssertEqual(Set(archive.records.map(\.id)).count, archive.records.count, "ids are unique")
    }

    func testSixteenMarchHoldsTheUnionOfBothPages() {
        let talk = Fixtures.record("ellis-2026-03-16")!
        XCTAssertTrue(talk.abstract?.hasPrefix("Pretraining directly") ?? false, "abstract from the March capture")
        XCTAssertEqual(talk.arxiv, ["2601.21725"], "arXiv link from the April capture")
        XCTAssertEqual(talk.sources.map(\.file), [Fixtures.ellisMarch, Fixtures.ellisApril, "arxiv-talks.toml"],
                       "both captures, then the facts of the paper it discussed")
        XCTAssertEqual(talk.speakers.count, 2)
    }

    func testNinthFebruaryHasBothArxivIds() {
        XCTAssertEqual(Fixtures.record("ellis-2026-02-09")?.arxiv, ["2512.20607", "2603.00742"])
    }

    func testMergedDuplicatesAreReported() {
        let merged = archive.diagnostics.filter { $0.kind == .merged }
        XCTAssertEqual(merged.count, 7)
        XCTAssertTrue(archive.diagnostics.filter { $0.kind == .conflict }.isEmpty, "the two captures agree")
    }

    func testConflictsAreResolvedByTheNewerCaptureAndReported() {
        let older = "1. March 2026 @ 5pm CET — ▶️ YouTube\nA Talk\nAda Lovelace, Old Place\n"
        let newer = "2. March 2026 @ 5pm CET — ▶️ YouTube\nOther\nBob, X\n1. March 2026 @ 5pm CET\nA Talk\nAda Lovelace, New Place\nAbstract: Text.\n"
        // File names sort the other way round: capture order must come from content.
        let archive = Fixtures.build([("b-old.txt", older), ("a-new.txt", newer)])
        let talk = archive.record(id: "ellis-2026-03-01")!
        XCTAssertEqual(talk.speakers, [Speaker(name: "Ada Lovelace", affiliation: "New Place")])
        XCTAssertEqual(talk.abstract, "Text.")
        XCTAssertEqual(archive.diagnostics.filter { $0.kind == .conflict }.count, 1)
    }

    func testIdsFollowSourceOrderForRepeatedDates() {
        XCTAssertTrue(Fixtures.record("dltrg-2023-01-11")!.title.hasSuffix("Lecture 1"))
        XCTAssertTrue(Fixtures.record("dltrg-2023-01-11-2")!.title.hasSuffix("Lecture 3"))
    }

    func testIdsAreStableAcrossRebuildsAndFileOrder() throws {
        let folder = try ArchiveFolder(url: Fixtures.archiveFolder)
        let again = Archive.build(pages: folder.pages.reversed())
        XCTAssertEqual(again.records.map(\.id), archive.records.map(\.id))
        XCTAssertEqual(again.records, archive.records)
    }

    func testTalkAndPaperLinkedBothWays() {
        let talk = Fixtures.record("dltrg-2022-08-03")!
        XCTAssertEqual(talk.related, ["paper-2018-06-20"])
        XCTAssertEqual(Fixtures.record("paper-2018-06-20")?.related, ["dltrg-2022-08-03"])
    }

    func testSessionsOnTheSameWorkAreRelated() {
        XCTAssertEqual(Set(Fixtures.record("dltrg-2022-10-05")!.related), ["dltrg-2022-10-12", "dltrg-2022-10-19"])
        XCTAssertEqual(Fixtures.record("dltrg-2023-05-24")!.related, ["dltrg-2023-10-18"])
        XCTAssertTrue(archive.diagnostics.contains { $0.kind == .samePaperTwice })
    }

    func testUnrecognizedFileIsSkippedWithWarning() {
        let archive = Fixtures.build([("notes.txt", "just some text")])
        XCTAssertTrue(archive.records.isEmpty)
        XCTAssertEqual(archive.diagnostics.map(\.kind), [.unrecognizedFile])
        XCTAssertTrue(archive.diagnostics[0].message.hasPrefix("notes.txt"))
    }

    func testRecordsNewestFirst() {
        let dates = archive.records.map(\.date)
        XCTAssertEqual(dates, dates.sorted(by: >))
    }

    // MARK: Hostile pages (found while fuzzing fuzz-archive)

    private func timedBuild(_ page: String) -> Archive {
        let started = Date()
        let archive = Archive.build(pages: [(name: "hostile.txt", data: Data(page.utf8))])
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        return archive
    }

    /// 400 talks of one title on one day took 5 s to merge, and the time grew with the cube.
    func testManySessionsOfOneTitleOnOneDayStayDistinct() {
        let archive = timedBuild(String(repeating: "16. March 2026 @ 5pm CET\nt\n", count: 1_000))
        XCTAssertEqual(archive.talks.count, 1_000)
        XCTAssertEqual(archive.talks.map(\.id).filter { $0.hasPrefix("ellis-2026-03-16") }.count, 1_000)
    }

    /// Every pair of talks on the same title was linked: quadratic time and memory.
    func testRelatedRecordsAreCapped() {
        let page = (0..<1_000).map { "\(1 + $0 % 28). March \(2000 + $0 / 28) @ 5pm CET\nt\n" }.joined()
        let archive = timedBuild(page)
        XCTAssertEqual(archive.talks.count, 1_000)
        XCTAssertEqual(archive.talks.map(\.related.count).max(), RelatedRecords.maxRelated)
    }
}

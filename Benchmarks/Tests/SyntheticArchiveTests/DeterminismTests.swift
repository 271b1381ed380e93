import XCTest
@testable import SyntheticArchive

/// The same size and seed write the same bytes; another seed writes others.
final class DeterminismTests: XCTestCase {
    func testSameSeedWritesTheSameBytes() throws {
        for kind in SyntheticKind.allCases {
            let first = try SyntheticArchive(records: 150, seed: 7).write(kind, into: MemorySink()).summary
            let second = try SyntheticArchive(records: 150, seed: 7).write(kind, into: MemorySink()).summary
            XCTAssertEqual(first, second, "\(kind)")
        }
    }

    func testAnotherSeedWritesOtherBytes() throws {
        for kind in SyntheticKind.allCases {
            let a = try SyntheticArchive(records: 150, seed: 7).write(kind, into: MemorySink()).summary
            let b = try SyntheticArchive(records: 150, seed: 8).write(kind, into: MemorySink()).summary
            XCTAssertNotEqual(a.sha256, b.sha256, "\(kind)")
        }
    }

    /// Pinned: a change of these digests means every published benchmark's input changed.
    func testDigestsArePinned() throws {
        let pages = try SyntheticArchive(records: 50, seed: 1).write(.pages, into: MemorySink()).summary
        let arxiv = try SyntheticArchive(records: 50, seed: 1).write(.arxiv, into: MemorySink()).summary
        XCTAssertEqual(pages.sha256, "235cf969776dfed1f6f922e03999916b00c526b3e15d54384f160d4aec100e24")
        XCTAssertEqual(arxiv.sha256, "7bfbbc43a6f1d48d8b2a6cc5e20fca0eb8df3029a8824a8ddfe69a2abe95bc70")
    }

    func testTheDigestCoversWhatTheSinkReceived() throws {
        let (sink, summary) = try SyntheticArchive(records: 120, seed: 3).write(.pages, into: MemorySink())
        XCTAssertEqual(summary.files, sink.files.count)
        XCTAssertEqual(summary.bytes, sink.files.map(\.data.count).reduce(0, +))
    }

    func testSplitMixMatchesTheReferenceSequence() {
        // First outputs of SplitMix64 seeded with 0 (Vigna's splitmix64.c).
        var rng = SplitMix64(seed: 0)
        XCTAssertEqual(rng.next(), 0xE220_A839_7B1D_CDAF)
        XCTAssertEqual(rng.next(), 0x6E78_9E6A_A1B9_65F4)
    }

    func testCalendarDayRoundTripsAndKnowsSummerTime() {
        XCTAssertEqual(CalendarDay(ordinal: 0).iso, "1970-01-01")
        let day = CalendarDay(year: 2023, month: 4, day: 20)
        XCTAssertEqual(CalendarDay(ordinal: day.ordinal), day)
        XCTAssertEqual(CalendarDay(year: 2026, month: 3, day: 16).weekday, 1, "a Monday")
        XCTAssertFalse(CalendarDay(year: 2026, month: 3, day: 28).isCentralEuropeanSummer)
        XCTAssertTrue(CalendarDay(year: 2026, month: 3, day: 29).isCentralEuropeanSummer, "last Sunday of March")
        XCTAssertTrue(CalendarDay(year: 2026, month: 10, day: 24).isCentralEuropeanSummer)
        XCTAssertFalse(CalendarDay(year: 2026, month: 10, day: 25).isCentralEuropeanSummer, "last Sunday of October")
    }
}

import XCTest
@testable import SyntheticArchive

/// Lengths and word frequencies stay within the bounds `RecordGenerator` documents.
final class DistributionTests: XCTestCase {
    private func sample(_ count: Int) -> [SyntheticRecord] {
        var generator = RecordGenerator(seed: 99)
        let day = CalendarDay(year: 2023, month: 4, day: 20)
        return (0..<count).map { _ in generator.next(on: day) }
    }

    private func words(_ text: String) -> [String] {
        text.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".,:")).lowercased() }
    }

    func testLengthsStayInBoundsAndAverageInTheMiddle() {
        let records = sample(1000)
        let titles = records.map { words($0.title).count }
        let abstracts = records.map { words($0.abstract ?? "").count }
        let people = records.map(\.people.count)
        XCTAssertTrue(titles.allSatisfy(RecordGenerator.titleWords.contains))
        XCTAssertTrue(abstracts.allSatisfy(RecordGenerator.abstractWords.contains))
        XCTAssertTrue(people.allSatisfy(RecordGenerator.peopleCount.contains))
        XCTAssertEqual(mean(titles), 10, accuracy: 0.5)
        XCTAssertEqual(mean(abstracts), 184.5, accuracy: 5)
        XCTAssertEqual(Set(people), Set(RecordGenerator.peopleCount), "every count from 1 to 6 occurs")
    }

    func testWordsComeFromTheArchiveWithZipfFrequencies() {
        var counts: [String: Int] = [:]
        var total = 0
        for record in sample(1000) {
            for word in words(record.abstract ?? "") {
                counts[word, default: 0] += 1
                total += 1
            }
        }
        let vocabulary = Set(Vocabulary.words)
        XCTAssertTrue(counts.keys.allSatisfy(vocabulary.contains), "only archive words")
        let zipf = ZipfSampler(count: Vocabulary.words.count, exponent: 1.0)
        for rank in [0, 1, 9] {
            let observed = Double(counts[Vocabulary.words[rank], default: 0]) / Double(total)
            XCTAssertEqual(observed, zipf.probability(of: rank), accuracy: zipf.probability(of: rank) * 0.1, "rank \(rank)")
        }
        XCTAssertGreaterThan(counts.count, 1000, "the tail is used too")
    }

    private func mean(_ values: [Int]) -> Double { Double(values.reduce(0, +)) / Double(values.count) }
}

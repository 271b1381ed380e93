import GRDB
import XCTest
@testable import TalkArchive

/// The `t` and `a` pickers read counts written with the index: equal to what choosing an item
/// finds, after a build and after an import whose papers talk about every topic.
final class PickerCountsTests: XCTestCase {
    var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("talks-picker-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

    /// Given the bundled archive's index, each topic's counts are its `topic:"…"` search by kind,
    /// and each speaker's count is the talks naming them.
    private func assertCountsMatchSearches(_ index: ArchiveIndex, file: StaticString = #filePath, line: UInt = #line) throws {
        let topics = try index.topicCountsByKind()
        XCTAssertEqual(topics.map(\.topic), try index.topics(), file: file, line: line)
        for count in topics {
            let about = try index.search("topic:\"\(count.topic.name)\"", limit: 10_000)
            XCTAssertEqual(count.talks, about.filter { $0.record.kind == .talk }.count, count.topic.name, file: file, line: line)
            XCTAssertEqual(count.papers, about.filter { $0.record.kind == .paper }.count, count.topic.name, file: file, line: line)
        }
        let talks = try index.records(kind: .talk)
        let speakers = try index.speakerCounts()
        XCTAssertEqual(speakers.map(\.talks).reduce(0, +), talks.map(\.speakers.count).reduce(0, +), file: file, line: line)
        for speaker in speakers {
            XCTAssertEqual(speaker.talks, talks.filter { $0.speakers.contains { $0.name == speaker.name } }.count, speaker.name, file: file, line: line)
        }
        XCTAssertEqual(speakers.map(\.talks), speakers.map(\.talks).sorted(by: >), "most talks first", file: file, line: line)
    }

    func testCountsAreTheSearchesAfterABuildAndAfterAnImport() throws {
        let archive = root.appendingPathComponent("archive"), cache = root.appendingPathComponent("cache")
        try FileManager.default.copyItem(at: Fixtures.archiveFolder, to: archive)
        let built = try ArchiveIndex.open(archive: archive, cache: cache)
        try assertCountsMatchSearches(built)
        XCTAssertTrue(try built.topicCountsByKind().allSatisfy { $0.talks > 0 })
        // When papers whose abstracts name every topic are imported, the counts stay what the
        // searches find: imported papers carry no topics.
        let lines = try built.topics().enumerated().map { i, topic in
            let paper: [String: String] = ["id": "2301.0000\(i)", "title": "On \(topic.name)", "authors": "Ada Lovelace", "categories": "cs.LG",
                                           "abstract": ([topic.name] + topic.terms).joined(separator: " "), "update_date": "2023-01-01"]
            return String(decoding: try JSONSerialization.data(withJSONObject: paper), as: UTF8.self)
        }
        let file = root.appendingPathComponent("snapshot.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let before = try built.topicCountsByKind()
        _ = try ArchiveIndex.importArxiv(file, archive: archive, cache: cache)
        let imported = try ArchiveIndex.open(archive: archive, cache: cache)
        XCTAssertEqual(try imported.search("kind:paper lovelace").count, lines.count)
        try assertCountsMatchSearches(imported)
        XCTAssertEqual(try imported.topicCountsByKind(), before)
    }

    func testAnArchiveWithoutTopicsOrTalksHasEmptyPickers() throws {
        let archive = root.appendingPathComponent("empty"), cache = root.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        let index = try ArchiveIndex.open(archive: archive, cache: cache)
        XCTAssertEqual(try index.topicCountsByKind(), [])
        XCTAssertEqual(try index.speakerCounts(), [])
    }
}

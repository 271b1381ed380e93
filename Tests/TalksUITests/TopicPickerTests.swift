import ScreenModel
import TalkArchive
import XCTest
@testable import TalksUI

/// The `t` picker counts the talks and the papers about each topic.
final class TopicPickerTests: XCTestCase {
    func testTopicRowsCountTalksAndPapers() {
        let topic = Topic(name: "Optimization & Training Dynamics", terms: ["SGD", "saddles"])
        let picker = Picker.topics([ArchiveIndex.TopicCount(topic: topic, talks: 1, papers: 31)])
        var frame = Frame(width: 72, height: 3)
        PickerPane.render(picker, theme: .standard, in: Rect(x: 0, y: 0, width: 72, height: 3), into: &frame)
        XCTAssertEqual(frame.row(0).trimmingCharacters(in: .whitespaces), "Topics (talks and papers about each) — Enter choose, Esc close, a lett")
        XCTAssertEqual(frame.row(2), "    1 talk   31 papers  Optimization & Training Dynamics  SGD, saddles  ")
        XCTAssertEqual(picker.items[0].count, 32)
        XCTAssertEqual(picker.items[0].query, "topic:\"Optimization & Training Dynamics\"")
    }

    func testBundledTopicsEachCountTalksAndPapersAsTheirSearchFinds() throws {
        let index = TestBrowser.archive
        let counts = try index.topicCountsByKind()
        XCTAssertEqual(counts.count, 4)
        for count in counts {
            let about = try index.search("topic:\"\(count.topic.name)\"")
            XCTAssertEqual(count.talks, about.filter { $0.record.kind == .talk }.count, count.topic.name)
            XCTAssertEqual(count.papers, about.filter { $0.record.kind == .paper }.count, count.topic.name)
            XCTAssertGreaterThan(count.talks, 0, "no area is empty: \(count.topic.name)")
            XCTAssertGreaterThan(count.papers, 0, count.topic.name)
        }
    }
}

import XCTest
@testable import TalkArchive

final class TopicTests: XCTestCase {
    func testFourHeadingsWithFourLinesEach() {
        let page = Fixtures.parsed(Fixtures.topics)
        XCTAssertEqual(page.format, .ellisTopics)
        XCTAssertEqual(page.topics.map(\.name), ["Optimization & Training Dynamics", "Generalization & Robustness",
                                                 "Architectures & Model Efficiency", "Emerging Paradigms & Practical Efficiency"])
        XCTAssertEqual(page.topics.map(\.items.count), [4, 4, 4, 4])
    }

    func testTermsAreSplitFromPhrases() {
        let topics = Fixtures.parsed(Fixtures.topics).topics.map(Topic.from)
        let optimization = topics[0].terms
        XCTAssertTrue(optimization.contains("saddles"))
        XCTAssertTrue(optimization.contains("distributed learning"), "“distributed and collaborative learning” distributes")
        XCTAssertTrue(optimization.contains("collaborative learning"))
        XCTAssertTrue(topics[2].terms.contains("MoEs"))
        XCTAssertTrue(topics[2].terms.contains("Scaling laws"))
        XCTAssertFalse(topics[2].terms.contains("generalization"), "“… and their effect on … generalization” is one clause")
    }

    func testMatcherNormalizesAndKeepsMatchedTerms() {
        let topic = Topic(name: "Optimization & Training Dynamics", terms: ["saddles", "Implicit regularization", "GD"])
        let matcher = TopicMatcher(topics: [topic])
        XCTAssertEqual(matcher.match("Escaping a saddle quickly"), [TopicMatch(topic: topic.name, terms: ["saddles"])])
        XCTAssertEqual(matcher.match("implicit regularisation of SGD").first?.terms, ["Implicit regularization"])
        XCTAssertTrue(matcher.match("GDPR compliance").isEmpty, "whole words only")
    }

    func testAcronymsLearnedFromCorpus() {
        let topic = Topic(name: "Generalization & Robustness", terms: ["NTK"])
        let matcher = TopicMatcher(topics: [topic], corpus: ["the infinite width Neural Tangent Kernel (NTK) regime"])
        XCTAssertEqual(matcher.match("Neural Tangent Kernel").first?.terms, ["NTK"])
    }

    func testArchiveTopicsOnRecords() {
        let glorot = Fixtures.record("ellis-2026-06-08")!
        XCTAssertTrue(glorot.topics.contains { $0.topic == "Architectures & Model Efficiency" && $0.terms.contains("Initialization") })
        let ntk = Fixtures.record("dltrg-2022-08-03")!
        XCTAssertTrue(ntk.topics.contains { $0.terms.contains("NTK") })
    }
}

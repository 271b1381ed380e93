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

    func testThemesAreTheLinesBelowEachHeading() {
        let topics = Fixtures.parsed(Fixtures.topics).topics.map(Topic.from)
        XCTAssertEqual(topics[1].themes.map(\.name)[1], "NTK vs finite networks, memorization, stability")
        XCTAssertEqual(topics[1].themes[1].terms, ["NTK", "finite networks", "memorization", "stability"])
    }

    // MARK: The matcher, on its own list and lexicon

    private let optimization = Topic(name: "Optimization & Training Dynamics", terms: ["saddles", "Implicit regularization", "GD"],
                                     themes: [TopicTheme(name: "Implicit regularization, saddles", terms: ["Implicit regularization", "saddles"])])
    private let none = TopicLexicon(sections: [])

    func testListWordsAreWeakEvidenceAndTitlesCountMore() {
        let matcher = TopicMatcher(topics: [optimization], lexicon: none)
        XCTAssertEqual(matcher.match("Escaping a saddle quickly"), [], "one weak word in a text is not a subject")
        XCTAssertEqual(matcher.match(.init(titles: ["Escaping a saddle quickly"], bodies: [])),
                       [TopicMatch(topic: optimization.name, terms: ["saddle"],
                                   themes: [ThemeMatch(theme: "Implicit regularization, saddles", terms: ["saddle"])])])
        XCTAssertEqual(matcher.match(.init(titles: ["Implicit regularisation of GD"], bodies: ["escaping saddles"])).first?.terms,
                       ["Implicit regularisation", "GD", "saddles"])
        XCTAssertTrue(matcher.match("GDPR compliance of saddle makers").isEmpty, "whole words only")
    }

    func testLexiconTermsAttachToTheClosestLineAndWeigh() {
        let lexicon = TopicLexicon.parse("""
            area: Optimization & Training Dynamics
              weak: optimization
            theme: Implicit regularization, convergence and saddles
              strong: implicit bias, sharpness .. generalization
              skip: saddles
            """)
        let matcher = TopicMatcher(topics: [optimization], lexicon: lexicon)
        let found = matcher.match("The implicit bias of gradient descent")
        XCTAssertEqual(found.first?.themes, [ThemeMatch(theme: "Implicit regularization, saddles", terms: ["implicit bias"])],
                       "a reworded line keeps its lexicon")
        XCTAssertEqual(matcher.match("sharpness and its link to generalization").first?.terms, ["sharpness and its link to generalization"])
        XCTAssertTrue(matcher.match(.init(titles: ["Saddles"], bodies: [])).isEmpty, "a skipped word of the list counts for nothing")
        XCTAssertEqual(matcher.match("optimization, optimization and optimization").count, 0, "a term counts once")
    }

    func testAnAreaMentionedInPassingIsNotTheSubject() {
        let pruning = Topic(name: "Architectures & Model Efficiency", terms: [], themes: [])
        let lexicon = TopicLexicon.parse("""
            area: Optimization & Training Dynamics
              strong: training dynamics
            area: Architectures & Model Efficiency
              strong: pruning, lottery ticket, sparsity, subnetwork
            """)
        let matcher = TopicMatcher(topics: [optimization, pruning], lexicon: lexicon)
        let body = "Lottery ticket pruning finds a sparse subnetwork; sparsity is kept through the training dynamics."
        XCTAssertEqual(matcher.match(body).map(\.topic), [pruning.name])
        XCTAssertEqual(matcher.match(.init(titles: ["Pruning that preserves training dynamics"], bodies: [body])).map(\.topic),
                       [optimization.name, pruning.name], "what the title says counts")
    }

    func testAcronymsMatchAsWrittenAndInsideCompounds() {
        let lexicon = TopicLexicon.parse("area: Emerging Paradigms & Practical Efficiency\n  strong: LoRA, on-device, fine-tuning")
        let matcher = TopicMatcher(topics: [Topic(name: "Emerging Paradigms & Practical Efficiency", terms: [])], lexicon: lexicon)
        for text in ["QLoRA for everyone", "QLORA: Efficient Finetuning", "AdaLoRA budgets", "LoRAs compared", "on device learning", "finetuning"] {
            XCTAssertFalse(matcher.match(text).isEmpty, text)
        }
        for text in ["Lora the explorer", "Floral arrangements", "device learning"] {
            XCTAssertTrue(matcher.match(text).isEmpty, text)
        }
    }

    func testAWordIsNotRepeatedInsideALongerOne() {
        XCTAssertEqual(TopicMatcher.distinct(["input perturbations", "Perturbation", "perturbations", "GD", "gd"]),
                       ["input perturbations", "GD"])
    }

    func testAcronymsLearnedFromCorpus() {
        let topic = Topic(name: "Generalization & Robustness", terms: ["NTK"])
        let matcher = TopicMatcher(topics: [topic], lexicon: none, corpus: ["the infinite width Neural Tangent Kernel (NTK) regime"])
        XCTAssertEqual(matcher.match(.init(titles: ["Neural Tangent Kernel"], bodies: [])).first?.terms, ["Neural Tangent Kernel"])
        let sam = TopicMatcher(topics: [optimization], lexicon: TopicLexicon.parse("area: Optimization & Training Dynamics\n  strong: sharpness-aware minimization"),
                               corpus: ["We study Sharpness-Aware Minimization (SAM), an optimizer."])
        XCTAssertEqual(sam.match("SAM finds flat regions").first?.terms, ["SAM"])
    }

    // MARK: The bundled archive

    private func areas(_ id: String) -> [String] { Fixtures.record(id)?.topics.map(\.topic) ?? [] }

    func testEveryAreaHasTalksAndTheIssuesExamplesAreFound() {
        for topic in Fixtures.archive.topics {
            XCTAssertTrue(Fixtures.archive.talks.contains { $0.topics.contains { $0.topic == topic.name } }, topic.name)
        }
        let emerging = "Emerging Paradigms & Practical Efficiency", optimization = "Optimization & Training Dynamics"
        XCTAssertTrue(areas("ellis-2026-04-13").contains(emerging), "Sustainable Development and Energy Efficiency")
        XCTAssertTrue(areas("ellis-2026-05-25").contains(emerging), "Panza, a fully local writing assistant")
        for id in ["ellis-2026-03-09", "dltrg-2023-06-07", "dltrg-2023-03-29", "dltrg-2023-09-27", "dltrg-2022-09-22"] {
            XCTAssertTrue(areas(id).contains(optimization), "SAM, Sophia, Adam instability, Flat Minima, Git Re-Basin: \(id)")
        }
        XCTAssertLessThanOrEqual(Fixtures.archive.talks.filter(\.topics.isEmpty).count, 8)
    }

    func testArchiveTopicsSayWhy() {
        let glorot = Fixtures.record("ellis-2026-06-08")!
        let architecture = glorot.topics.first { $0.topic == "Architectures & Model Efficiency" }
        XCTAssertEqual(architecture?.themes.first?.theme, "Initialization, lottery tickets, subnetwork discovery, and sparsity")
        XCTAssertEqual(architecture?.themes.first?.terms, ["Glorot", "signal propagation", "initialization schemes"],
                       "“Initialization” of the title is within “initialization schemes”")
        let ntk = Fixtures.record("dltrg-2022-08-03")!
        XCTAssertTrue(ntk.topics.contains { $0.terms.contains("Neural Tangent Kernel") }, "the session reads the paper it discussed")
    }

    func testHostileTextNeverCrashesTheMatcher() {
        let hostile = ["", "(", "(AB", "x (AB)", "(ABCDEFGHIJ)", ")(", "a\u{200D}b", "e\u{301}\u{301}", "👍🏽 LoRA👍", "ÆØÅ (ÆØ)",
                       "Q", "QL", "ALLCAPS TITLE WITH SGD", "-", "--over-parameterized--", "on-", "-device", "\u{0}\u{1B}[2J",
                       String(repeating: "deep ", count: 5000), String(repeating: "(A", count: 1000), "量子 最適化 (QO)"]
        let matcher = TopicMatcher(topics: Fixtures.archive.topics, corpus: hostile)
        for text in hostile {
            _ = matcher.match(text)
            _ = matcher.match(.init(titles: [text], bodies: [text]))
        }
    }

    func testAssigningTopicsIsFast() {
        var records = Fixtures.archive.records
        let matcher = TopicMatcher(topics: Fixtures.archive.topics, corpus: records.compactMap(\.abstract))
        let start = Date()
        matcher.assign(to: &records)
        XCTAssertLessThan(Date().timeIntervalSince(start), 2, "98 records, even unoptimized")
    }
}

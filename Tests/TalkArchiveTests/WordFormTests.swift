import XCTest
@testable import TalkArchive

/// The pure parts of "words as people write them": acronyms learned from text, the words
/// inside mixed-case tokens, and the closest spellings.
final class WordFormTests: XCTestCase {
    private func learned(_ texts: [String]) -> [String: [String]] {
        Dictionary(grouping: AcronymLearner.learn(from: texts), by: \.acronym).mapValues { $0.map(\.phrase) }
    }

    func testDefinitionsInParenthesesAreLearned() {
        let pairs = learned([
            "In the infinite-width limit, the Neural Tangent Kernel (NTK) stays constant.",
            "Recent large language models (LLMs) are trained on trillions of tokens.",
            "We freeze the model and train Low-Rank Adaptation (LoRA) matrices.",
            "A sparse Mixture of Experts (MoE) routes tokens.",
        ])
        XCTAssertEqual(pairs["ntk"], ["neural tangent kernel"])
        XCTAssertEqual(pairs["llm"], ["large language model"], "the plural s of LLMs and of models goes")
        XCTAssertEqual(pairs["lora"], ["low rank adaptation"], "a word may give two letters")
        XCTAssertEqual(pairs["moe"], ["mixture of expert"], "a small word inside gives its letter or none")
    }

    func testParenthesesThatSpellNothingTeachNothing() {
        XCTAssertTrue(learned([
            "We trained it on ImageNet (ILSVRC) for a week.",
            "As shown before (Fig) and (see Table 2) and (NTK) alone.",
            "(NTK)", "", "((()))", "Kernel (K)",
        ]).isEmpty)
    }

    func testRecurringCapitalizedNamesGiveTheirInitials() {
        let texts = [
            "How Does Sharpness-Aware Minimization Minimize Sharpness?",
            "Sharpness-Aware Minimization for Efficiently Improving Generalization",
            "Toy Models of Superposition",
        ]
        XCTAssertEqual(learned(texts)["sam"], ["sharpness aware minimization"])
        XCTAssertNil(learned([texts[1]])["sam"], "a name seen once is not learned")
        // Initials that are a word the text uses would hijack that word.
        XCTAssertNil(learned(texts + ["the same sam again"])["sam"])
    }

    func testInnerWordsOfMixedCaseTokens() {
        XCTAssertEqual(InnerWords.of("QLoRA"), ["lora"])
        XCTAssertEqual(InnerWords.of("AdaLoRA"), ["lora"])
        XCTAssertEqual(InnerWords.of("GrokAlign"), ["align"])
        XCTAssertEqual(InnerWords.of("miniImageNet"), ["imagenet", "net"])
        for plain in ["NTK", "Lyapunov", "lora", "", "Ab", "ÉtéÀ", "x\u{0}Y"] { XCTAssertEqual(InnerWords.of(plain), [], plain) }
        XCTAssertEqual(InnerWords.pairs(in: "QLoRA: Efficient (AdaLoRA)").map(\.part), ["lora", "lora"])
    }

    func testSpellingDistanceAndClosestWords() {
        func distance(_ a: String, _ b: String) -> Int { Spelling.distance(Array(a), Array(b), limit: 3) }
        XCTAssertEqual(distance("muenighoff", "muennighoff"), 1)
        XCTAssertEqual(distance("mehlgi", "mehlig"), 1, "a swap of neighbours is one edit")
        XCTAssertEqual(distance("kitten", "sitting"), 3)
        XCTAssertEqual(distance("", "abc"), 3)
        XCTAssertEqual(Spelling.distance(Array("abcdefgh"), Array("zyxwvuts"), limit: 2), 3, "stops past the limit")
        let words = [(word: "muennighoff", display: "Muennighoff", count: 2), (word: "mehlig", display: "Mehlig", count: 3),
                     (word: "muon", display: "Muon", count: 9)]
        XCTAssertEqual(Spelling.closest(to: "muenighoff", among: words), ["Muennighoff"])
        XCTAssertEqual(Spelling.closest(to: "muo", among: words), [], "three letters are too few to guess from")
        XCTAssertEqual(Spelling.closest(to: "zzzzzzzz", among: words), [])
    }
}

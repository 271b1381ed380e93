import XCTest
@testable import TalkArchive

/// Word forms for topics: inflections share a stem, unrelated words don't.
final class TopicWordFormTests: XCTestCase {
    private func stems(_ words: [String]) -> Set<String> { Set(words.map(WordForms.stem)) }

    func testFamiliesShareAStem() {
        for family in [["optimizer", "optimizers", "optimization", "optimisation", "optimize", "optimizing", "optimised"],
                       ["efficient", "efficiency", "efficiencies"],
                       ["prune", "pruning", "pruned", "prunes"],
                       ["model", "models", "modeling", "modelling"],
                       ["generalization", "generalisation", "generalize", "generalizes"],
                       ["approach", "approaches"], ["saddle", "saddles"], ["ensemble", "ensembling", "ensembles"],
                       ["merge", "merging", "merged"], ["scaling", "scale", "scales"], ["memorization", "memorize", "memorized"]] {
            XCTAssertEqual(stems(family).count, 1, "\(family) → \(stems(family))")
        }
    }

    func testUnrelatedWordsStayApart() {
        XCTAssertEqual(stems(["general", "generalization", "generation", "generative"]).count, 4)
        XCTAssertEqual(stems(["sharp", "sharpness"]).count, 2)
        XCTAssertEqual(WordForms.stem("speed"), "speed")
        XCTAssertEqual(WordForms.stem("string"), "string")
        XCTAssertEqual(WordForms.stem("loss"), "loss")
    }

    func testWordsSplitOnHyphensAndPunctuationAndFoldAccents() {
        let words = WordForms.words(of: "Sharpness-Aware Minimization, Gödel’s QLoRA (4-bit)")
        XCTAssertEqual(words.map(\.stem), ["sharpness", "awar", "minimiz", "godel", "s", "qlora", "4", "bit"])
        XCTAssertEqual(words.map(\.capitals), [1, 1, 1, 1, 0, 4, 0, 0])
    }
}

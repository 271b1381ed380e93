import CellText
import XCTest

/// Titles sharing a long start stay told apart when cut (issue 17.4).
final class DistinctTextTests: XCTestCase {
    /// The bundled archive's five DLTRG sessions on the CSC2541 lectures.
    static let lectures = (1...5).map { "CSC2541 Winter 2022 Topics in Machine Learning: Neural Net Training Dynamics Lecture \($0)" }

    func testSharedStartsAreWhereEachTextDiffersFromTheMostAlike() {
        XCTAssertEqual(DistinctText.sharedStarts(["abcd", "abxy", "zz"]), [2, 2, 0])
        XCTAssertEqual(DistinctText.sharedStarts(["Section 1", "Section 10", "Other"]), [9, 9, 0], "a text inside another shares all of it")
        XCTAssertEqual(DistinctText.sharedStarts(["same", "same"]), [4, 4])
        XCTAssertEqual(DistinctText.sharedStarts([]), [])
        XCTAssertEqual(DistinctText.sharedStarts(["alone"]), [0])
    }

    func testTheLecturesDifferAtEveryWidth() {
        let shared = DistinctText.sharedStarts(Self.lectures)
        XCTAssertEqual(Set(shared), [85])
        for width in 5...100 {
            let fitted = zip(Self.lectures, shared).map { DistinctText.fit($0, width: width, sharedStart: $1) }
            XCTAssertEqual(Set(fitted).count, 5, "width \(width): \(fitted)")
            XCTAssertTrue(fitted.allSatisfy { DisplayWidth.of($0) <= width }, "width \(width): \(fitted)")
        }
        XCTAssertEqual(DistinctText.fit(Self.lectures[2], width: 40, sharedStart: shared[2]), "CSC2541 Winter 2022 Topics in…Lecture 3")
        XCTAssertEqual(DistinctText.fit(Self.lectures[2], width: 20, sharedStart: shared[2]), "CSC2541 Wi…Lecture 3")
        XCTAssertEqual(DistinctText.fit(Self.lectures[2], width: 6, sharedStart: shared[2]), "CSC2…3", "the difference alone, when narrow")
        let examples = ["CSC2541 Winter 2022 Topics in ML: Lecture 1", "CSC2541 Winter 2022 Topics in ML: Lecture 2"]
        XCTAssertEqual(DistinctText.fit(examples[0], width: 24, sharedStart: DistinctText.sharedStarts(examples)[0]), "CSC2541 Winter…Lecture 1",
                       "the example of the documentation")
    }

    func testTheEndIsCutAsUsualWhenTheDifferenceShowsAnyway() {
        let titles = ["Toy Models of Superposition Section 1,2 & 3", "Toy Models of Superposition Section 4,5 & 6"]
        let shared = DistinctText.sharedStarts(titles)
        XCTAssertEqual(DistinctText.fit(titles[0], width: 40, sharedStart: shared[0]), "Toy Models of Superposition Section 1,2…")
        XCTAssertEqual(DistinctText.fit(titles[0], width: 30, sharedStart: shared[0]), "Toy Models of…Section 1,2 & 3")
        XCTAssertEqual(DistinctText.fit("Short", width: 40, sharedStart: 3), "Short", "what fits is not cut")
        XCTAssertEqual(DistinctText.fit("A long title with nothing shared", width: 10, sharedStart: 0), "A long ti…")
    }

    /// Wide characters count two cells and a combining mark stays on its letter.
    func testWideCharactersAndCombiningMarks() {
        let wide = ["量子力学の講義 第一回 はじめに", "量子力学の講義 第二回 つづき"]
        let shared = DistinctText.sharedStarts(wide)
        for width in 6...30 {
            let fitted = zip(wide, shared).map { DistinctText.fit($0, width: width, sharedStart: $1) }
            XCTAssertNotEqual(fitted[0], fitted[1], "width \(width): \(fitted)")
            XCTAssertTrue(fitted.allSatisfy { DisplayWidth.of($0) <= width }, "width \(width): \(fitted)")
        }
        let accented = ["Cafe\u{301} Seminar on Go\u{308}del, part one", "Cafe\u{301} Seminar on Go\u{308}del, part two"]
        let marks = DistinctText.sharedStarts(accented)
        // The head ends right after the accented letter: its mark goes with it.
        XCTAssertEqual(DistinctText.fit(accented[0], width: 13, sharedStart: marks[0]), "Cafe\u{301}…part one")
        XCTAssertEqual(DistinctText.fit(accented[0], width: 14, sharedStart: marks[0]), "Cafe\u{301}…part one")
        XCTAssertEqual(DistinctText.fit(accented[1], width: 12, sharedStart: marks[1]), "Café Sem…two", "the differing word alone when both do not fit")
    }
}

import XCTest
@testable import TalkArchive

/// Every form of an arXiv id or DOI a user pastes, in a query, `talks show` and `talks open`.
final class PaperIdentifierTests: XCTestCase {
    func testEveryFormOfAnArxivId() {
        let forms = [
            "2211.05729", "2211.05729v2", "arXiv:2211.05729", "arxiv:2211.05729v10",
            "https://arxiv.org/abs/2211.05729", "https://arxiv.org/abs/2211.05729v2", "http://arxiv.org/abs/2211.05729/",
            "https://arxiv.org/pdf/2211.05729", "https://arxiv.org/pdf/2211.05729.pdf", "https://arxiv.org/pdf/2211.05729v1.pdf",
            "https://arxiv.org/html/2211.05729v3", "arxiv.org/abs/2211.05729", "https://www.arxiv.org/abs/2211.05729?context=cs",
            "https://export.arxiv.org/abs/2211.05729", "https://doi.org/10.48550/arXiv.2211.05729", "10.48550/ARXIV.2211.05729",
        ]
        for form in forms { XCTAssertEqual(PaperIdentifier(parsing: form), .arxiv("2211.05729"), form) }
        XCTAssertEqual(PaperIdentifier(parsing: "hep-th/9901001v1"), .arxiv("hep-th/9901001"))
        XCTAssertEqual(PaperIdentifier(parsing: "arXiv:math.GT/0309136"), .arxiv("math.GT/0309136"))
        XCTAssertEqual(PaperIdentifier(parsing: "https://arxiv.org/abs/hep-th/9901001"), .arxiv("hep-th/9901001"))
        XCTAssertEqual(PaperIdentifier(parsing: "0704.0001"), .arxiv("0704.0001"))
    }

    func testDOIs() {
        XCTAssertEqual(PaperIdentifier(parsing: "10.1103/PhysRevLett.116.061102"), .doi("10.1103/physrevlett.116.061102"))
        XCTAssertEqual(PaperIdentifier(parsing: "doi:10.1103/PhysRevLett.116.061102"), .doi("10.1103/physrevlett.116.061102"))
        XCTAssertEqual(PaperIdentifier(parsing: "https://doi.org/10.1103/PhysRevLett.116.061102"), .doi("10.1103/physrevlett.116.061102"))
        XCTAssertEqual(PaperIdentifier(parsing: "10.1103/x").map(\.key), "doi:10.1103/x")
    }

    func testWordsAndNearMissesAreNotIdentifiers() {
        for text in ["", "neural", "2023", "1.5", "2211", "2211.057", "2211.057299", "arxiv:", "https://example.com/2211.05729",
                     "https://arxiv.org/list/cs.LG", "10.1/x", "doi:", "s1:", "javascript:alert(1)", String(repeating: "1", count: 5000)] {
            XCTAssertNil(PaperIdentifier(parsing: text), text)
        }
    }
}

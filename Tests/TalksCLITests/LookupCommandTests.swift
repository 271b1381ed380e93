import XCTest

/// `talks show` and `talks open` by any form of an arXiv id or DOI, run as the built binary.
final class LookupCommandTests: XCTestCase {
    func testOpenReachesThePaperFromEveryForm() throws {
        for form in ["paper-2018-06-20", "1806.07572", "1806.07572v3", "arXiv:1806.07572", "https://arxiv.org/abs/1806.07572",
                     "https://arxiv.org/pdf/1806.07572v1.pdf", "http://arxiv.org/html/1806.07572v2", "https://doi.org/10.48550/arXiv.1806.07572"] {
            let run = try TalksRun.run(["open", form, "--print"])
            XCTAssertEqual(run.status, 0, "\(form): \(run.err)")
            XCTAssertEqual(run.out, "https://arxiv.org/pdf/1806.07572\n", form)
        }
    }

    func testShowPicksThePaperAndNamesItsAuthorsAndSource() throws {
        let run = try TalksRun.run(["show", "arXiv:1806.07572v2"])
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertTrue(run.out.hasPrefix("Neural Tangent Kernel: Convergence and Generalization in Neural Networks\npaper-2018-06-20"), run.out)
        XCTAssertTrue(run.out.contains("Clément Hongler"), run.out)
        XCTAssertTrue(run.out.contains("arXiv 1806.07572 · first version 2018-06-20"), run.out)
        let json = try TalksRun.run(["show", "https://arxiv.org/abs/1806.07572", "--json"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        XCTAssertEqual(object["id"] as? String, "paper-2018-06-20")
        let papers = try XCTUnwrap(object["papers"] as? [[String: Any]])
        XCTAssertEqual(papers.first?["arxiv"] as? String, "1806.07572")
        XCTAssertEqual((papers.first?["authors"] as? [[String: Any]])?.compactMap { $0["name"] as? String },
                       ["Arthur Jacot", "Franck Gabriel", "Clément Hongler"])
    }

    func testAnIdSeveralTalksShareIsListedByShowAndOpenedByOpen() throws {
        let show = try TalksRun.run(["show", "1906.10652"])
        XCTAssertEqual(show.status, 1)
        XCTAssertEqual(show.err.split(separator: "\n").count, 1, show.err)
        for id in ["dltrg-2022-10-19", "dltrg-2022-10-12", "dltrg-2022-10-05"] { XCTAssertTrue(show.err.contains(id), show.err) }
        let open = try TalksRun.run(["open", "1906.10652", "--print"])
        XCTAssertEqual(open.status, 0, open.err)
        XCTAssertEqual(open.out, "https://arxiv.org/pdf/1906.10652\n")
    }

    func testUnknownIdentifiersSayWhatWasLookedFor() throws {
        let run = try TalksRun.run(["show", "2401.99999"])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.err, "talks: no talk or paper links arXiv 2401.99999; `talks enrich` or `talks import` may know it\n")
    }

    func testSearchFindsEveryRecordLinkingAPastedURL() throws {
        let run = try TalksRun.run(["search", "https://arxiv.org/abs/2303.10512v2", "--json"])
        XCTAssertEqual(run.status, 0, run.err)
        let hits = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [[String: Any]])
        XCTAssertEqual(hits.compactMap { $0["id"] as? String }, ["dltrg-2023-10-18", "dltrg-2023-05-24"])
    }
}

import XCTest
@testable import TalkArchive

/// A pasted arXiv id, URL or DOI finds every record linking that paper; `lookup` picks the paper.
final class IdentifierSearchTests: XCTestCase {
    private var index: ArchiveIndex { IndexTests.index }

    private func ids(_ query: String) throws -> [String] {
        try index.search(query).map(\.record.id)
    }

    func testEveryFormFindsTheSessionAndThePaper() throws {
        for query in ["1806.07572", "1806.07572v3", "arxiv:1806.07572", "arXiv:1806.07572", "https://arxiv.org/abs/1806.07572",
                      "https://arxiv.org/pdf/1806.07572v1.pdf", "arxiv.org/html/1806.07572v2", "https://doi.org/10.48550/arXiv.1806.07572"] {
            XCTAssertEqual(Set(try ids(query)), ["dltrg-2022-08-03", "paper-2018-06-20"], query)
        }
    }

    func testAnIdCombinesWithOtherClauses() throws {
        XCTAssertEqual(try ids("1806.07572 kind:talk"), ["dltrg-2022-08-03"])
        // The session holds the title of the paper it discussed ("…: Convergence and Generalization …").
        XCTAssertEqual(Set(try ids("convergence 1806.07572")), ["paper-2018-06-20", "dltrg-2022-08-03"])
        XCTAssertEqual(try ids("lyapunov 1806.07572"), [])
        XCTAssertEqual(try ids("1806.07572 OR 2211.05729").count, 3)
        XCTAssertEqual(try ids("-1806.07572 kind:paper").count, Fixtures.archive.papers.count - 1)
        XCTAssertEqual(try ids("1906.10652"), ["dltrg-2022-10-19", "dltrg-2022-10-12", "dltrg-2022-10-05"])
        XCTAssertEqual(try ids("9999.99999"), [])
    }

    func testAuthorsOfAPaperFindItAndTheSessionOnIt() throws {
        XCTAssertEqual(Set(try ids("speaker:hongler")), ["dltrg-2022-08-03", "paper-2018-06-20"])
        XCTAssertEqual(try ids("speaker:celikkanat"), ["paper-2022-12-23"], "without the accent")
        XCTAssertEqual(try ids("speaker:Çelikkanat"), ["paper-2022-12-23"], "with it")
    }

    func testBadIdentifierFieldsSayWhatTheyTake() {
        XCTAssertThrowsError(try SearchQuery(parsing: "arxiv:neural")) { error in
            XCTAssertTrue("\(error)".contains("arxiv: takes an arXiv id"), "\(error)")
        }
        XCTAssertThrowsError(try SearchQuery(parsing: "doi:nothing")) { error in
            XCTAssertTrue("\(error)".contains("doi: takes a DOI"), "\(error)")
        }
        XCTAssertThrowsError(try SearchQuery(parsing: "https://example.com/a")) { error in
            XCTAssertTrue("\(error)".contains("neither arXiv nor a DOI"), "\(error)")
        }
        XCTAssertNoThrow(try SearchQuery(parsing: "\"1806.07572\""), "a quoted id is words")
        for typing in ["https:", "https://", "https://arx", "https://arxiv.org/abs/18", "http://doi.org/10.11"] {
            XCTAssertEqual(try SearchQuery(parsing: typing).clauses, [], "“\(typing)” is half-typed: no error, nothing yet")
        }
    }

    func testLookupPicksThePaperOrListsEveryRecord() throws {
        guard case .found(let ntk) = try index.lookup("https://arxiv.org/abs/1806.07572v2") else { return XCTFail("not found") }
        XCTAssertEqual(ntk.id, "paper-2018-06-20", "the paper itself, not the session discussing it")
        guard case .found(let sam) = try index.lookup("2211.05729") else { return XCTFail("not found") }
        XCTAssertEqual(sam.id, "ellis-2026-03-09", "the only record linking it")
        guard case .ambiguous(let identifier, let records) = try index.lookup("arXiv:1906.10652") else { return XCTFail("not ambiguous") }
        XCTAssertEqual(identifier, .arxiv("1906.10652"))
        XCTAssertEqual(records.map(\.id), ["dltrg-2022-10-19", "dltrg-2022-10-12", "dltrg-2022-10-05"])
        guard case .found(let byId) = try index.lookup("paper-2018-06-20") else { return XCTFail("not found") }
        XCTAssertEqual(byId.id, "paper-2018-06-20")
        guard case .notFound(let near, nil) = try index.lookup("paper-2018-06") else { return XCTFail("found") }
        XCTAssertEqual(near, ["paper-2018-06-20"])
        guard case .notFound(_, .arxiv("9999.99999")?) = try index.lookup("9999.99999") else { return XCTFail("found") }
    }

    func testAnImportedCopyGivesWayToTheArchivesOwnPaper() {
        let own = ArchiveRecord(id: "paper-2018-06-20", kind: .paper, series: nil, date: Day(year: 2018, month: 6, day: 20)!, title: "NTK")
        let imported = ArchiveRecord(id: "arxiv-1806.07572", kind: .paper, series: nil, date: own.date, title: "NTK")
        let talk = ArchiveRecord(id: "dltrg-2022-08-03", kind: .talk, series: .dltrg, date: own.date, title: "NTK")
        guard case .found(let chosen) = RecordLookup.choose(.arxiv("1806.07572"), among: [talk, own, imported]) else { return XCTFail() }
        XCTAssertEqual(chosen.id, own.id)
        guard case .found(let onlyImported) = RecordLookup.choose(.arxiv("1806.07572"), among: [talk, imported]) else { return XCTFail() }
        XCTAssertEqual(onlyImported.id, imported.id)
    }
}

import ArxivAPI
import Foundation
import TestSupport
@testable import talks_fetch
import XCTest

/// The Atom answers of the arXiv API, real ones (Tests/Fixtures/arxiv-api/SOURCES.md), read into feeds.
final class EnrichAtomParserTests: XCTestCase {
    private func parse(_ text: String) throws -> ArxivFeed {
        try AtomParser.parse(Data(text.utf8))
    }

    func testTheManualsTypicalResponse() throws {
        let feed = try parse(ArxivFixtures.text("manual-typical-response.xml"))
        XCTAssertEqual(feed.totalResults, 1000)
        XCTAssertEqual(feed.entries.count, 1)
        let entry = feed.entries[0]
        XCTAssertEqual(entry.id, "hep-ex/0307015", "an old-style id, here without a version")
        XCTAssertNil(entry.version)
        XCTAssertEqual(entry.title, "Multi-Electron Production at High Transverse Momenta in ep Collisions at HERA")
        XCTAssertTrue(entry.summary?.hasPrefix("Multi-electron production is studied at high electron transverse momentum in positron-") == true)
        XCTAssertTrue(entry.summary?.hasSuffix("0.23 \\pm 0.04, respectively.") == true, "TeX stays as the feed has it")
        XCTAssertEqual(entry.authors, [ArxivFeed.Author(name: "H1 Collaboration")])
        XCTAssertEqual(entry.published, "2003-07-07T13:46:39-04:00")
        XCTAssertEqual(entry.comment, "23 pages, 8 figures and 4 tables")
        XCTAssertEqual(entry.journalRef, "Eur.Phys.J. C31 (2003) 17-29")
        XCTAssertEqual(entry.primaryCategory, "hep-ex")
        XCTAssertEqual(entry.categories, ["hep-ex"])
        XCTAssertNil(entry.doi)
    }

    func testAuthorsWithAffiliationsDOIAndLinesJoined() throws {
        let entry = try XCTUnwrap(parse(ArxivFixtures.text("share-affiliations-entry.xml")).entries.first)
        XCTAssertEqual(entry.id, "cond-mat/0102536")
        XCTAssertEqual(entry.version, 1)
        XCTAssertEqual(entry.title, "Impact of Electron-Electron Cusp on Configuration Interaction Energies")
        XCTAssertEqual(entry.authors.map(\.name), ["David Prendergast", "M. Nolan", "Claudia Filippi", "Stephen Fahy", "J. C. Greer"])
        XCTAssertEqual(entry.authors[1].affiliations, ["NMRC, University College, Cork, Ireland"])
        XCTAssertEqual(entry.authors[0].affiliations, ["Department of Physics"])
        XCTAssertEqual(entry.doi, "10.1063/1.1383585")
        XCTAssertEqual(entry.comment, "11 pages, 6 figures, 3 tables, LaTeX209, submitted to The Journal of Chemical Physics")
        XCTAssertEqual(entry.journalRef, "J. Chem. Phys. 115, 1626 (2001)")
        XCTAssertEqual(entry.primaryCategory, "cond-mat.str-el")
    }

    func testASearchAnswerWithSeveralEntries() throws {
        let feed = try parse(ArxivFixtures.text("orijtech-deep-dream-0-excerpt.xml"))
        XCTAssertEqual(feed.totalResults, 24617)
        XCTAssertEqual(feed.entries.map(\.id), ["1611.09520", "1511.08339", "1612.03659", "1304.8005"])
        XCTAssertEqual(feed.entries.map(\.version), [2, 2, 1, 2])
        XCTAssertEqual(feed.entries[2].authors.count, 6)
        XCTAssertEqual(feed.entries[2].authors[3].name, "Ali Hürriyetoğlu")
        XCTAssertEqual(feed.entries[1].doi, "10.3847/0004-637X/820/2/107")
        XCTAssertEqual(feed.entries[1].updated, "2016-02-11T10:58:04Z")
        XCTAssertEqual(feed.entries[3].categories, ["math.AG", "14C20, 14M99"], "every category as given; talks keeps arXiv's")
    }

    func testThreeHundredAuthors() throws {
        let entry = try XCTUnwrap(parse(ArxivFixtures.manyAuthors(300)).entries.first)
        XCTAssertEqual(entry.authors.count, 300)
        XCTAssertEqual(entry.authors[299], ArxivFeed.Author(name: "Member 300 of H1", affiliations: ["Institute 100"]))
        XCTAssertEqual(entry.authors.filter { !$0.affiliations.isEmpty }.count, 100)
    }

    func testZeroResults() throws {
        let feed = try parse(ArxivFixtures.text("zero-results-built.xml"))
        XCTAssertEqual(feed.totalResults, 0)
        XCTAssertEqual(feed.entries, [])
    }

    func testTheErrorEntryIsAnError() {
        XCTAssertThrowsError(try parse(ArxivFixtures.text("manual-error-response.xml"))) { error in
            XCTAssertEqual(error as? ArxivFetchError, .apiError("incorrect id format for 1234.12345"))
            XCTAssertEqual("\(error)", "arXiv refused the request: incorrect id format for 1234.12345")
            XCTAssertFalse((error as? ArxivFetchError)?.stopsTheRun ?? true, "one bad request; the others go on")
        }
    }

    func testMalformedXMLAndOtherDocuments() {
        for text in [ArxivFixtures.malformed(), "", "not xml at all", "<html><body>Service Unavailable</body></html>",
                     "<?xml version=\"1.0\"?><feed><entry><title>a</entry></feed>"] {
            XCTAssertThrowsError(try parse(text), text) { error in
                guard case .malformed? = error as? ArxivFetchError else { return XCTFail("\(error)") }
            }
        }
    }

    func testEntriesWithoutAPaperIdOrTitleAreLeftOut() throws {
        let feed = try parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2211.05729v2</id></entry>
            <entry><id>urn:something</id><title>Elsewhere</title></entry>
            <entry><id>https://arxiv.org/abs/2211.05729v2</id><title>Found</title></entry></feed>
            """)
        XCTAssertEqual(feed.entries.map(\.title), ["Found"])
        XCTAssertNil(feed.totalResults)
    }

    func testPaperIDs() {
        XCTAssertEqual(AtomParser.paperID("http://arxiv.org/abs/hep-th/9901001v2")?.0, "hep-th/9901001")
        XCTAssertEqual(AtomParser.paperID("http://arxiv.org/abs/hep-th/9901001v2")?.1, 2)
        XCTAssertEqual(AtomParser.paperID("http://arxiv.org/abs/math.GT/0309136v1")?.0, "math.GT/0309136")
        XCTAssertEqual(AtomParser.paperID("https://arxiv.org/abs/2211.05729")?.0, "2211.05729")
        XCTAssertNil(AtomParser.paperID("https://arxiv.org/abs/2211.05729")?.1)
        XCTAssertNil(AtomParser.paperID("http://arxiv.org/api/errors#incorrect_id_format_for_1234.12345"))
    }
}

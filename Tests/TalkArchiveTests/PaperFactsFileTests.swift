import XCTest
@testable import TalkArchive

/// The facts file: read strictly (a wrong entry is skipped whole and reported), written so that
/// TOMLKit reads back exactly what was written.
final class PaperFactsFileTests: XCTestCase {
    private func parse(_ text: String, file: String = "facts.toml") -> ParsedPage {
        let page = PageText(file: file, text: text)
        XCTAssertEqual(PageFormat.recognize(page), .paperFacts)
        return ParsedPage.parse(page, as: .paperFacts)
    }

    func testTheBundledFileGivesEveryPaperItsSourcedFacts() throws {
        let parsed = Fixtures.parsed("arxiv-papers.toml")
        XCTAssertEqual(parsed.format, .paperFacts)
        XCTAssertEqual(parsed.facts.count, 51)
        XCTAssertEqual(parsed.diagnostics, [])
        for item in parsed.facts {
            XCTAssertNotNil(item.facts.arxiv, item.facts.title)
            XCTAssertFalse(item.facts.authors.isEmpty, item.facts.title)
            XCTAssertTrue(item.facts.source.contains("http") || item.facts.source.contains("GitHub"), item.facts.title)
        }
        let ntk = try XCTUnwrap(parsed.facts.first { $0.facts.arxiv == "1806.07572" })
        XCTAssertEqual(ntk.facts.authors.map(\.name), ["Arthur Jacot", "Franck Gabriel", "Clément Hongler"])
        XCTAssertEqual(ntk.source.file, "arxiv-papers.toml")
        XCTAssertEqual(Fixtures.page("arxiv-papers.toml").lines[ntk.source.line - 1].text, "[[paper]]", "the entry's own line")
    }

    func testReadsEveryKeyAndAuthorsWithAffiliations() throws {
        let parsed = parse("""
            [[paper]]
            title = "A  Paper\\nTitle"
            arxiv = "arXiv:hep-th/9901001v2"
            authors = ["Ada Lovelace", { name = "C. Balázs", affiliation = "Michigan State University" }]
            abstract = "Words."
            categories = ["hep-th", "gr-qc"]
            published = 1999-01-01
            updated = "2001-02-03"
            doi = "10.1103/PhysRevD.1.1"
            journal_ref = "Phys. Rev. D 1 (1999) 1"
            comment = "12 pages"
            withdrawn = true
            source = "https://export.arxiv.org/api/query?id_list=hep-th/9901001"
            retrieved = "2026-12-03T10:00:00Z"
            """)
        XCTAssertEqual(parsed.diagnostics, [])
        let facts = try XCTUnwrap(parsed.facts.first?.facts)
        XCTAssertEqual(facts.title, "A Paper Title")
        XCTAssertEqual(facts.arxiv, "hep-th/9901001")
        XCTAssertEqual(facts.authors, [Speaker(name: "Ada Lovelace", affiliation: nil),
                                       Speaker(name: "C. Balázs", affiliation: "Michigan State University")])
        XCTAssertEqual(facts.categories, ["hep-th", "gr-qc"])
        XCTAssertEqual(facts.published, Day(year: 1999, month: 1, day: 1))
        XCTAssertEqual(facts.updated, Day(year: 2001, month: 2, day: 3))
        XCTAssertEqual(facts.doi, "10.1103/PhysRevD.1.1")
        XCTAssertTrue(facts.withdrawn)
        XCTAssertEqual(parsed.asOf, Day(year: 2026, month: 12, day: 3))
    }

    func testAWrongEntryIsSkippedWholeAndNamed() {
        let parsed = parse("""
            [[paper]]
            title = "Good"
            arxiv = "2211.05729"
            source = "s"

            [[paper]]
            title = "Bad id"
            arxiv = "2211.5729x"
            source = "s"

            [[paper]]
            title = "No source"
            arxiv = "2211.05730"

            [[paper]]
            title = "Typo"
            arxvi = "2211.05731"
            source = "s"

            [[paper]]
            title = "Wrong type"
            authors = "Ada Lovelace"
            source = "s"

            [[paper]]
            title = "Bad date"
            published = "20 June 2018"
            source = "s"
            """)
        XCTAssertEqual(parsed.facts.map(\.facts.title), ["Good"])
        let messages = parsed.diagnostics.map(\.description)
        XCTAssertEqual(parsed.diagnostics.map(\.source?.line), [6, 11, 15, 20, 25])
        XCTAssertTrue(messages[0].contains("“2211.5729x” is not an arXiv id"), messages[0])
        XCTAssertTrue(messages[1].contains("no “source”"), messages[1])
        XCTAssertTrue(messages[2].contains("unknown key “arxvi”"), messages[2])
        XCTAssertTrue(messages[3].contains("“authors” must be a list"), messages[3])
        XCTAssertTrue(messages[4].contains("YYYY-MM-DD"), messages[4])
    }

    func testInvalidTOMLIsAnErrorWithItsLineAndNothingIsUsed() {
        let parsed = parse("[[paper]]\ntitle = \"A\"\nsource = \"unterminated\n")
        XCTAssertEqual(parsed.facts.count, 0)
        XCTAssertEqual(parsed.diagnostics.first?.severity, .error)
        XCTAssertEqual(parsed.diagnostics.first?.source?.line, 3)
    }

    func testHostileTextRoundTripsExactly() throws {
        let nasty = "Quote \" backslash \\ tab\t newline\n bell\u{7} escape\u{1B}[31m del\u{7F} 量子 é \u{202E}"
        let facts = PaperFacts(title: "T", arxiv: "2211.05729", authors: [Speaker(name: nasty, affiliation: nasty)],
                               abstract: nasty, categories: ["cs.LG"], published: Day(year: 2022, month: 11, day: 10),
                               doi: "10.1/x", journalRef: nasty, comment: nasty, withdrawn: true, source: nasty, retrieved: "2026-12-03")
        let text = PaperFactsFile.render([facts], header: "Written by a test.\nSecond line.")
        XCTAssertTrue(text.hasPrefix("# Written by a test.\n# Second line.\n"))
        let back = try XCTUnwrap(parse(text).facts.first?.facts)
        // The reader collapses white space, as it does for every page.
        let collapsed = TextTools.collapse(nasty)
        XCTAssertEqual(back.authors, [Speaker(name: collapsed, affiliation: collapsed)])
        XCTAssertEqual(back.abstract, collapsed)
        XCTAssertEqual(back.journalRef, collapsed)
        XCTAssertEqual(back.source, collapsed)
        XCTAssertEqual(back.published, facts.published)
        XCTAssertTrue(back.withdrawn)
    }

    func testRenderIsStableForReviewableDiffs() {
        let facts = [PaperFacts(title: "B", arxiv: "1806.07572", source: "s"), PaperFacts(title: "A", source: "t")]
        XCTAssertEqual(PaperFactsFile.render(facts, header: "h"), PaperFactsFile.render(facts, header: "h"))
        XCTAssertEqual(PaperFactsFile.render(facts, header: "h"), """
            # h

            [[paper]]
            title = "B"
            arxiv = "1806.07572"
            source = "s"

            [[paper]]
            title = "A"
            source = "t"

            """)
    }
}

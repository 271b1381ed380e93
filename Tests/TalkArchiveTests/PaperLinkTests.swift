import XCTest
@testable import TalkArchive

/// Link resolution on every link form of the seed pages, and refusals of hostile links.
final class PaperLinkTests: XCTestCase {
    private func best(_ id: String, mirror: ArxivMirror = .arxiv) throws -> String {
        let record = try XCTUnwrap(Fixtures.record(id), id)
        return try PaperLink.resolve(record, mirror: mirror).description
    }

    private func record(_ links: [String], arxiv: [String]? = nil) -> ArchiveRecord {
        let parsed = links.map { Link(url: $0, label: "link") }
        return ArchiveRecord(id: "test-2026-01-01", kind: .talk, series: .ellis, date: Day(year: 2026, month: 1, day: 1)!,
                             title: "T", links: parsed, arxiv: arxiv ?? parsed.compactMap { ArxivID.extract(from: $0.url) })
    }

    private func refusal(_ body: () throws(LinkRefusal) -> HTTPURL) -> LinkRefusal? {
        do { _ = try body(); return nil } catch { return error }
    }

    // MARK: - The best link, on the seed pages

    func testArxivAbsPdfAndDotPdfLinksBecomeThePDF() throws {
        XCTAssertEqual(try best("dltrg-2022-08-03"), "https://arxiv.org/pdf/1806.07572", "abs link")
        XCTAssertEqual(try best("ellis-2026-03-16"), "https://arxiv.org/pdf/2601.21725", "pdf link")
        XCTAssertEqual(try best("dltrg-2023-03-29"), "https://arxiv.org/pdf/2304.09871", "pdf link ending .pdf")
        XCTAssertEqual(try best("ellis-2026-02-09"), "https://arxiv.org/pdf/2512.20607", "the first of two papers")
    }

    func testArxivVersionIsDroppedAndLegacyIdsKeepTheirArchive() throws {
        XCTAssertEqual(try PaperLink.resolve(record(["https://arxiv.org/abs/2211.05729v2"])).description,
                       "https://arxiv.org/pdf/2211.05729")
        XCTAssertEqual(try PaperLink.resolve(record(["http://export.arxiv.org/abs/hep-th/9901001v1"])).description,
                       "https://arxiv.org/pdf/hep-th/9901001")
    }

    func testArxivMirrorReplacesTheBase() throws {
        let mirror = try ArxivMirror("http://127.0.0.1:8431/mirror/")
        XCTAssertEqual(try best("dltrg-2022-08-03", mirror: mirror), "http://127.0.0.1:8431/mirror/pdf/1806.07572")
        XCTAssertEqual(try best("dltrg-2023-09-27", mirror: mirror), "https://www.bioinf.jku.at/publications/older/3304.pdf",
                       "links that are not arXiv's stay")
    }

    func testOpenReviewForumAndPdfPagesBecomeThePDF() throws {
        XCTAssertEqual(try best("dltrg-2023-04-12"), "https://openreview.net/pdf?id=QwqxO8URJzn", "forum?id=")
        XCTAssertEqual(try best("dltrg-2022-12-07"), "https://openreview.net/pdf?id=lJx2vng-KiC", "id with a hyphen")
        XCTAssertEqual(try PaperLink.resolve(record(["https://openreview.net/pdf?id=lbtOctHDQ3"])).description,
                       "https://openreview.net/pdf?id=lbtOctHDQ3", "pdf?id=")
        XCTAssertEqual(try best("ellis-2026-01-12"), "https://arxiv.org/pdf/2509.17738", "an arXiv id the facts give comes first")
        XCTAssertEqual(try PaperLink.resolve(record(["https://openreview.net/forum?id=Abc_1&noteId=Xyz"])).description,
                       "https://openreview.net/pdf?id=Abc_1", "the id, not the last parameter")
        XCTAssertEqual(try PaperLink.resolve(record(["https://openreview.net/profile?id=~Ada_Lovelace1"])).description,
                       "https://openreview.net/profile?id=~Ada_Lovelace1", "not a paper: the page itself")
    }

    func testDirectPDFsStayAndComeBeforeNotesAndPages() throws {
        XCTAssertEqual(try best("dltrg-2023-09-27"), "https://www.bioinf.jku.at/publications/older/3304.pdf")
        XCTAssertEqual(try best("dltrg-2023-01-04"), "https://authors.library.caltech.edu/7427/1/HOPpnas82.pdf",
                       "the paper, not the notes PDF")
        XCTAssertEqual(try best("dltrg-2022-07-06"), "https://thomasheap.github.io/files/Pdfs/PoDLT/Chapter1.pdf",
                       "a PDF before the book's home page")
    }

    func testOtherwiseTheFirstPage() throws {
        XCTAssertEqual(try best("dltrg-2022-11-23"), "https://transformer-circuits.pub/2022/toy_model/index.html")
        XCTAssertEqual(try PaperLink.resolve(record(["https://thomaswalker1.github.io/blog/grokalign.html", "https://github.com/x/y"])).description,
                       "https://thomaswalker1.github.io/blog/grokalign.html")
    }

    /// Issue 14: `o` reaches the PDF of each of the collection's papers with no network.
    func testEveryBundledPaperOpensItsArxivPDF() throws {
        let papers = Fixtures.archive.papers
        XCTAssertEqual(papers.count, 51)
        for paper in papers {
            let id = try XCTUnwrap(paper.arxiv.first, "\(paper.id) has no arXiv id")
            XCTAssertEqual(try PaperLink.resolve(paper).description, "https://arxiv.org/pdf/\(id)", paper.id)
        }
        XCTAssertEqual(try best("paper-2025-10-28"), "https://arxiv.org/pdf/2510.24251", "the id, before the code link in the abstract")
    }

    func testBestKeepsItsStringForm() throws {
        XCTAssertEqual(PaperLink.best(for: try XCTUnwrap(Fixtures.record("dltrg-2023-04-12"))),
                       "https://openreview.net/pdf?id=QwqxO8URJzn")
        XCTAssertNil(PaperLink.best(for: record(["javascript:alert(1)"])))
    }

    // MARK: - Link N

    func testLinkNumberPicksThatLinkAsItStands() throws {
        let ntk = try XCTUnwrap(Fixtures.record("dltrg-2022-08-03"))
        XCTAssertEqual(try PaperLink.resolve(ntk, linkNumber: 1).description, "https://arxiv.org/abs/1806.07572")
        XCTAssertEqual(try PaperLink.resolve(ntk, linkNumber: 2).description, "https://rajatvd.github.io/NTK/", "<autolink>")
        XCTAssertEqual(try PaperLink.resolve(ntk, linkNumber: 3).description,
                       "https://thomasheap.github.io/files/Pdfs/Neural_Tangent_Kernel.pdf")
    }

    func testLinkNumberOutOfRangeAndNoLinksAreRefused() throws {
        let ntk = try XCTUnwrap(Fixtures.record("dltrg-2022-08-03"))
        XCTAssertEqual(refusal { () throws(LinkRefusal) in try PaperLink.resolve(ntk, linkNumber: 4) },
                       .noSuchLink(recordID: ntk.id, number: 4, count: 3))
        XCTAssertEqual(refusal { () throws(LinkRefusal) in try PaperLink.resolve(ntk, linkNumber: 0) },
                       .noSuchLink(recordID: ntk.id, number: 0, count: 3))
        let bare = record([])
        XCTAssertEqual(refusal { () throws(LinkRefusal) in try PaperLink.resolve(bare) }, .noLinks(recordID: bare.id))
        XCTAssertEqual(LinkRefusal.noSuchLink(recordID: "x", number: 4, count: 3).message,
                       "x has no link 4: it has links 1 to 3 (`talks show x` lists them)")
    }

    // MARK: - Hostile links

    func testNonHTTPLinksAreRefusedWhetherBestOrNumbered() {
        let cases: [(String, LinkRefusal)] = [
            ("file:///etc/passwd", .notHTTP(url: "file:///etc/passwd", scheme: "file")),
            ("javascript:alert(1)", .notHTTP(url: "javascript:alert(1)", scheme: "javascript")),
            ("JavaScript:alert(1)", .notHTTP(url: "JavaScript:alert(1)", scheme: "javascript")),
            ("data:application/pdf;base64,JVBERi0=", .notHTTP(url: "data:application/pdf;base64,JVBERi0=", scheme: "data")),
            ("ftp://x.org/paper.pdf", .notHTTP(url: "ftp://x.org/paper.pdf", scheme: "ftp")),
            ("/papers/local.pdf", .notAbsolute(url: "/papers/local.pdf")),
            ("paper.pdf", .notAbsolute(url: "paper.pdf")),
            ("//evil.org/x", .notAbsolute(url: "//evil.org/x")),
            ("https:///etc/passwd", .noHost(url: "https:///etc/passwd")),
            ("https:evil.org", .noHost(url: "https:evil.org")),
            ("https://x.org/a\u{1B}]52;c;AAAA\u{07}", .controlCharacters),
            ("https://x.org/a\nrm -rf ~", .controlCharacters),
            ("https://x.org/\u{9B}31m", .controlCharacters),
            ("https://x.org/a b", .unencodedCharacters(url: "https://x.org/a b")),
            ("https://x.org/é", .unencodedCharacters(url: "https://x.org/é")),
        ]
        for (url, expected) in cases {
            let hostile = record([url], arxiv: [])
            XCTAssertEqual(refusal { () throws(LinkRefusal) in try PaperLink.resolve(hostile) }, expected, url)
            XCTAssertEqual(refusal { () throws(LinkRefusal) in try PaperLink.resolve(hostile, linkNumber: 1) }, expected, url)
        }
    }

    func testRefusalMessagesNeverCarryControlCharacters() {
        let long = "https://x.org/" + String(repeating: "a", count: HTTPURL.maxLength)
        XCTAssertEqual(refusal { () throws(LinkRefusal) in try HTTPURL(long) }, .tooLong(length: long.utf8.count))
        XCTAssertEqual(LinkRefusal.notHTTP(url: "file:///etc/passwd", scheme: "file").message,
                       "refusing to open “file:///etc/passwd”: only http and https links are opened, not file:")
        let sneaky = LinkRefusal.unencodedCharacters(url: "https://x.org/\u{202E}gpj.exe").message
        XCTAssertEqual(sneaky, "refusing to open a link: it contains spaces or non-ASCII characters")
    }

    func testHTTPURLAcceptsPlainLinksWithAnyCaseOfScheme() throws {
        for url in ["https://arxiv.org/pdf/2211.05729", "HTTP://example.org", "http://127.0.0.1:8080/pdf?id=a&b=%20c",
                    "https://x.org/$(touch%20pwned);`id`'\"#frag"] {
            XCTAssertEqual(try HTTPURL(url).description, url)
        }
    }

    func testArxivMirrorMustBeAPlainHTTPBase() {
        XCTAssertEqual(refusal { () throws(LinkRefusal) in try ArxivMirror("file:///srv/arxiv").base },
                       .notHTTP(url: "file:///srv/arxiv", scheme: "file"))
        XCTAssertEqual(refusal { () throws(LinkRefusal) in try ArxivMirror("https://m.org/?x=1").base },
                       .notABase(url: "https://m.org/?x=1"))
        XCTAssertNil(ArxivMirror.arxiv.pdf(for: "../../etc/passwd"), "only real arXiv ids make a path")
    }
}

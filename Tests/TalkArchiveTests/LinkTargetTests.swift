import XCTest
@testable import TalkArchive

/// How a page's link targets become http(s) URLs: as written, without a scheme, relative to the
/// page's site, or not at all.
final class LinkTargetTests: XCTestCase {
    let site = PageSite(permalink: "/DLTRG/", lines: ["[Notes](https://thomasheap.github.io/files/a.pdf)",
                                                      "[NTK](https://rajatvd.github.io/NTK/) [B](ThomasHeap.github.io/b.pdf)"])

    func testAbsoluteTargetsAreKeptAsWritten() {
        XCTAssertEqual(LinkTarget.resolve("https://arxiv.org/abs/1806.07572", site: nil), .url("https://arxiv.org/abs/1806.07572", .absolute))
        XCTAssertEqual(LinkTarget.resolve("<https://x.org/a>", site: nil), .url("https://x.org/a", .absolute))
    }

    func testTargetsWithoutSchemeAreHTTPSOnTheirHost() {
        XCTAssertEqual(LinkTarget.resolve("ThomasHeap.github.io/files/x.pdf", site: nil), .url("https://thomasheap.github.io/files/x.pdf", .schemeless))
        XCTAssertEqual(LinkTarget.resolve("www.foo.org/a?b=1", site: nil), .url("https://www.foo.org/a?b=1", .schemeless))
        XCTAssertEqual(LinkTarget.resolve("www.foo.org", site: nil), .url("https://www.foo.org", .schemeless))
        XCTAssertEqual(LinkTarget.resolve("//cdn.foo.org/x", site: nil), .url("https://cdn.foo.org/x", .schemeless))
    }

    func testRelativeTargetsResolveAgainstThePagesSite() throws {
        let site = try XCTUnwrap(site)
        XCTAssertEqual(site.base, "https://thomasheap.github.io/DLTRG/", "the host named most, with the permalink")
        XCTAssertTrue(site.evidence.contains("2 times") && site.evidence.contains("/DLTRG/"), site.evidence)
        XCTAssertEqual(LinkTarget.resolve("/files/x.pdf", site: site), .url("https://thomasheap.github.io/files/x.pdf", .relative))
        XCTAssertEqual(LinkTarget.resolve("files/x.pdf", site: site), .url("https://thomasheap.github.io/DLTRG/files/x.pdf", .relative))
        XCTAssertEqual(LinkTarget.resolve("notes.pdf", site: site), .url("https://thomasheap.github.io/DLTRG/notes.pdf", .relative),
                       "a lone file name is beside the page, not a host")
        XCTAssertEqual(LinkTarget.resolve("../x.pdf", site: site), .url("https://thomasheap.github.io/x.pdf", .relative))
    }

    func testSiteIsTheRootWithoutPermalinkAndAbsentWithoutGitHubPagesHost() {
        XCTAssertEqual(PageSite(permalink: nil, lines: ["a.github.io/x"])?.base, "https://a.github.io/")
        XCTAssertEqual(PageSite(permalink: "/:title/", lines: ["a.github.io/x"])?.base, "https://a.github.io/", "a pattern is no path")
        XCTAssertNil(PageSite(permalink: "/DLTRG/", lines: ["https://arxiv.org/abs/1806.07572"]))
        guard case .refused = LinkTarget.resolve("files/x.pdf", site: nil) else { return XCTFail("resolved without a site") }
    }

    func testOnlyHTTPAndHTTPSAreLinks() {
        for target in ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd",
                       "mailto:a@b.org", "ThomasHeaphttps://thomasheap.github.io/x.pdf", "#schedule", "", "https:///x",
                       "[https://a.org/x](https://b.org/y"] {
            guard case .refused(let why) = LinkTarget.resolve(target, site: site) else { return XCTFail("“\(target)” became a link") }
            XCTAssertFalse(why.isEmpty)
        }
    }

    // MARK: Cells

    func testBareURLsWithAndWithoutSchemeAreLinksInCellOrder() {
        let cell = MarkdownInline("see www.foo.org/a, then <https://b.org/x> and (https://c.org/y) [D](d.org/z)")
        XCTAssertEqual(cell.links.map(\.url), ["https://www.foo.org/a", "https://b.org/x", "https://c.org/y", "https://d.org/z"])
        XCTAssertEqual(cell.text, "see , then and () D")
        XCTAssertEqual(cell.repaired.map(\.form), [.schemeless, .schemeless])
    }

    func testWordsWithDotsAreNotLinks() {
        for text in ["Node.js and e.g. arXiv:2102.06701", "Laplace Redux -- Effortless Bayesian Deep Learning", "a.b/c", "x@foo.org/y"] {
            XCTAssertEqual(MarkdownInline(text).links, [], text)
        }
    }

    func testARefusedLinkKeepsItsLabelAsText() {
        let cell = MarkdownInline("[Click](javascript:alert(1)) and <javascript:alert(2)> [Notes](file:///etc/passwd)")
        XCTAssertEqual(cell.links, [])
        XCTAssertEqual(cell.text, "Click) and Notes")
        XCTAssertEqual(cell.refused.count, 3)
        XCTAssertNil(cell.firstLabel)
    }

    func testFirstLabelIsTheFirstLinkedTextNotABareURL() {
        XCTAssertEqual(MarkdownInline("Git Re-Basin https://arxiv.org/abs/2209.04836").firstLabel, nil)
        XCTAssertEqual(MarkdownInline("[Git Re-Basin](https://arxiv.org/abs/2209.04836) Section 4").firstLabel, "Git Re-Basin")
    }
}

import XCTest
@testable import TalkArchive

/// The DLTRG page in each form it took as the group edited it (Fixtures/README.md).
final class MarkdownScheduleHistoryTests: XCTestCase {
    private func parsed(_ name: String) -> ParsedPage {
        MarkdownSchedule.parse(Fixtures.page(name, in: Fixtures.fixtureFolder))
    }

    private func talk(_ page: ParsedPage, on iso: String, file: StaticString = #filePath, line: UInt = #line) throws -> ParsedTalk {
        try XCTUnwrap(page.talks.first { $0.date.iso == iso }, "no talk on \(iso)", file: file, line: line)
    }

    private func lines(_ page: ParsedPage, _ kind: Diagnostic.Kind) -> [Int?] {
        page.diagnostics.filter { $0.kind == kind }.map(\.source?.line)
    }

    /// 2022-09: titles in plain text; the links, in Resources only, bare or without a scheme.
    func testPlainTitlesWithLinksInResourcesAreSessions() throws {
        let page = parsed("dltrg-plain-titles.md")
        XCTAssertEqual(page.talks.map(\.date.iso), ["2022-07-06", "2022-07-20", "2022-08-03", "2022-08-17"])
        XCTAssertEqual(page.notes.map(\.text), ["We decided to change approach and read papers"])

        let chapters = try talk(page, on: "2022-07-06")
        XCTAssertEqual(chapters.title, "Principles of Deep Learning Theory Chapters 1 & 2")
        XCTAssertEqual(chapters.paperTitle, chapters.title, "a plain Paper cell is the paper's title")
        XCTAssertEqual(chapters.links.map(\.url), ["https://deeplearningtheory.com/",
                                                   "https://thomasheap.github.io/files/Pdfs/PoDLT/Chapter1.pdf",
                                                   "https://thomasheap.github.io/files/Pdfs/PoDLT/Chapter2.pdf"])
        XCTAssertEqual(chapters.links.map(\.kind), [.web, .pdf, .pdf])
        XCTAssertEqual(try talk(page, on: "2022-08-03").links.map(\.url), ["https://rajatvd.github.io/NTK/"])
        let multilayer = try talk(page, on: "2022-08-17")
        XCTAssertEqual(multilayer.title, "Multilayer Feedforward Networks are Universal Approximators")
        XCTAssertEqual(multilayer.links.map(\.kind), [.notes])
        XCTAssertEqual(multilayer.links.first?.url,
                       "https://thomasheap.github.io/files/Pdfs/Multilayer_Feedforward_Networks_are_Universal_Approximators.pdf")

        let repaired = page.diagnostics.filter { $0.kind == .repairedLink }
        XCTAssertEqual(repaired.map(\.severity), [.info], "one notice for the page")
        XCTAssertTrue(repaired.first?.message.contains("4 links written without a scheme") == true)
        XCTAssertTrue(repaired.first?.message.contains("lines 14, 15, 18") == true)
        XCTAssertEqual(lines(page, .refusedLink), [])
    }

    /// 2022-09, minutes later: linked titles, one target pasted onto another, a URL in parentheses.
    func testLinkedTitlesAndAGarbledTarget() throws {
        let page = parsed("dltrg-linked-titles.md")
        XCTAssertEqual(page.talks.count, 6)
        XCTAssertEqual(page.notes.count, 1)
        let chapters = try talk(page, on: "2022-07-06")
        XCTAssertEqual(chapters.paperTitle, "Principles of Deep Learning Theory")
        XCTAssertEqual(chapters.links.map(\.label), ["Principles of Deep Learning Theory", "Chapter 1", "Chapter 2"])
        XCTAssertEqual(chapters.links[1].url, "https://thomasheap.github.io/files/Pdfs/PoDLT/Chapter1.pdf")
        XCTAssertEqual(try talk(page, on: "2022-07-20").links.map(\.label),
                       ["PoDLT", "deeplearningtheory.com", "Chapter 3", "Chapter 4"], "in the order the row writes them")

        let ntk = try talk(page, on: "2022-08-03")
        XCTAssertEqual(ntk.title, "Neural Tangent Kernel")
        XCTAssertEqual(ntk.links.map(\.url), ["https://arxiv.org/abs/1806.07572", "https://rajatvd.github.io/NTK/"],
                       "“ThomasHeaphttps://…” is no link; the URL in parentheses is")
        XCTAssertEqual(lines(page, .refusedLink), [17])
        XCTAssertTrue(page.diagnostics.contains { $0.kind == .refusedLink && $0.message.contains("not thomasheaphttps:") })
    }

    /// 2022-12 and 2023-01: a stray ")" after a link, and rows broken over lines.
    func testBrokenRowsAreReadAndNamed() throws {
        let page = parsed("dltrg-broken-rows.md")
        XCTAssertEqual(page.talks.map(\.date.iso), ["2022-11-23", "2022-11-30", "2022-12-07", "2023-01-04", "2023-01-11"])
        XCTAssertEqual(page.notes.count, 0, "a broken row is still a session, never a note")

        let stein = try talk(page, on: "2022-11-30")
        XCTAssertEqual(stein.title, "Gradient Estimation with Discrete Stein Operators)", "the page shows the stray “)”")
        XCTAssertEqual(stein.links.map(\.kind), [.openreview])

        let hopfield = try talk(page, on: "2023-01-04")
        XCTAssertEqual(hopfield.title, "Neural networks and physical systems with emergent collective computational abilities (Hopfield Networks)")
        XCTAssertEqual(hopfield.links.map(\.url), ["https://authors.library.caltech.edu/7427/1/HOPpnas82.pdf",
                                                   "https://thomasheap.github.io/files/Pdfs/hopfield_networks.pdf"])
        XCTAssertEqual(hopfield.source.line, 17)

        let lecture = try talk(page, on: "2023-01-11")
        XCTAssertTrue(lecture.title.contains("CSC2541 Winter 2022 Topics in Machine Learning: Neural Net Training Dynamics"))
        XCTAssertTrue(lecture.title.hasSuffix("Lecture 1"))

        let malformed = page.diagnostics.filter { $0.kind == .malformedRow }
        XCTAssertEqual(malformed.map(\.source?.line), [15, 17, 19, 19], "stray “)”; joined; joined and tangled")
        XCTAssertTrue(malformed[1].message.contains("joined with line 18"))
        XCTAssertTrue(malformed[2].message.contains("joined with lines 20–21"))
        XCTAssertEqual(lines(page, .refusedLink), [19], "the tangled target is not guessed at")
        XCTAssertTrue(page.diagnostics.allSatisfy { $0.source?.line != nil })
    }

    /// 2024-01: text before the table is not a row, and nothing is reported about it.
    func testLatestFormReadsEveryRow() throws {
        let page = parsed("dltrg-rota.md")
        XCTAssertEqual(page.talks.map(\.date.iso), ["2023-06-07", "2023-06-14", "2023-08-09", "2023-10-04", "2023-10-11"])
        XCTAssertEqual(try talk(page, on: "2023-08-09").links.first.flatMap { ArxivID.extract(from: $0.url) }, "1905.12558")
        XCTAssertEqual(page.diagnostics, [])
    }
}

import Foundation
import XCTest
@testable import TalkArchive

final class MarkdownScheduleTests: XCTestCase {
    let page = Fixtures.parsed(Fixtures.dltrg)

    func testRecognizedAndSeriesFromFrontMatterTitle() {
        XCTAssertEqual(page.format, .markdownSchedule)
        XCTAssertEqual(page.talks.first?.series, .dltrg)
    }

    func testCountsTalksAndTheNoteRow() {
        XCTAssertEqual(page.talks.count, 35)
        XCTAssertEqual(page.notes.map(\.text), ["We decided to change approach and read papers"])
        XCTAssertEqual(page.notes.first?.date?.iso, "2022-07-27")
    }

    func testOneDigitDayAndMissingSpace() {
        XCTAssertTrue(page.talks.contains { $0.date.iso == "2023-06-07" && $0.title.hasPrefix("Sophia") })
        XCTAssertTrue(page.talks.contains { $0.date.iso == "2023-08-09" && $0.title.hasPrefix("Limitations of the Empirical Fisher") })
    }

    func testLinksInEveryForm() {
        let ntk = page.talks.first { $0.date.iso == "2022-08-03" }!
        XCTAssertEqual(ntk.title, "Neural Tangent Kernel")
        XCTAssertEqual(ntk.links.map(\.kind), [.arxiv, .web, .notes])
        XCTAssertEqual(ntk.links[1].url, "https://rajatvd.github.io/NTK/")
        let chapters = page.talks.first { $0.date.iso == "2022-07-06" }!
        XCTAssertEqual(chapters.title, "Principles of Deep Learning Theory Chapters 1 & 2")
        XCTAssertEqual(chapters.links.map(\.label), ["Principles of Deep Learning Theory", "Chapter 1", "Chapter 2"])
        XCTAssertEqual(chapters.links[1].kind, .pdf)
        let sigma = page.talks.first { $0.date.iso == "2023-04-12" }!
        XCTAssertEqual(sigma.links.first?.kind, .openreview)
        let adam = page.talks.first { $0.date.iso == "2023-03-29" }!
        XCTAssertEqual(adam.links.first.map { ArxivID.extract(from: $0.url) }, "2304.09871")
    }

    func testTrailingSpaceInLinkTextIsTrimmed() {
        let loss = page.talks.first { $0.date.iso == "2023-05-31" }!
        XCTAssertFalse(loss.title.hasSuffix(" "))
        XCTAssertTrue(loss.title.hasSuffix("Gradient Descent"))
    }

    func testRepeatedAndOutOfOrderDateReported() {
        let repeated = page.diagnostics.filter { $0.kind == .repeatedDate }
        XCTAssertEqual(repeated.map(\.source?.line), [32])
        XCTAssertEqual(page.diagnostics.filter { $0.kind == .outOfOrder }.map(\.source?.line), [32])
    }

    // MARK: Hostile input

    func testRowsBeforeHeaderBadDatesAndShortRows() {
        let text = """
            | 01/01/2024 | [A](https://a.org) | |
            | Date | Paper | Resources |
            |---|---|---|
            | 32/01/2024 | [B](https://b.org) | |
            | 02/01/2024 | [C](https://c.org) |
            | 03/01/2024 | [D \\| E](https://d.org) | x |
            """
        let parsed = MarkdownSchedule.parse(PageText(file: "t.md", text: text))
        XCTAssertEqual(parsed.talks.map(\.title), ["C", "D | E"])
        XCTAssertEqual(parsed.diagnostics.map(\.kind), [.unparsedLine, .badDate, .unparsedLine], "before the header, bad date, short row")
    }

    func testRowRulesSessionNoteOrNothing() {
        let text = """
            | Date | Paper | Resources |
            |---|---|---|
            | 01/01/2024 | Plain Title | [Notes](https://a.org/n.pdf) |
            | 02/01/2024 | Title Without Links | |
            | 03/01/2024 | We decided to read papers | |
            | 04/01/2024 | | |
            | 05/01/2024 |
            | 06/01/2024 | | [Notes](https://b.org/n.pdf) |
            """
        let parsed = MarkdownSchedule.parse(PageText(file: "t.md", text: text))
        XCTAssertEqual(parsed.talks.map(\.title), ["Plain Title", "Title Without Links", "Notes"])
        XCTAssertEqual(parsed.talks.map(\.paperTitle), ["Plain Title", "Title Without Links", "Notes"])
        XCTAssertEqual(parsed.notes.map(\.text), ["We decided to read papers"])
        let named = parsed.diagnostics.map { "\($0.source!.line) \($0.kind.rawValue)" }
        XCTAssertEqual(named, ["4 no-link", "5 series-note", "6 malformed-row", "7 unparsed-line", "7 malformed-row", "8 malformed-row"])
    }

    func testRemarksAreTheGroupSpeakingNotTitles() {
        for remark in ["We decided to change approach and read papers", "No meeting this week", "Cancelled (strike)",
                       "Session postponed", "our usual room is booked"] {
            XCTAssertTrue(ScheduleRemark.isRemark(remark), remark)
        }
        for title in ["Neural Tangent Kernel", "No Free Lunch Theorem", "I-JEPA", "PoDLT Chapter 3", "Breaking the Curse"] {
            XCTAssertFalse(ScheduleRemark.isRemark(title), title)
        }
    }

    func testRelativeLinksResolveAgainstTheSiteTheyGuess() {
        let text = """
            ---
            title: "Deep Learning Theory Reading Group"
            permalink: /DLTRG/
            ---
            | Date | Paper | Resources |
            |---|---|---|
            | 01/01/2024 | [A](https://arxiv.org/abs/1806.07572) | [Notes](/files/a.pdf) |
            | 08/01/2024 | B | [Notes](files/b.pdf) [Me](https://thomasheap.github.io/) |
            """
        let parsed = MarkdownSchedule.parse(PageText(file: "t.md", text: text))
        XCTAssertEqual(parsed.talks.flatMap(\.links).map(\.url), ["https://arxiv.org/abs/1806.07572", "https://thomasheap.github.io/files/a.pdf",
                                                                   "https://thomasheap.github.io/DLTRG/files/b.pdf", "https://thomasheap.github.io/"])
        let guess = parsed.diagnostics.filter { $0.kind == .repairedLink }
        XCTAssertEqual(guess.map(\.severity), [.warning])
        XCTAssertTrue(guess[0].message.contains("https://thomasheap.github.io/DLTRG/, a guess"), guess[0].message)
        XCTAssertTrue(guess[0].message.contains("lines 7, 8"), guess[0].message)
    }

    func testRelativeLinksWithoutSiteAreReported() {
        let text = "| Date | Paper | Resources |\n|---|---|---|\n| 01/01/2024 | B | [Notes](files/b.pdf) |\n"
        let parsed = MarkdownSchedule.parse(PageText(file: "t.md", text: text))
        XCTAssertEqual(parsed.talks.map(\.links), [[]])
        XCTAssertEqual(parsed.diagnostics.map(\.kind), [.refusedLink, .noLink])
    }

    func testHostileCellsNeverBecomeLinksOrLongMessages() {
        let big = String(repeating: "Lorem ipsum [dolor] sit amet ", count: 350)  // 10 KB
        let text = """
            | Date | Paper | Resources |
            |---|---|---|
            | 01/01/2024 | [Click](javascript:alert(document.cookie)) | <javascript:alert(1)> |
            | 02/01/2024 | x \\| y \\\\ z | \\\\\\ |
            |||||||||||||||||||||||||||||||||
            | 03/01/2024 | \(big) | [Notes](https://a.org/\(big.prefix(9000).replacingOccurrences(of: " ", with: "")) |
            | 04/01/2024 | \(String(repeating: "|", count: 5000)) |
            """
        let started = Date()
        let parsed = MarkdownSchedule.parse(PageText(file: "t.md", text: text))
        XCTAssertLessThan(Date().timeIntervalSince(started), 2)
        XCTAssertFalse(parsed.talks.flatMap(\.links).contains { !$0.url.hasPrefix("https://") })
        XCTAssertEqual(parsed.talks.first?.title, "Click)", "a target ends at its first “)”, as before")
        XCTAssertEqual(parsed.talks.first?.links, [])
        XCTAssertTrue(parsed.talks.contains { $0.title == "x | y \\ z" })
        XCTAssertTrue(parsed.talks.contains { $0.date.iso == "2024-01-03" && $0.title.count > 9000 })
        XCTAssertTrue(parsed.diagnostics.allSatisfy { $0.message.count < 400 && $0.source != nil }, "every row named, briefly")
        XCTAssertEqual(parsed.diagnostics.filter { $0.kind == .refusedLink }.map(\.source?.line), [3, 3])
    }

    func testUnterminatedFrontMatterStillParsesTable() {
        let text = "---\ntitle: \"Some Group\"\n| Date | Paper |\n|--|--|\n| 01/02/2024 | [X](https://x.org) |\n"
        let parsed = MarkdownSchedule.parse(PageText(file: "t.md", text: text))
        XCTAssertEqual(parsed.talks.count, 1)
    }

    func testSeriesSlugFromAnyTitle() {
        XCTAssertEqual(Series.fromName("Deep Learning Theory Reading Group"), .dltrg)
        XCTAssertEqual(Series.fromName("!!!").slug, "talks")
    }

    /// Found while fuzzing: cells full of "[" or "<", or a URL ending in many ")", took seconds
    /// (25 s at 30 000 characters) because each bracket looked ahead afresh.
    func testHostileCellsParseInLinearTime() {
        let table = "| Date | Paper | Resources |\n| --- | --- | --- |\n"
        let cells = [String(repeating: "[", count: 20_000) + "]", String(repeating: "<", count: 20_000),
                     String(repeating: "[a](", count: 5_000), "https://x.org/" + String(repeating: ")", count: 20_000)]
        for cell in cells {
            let started = Date()
            _ = MarkdownSchedule.parse(PageText(file: "hostile.md", text: table + "| 06/07/2022 | Paper \(cell) | |\n"))
            XCTAssertLessThan(Date().timeIntervalSince(started), 2)
        }
    }
}


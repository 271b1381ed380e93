import XCTest
@testable import TalkArchive

final class EllisScheduleTests: XCTestCase {
    func testRecognizesBothCapturesByContent() {
        XCTAssertEqual(PageFormat.recognize(Fixtures.page(Fixtures.ellisMarch)), .ellisSchedule)
        XCTAssertEqual(PageFormat.recognize(Fixtures.page(Fixtures.ellisApril)), .ellisSchedule)
        XCTAssertEqual(PageFormat.recognize(PageText(file: "x.html", text: "hello\nworld")), nil)
    }

    func testMarchCaptureTalks() {
        let page = Fixtures.parsed(Fixtures.ellisMarch)
        XCTAssertEqual(page.talks.count, 7)
        XCTAssertEqual(page.talks.map(\.date.iso), ["2026-03-16", "2026-05-11", "2026-03-09", "2026-03-02", "2026-02-09", "2026-01-19", "2026-01-12"])
        let first = page.talks[0]
        XCTAssertEqual(first.title, "Procedural Pretraining: Warming Up Language Models with Abstract Data")
        XCTAssertEqual(first.speakers, [
            Speaker(name: "Liangze Jiang", affiliation: "EPFL and Idiap Research Institute, Switzerland"),
            Speaker(name: "Zachary Shinnick", affiliation: "Australian Institute for Machine Learning (AIML), Adelaide University, Australia"),
        ])
        XCTAssertTrue(first.abstract?.hasPrefix("Pretraining directly on web-scale corpora") ?? false)
        XCTAssertTrue(first.links.isEmpty, "the March capture has no link for the upcoming talk")
    }

    func testAprilCaptureTalksAndLinks() {
        let page = Fixtures.parsed(Fixtures.ellisApril)
        XCTAssertEqual(page.talks.count, 12)
        let panza = page.talks.first { $0.date.iso == "2026-05-25" }!
        XCTAssertEqual(panza.speakers.map(\.name), ["Eugenia Iofinova", "Andrej Jovanovic"])
        XCTAssertEqual(panza.speakers[0].affiliation, "Institute of Science and Technology Austria")
        let grokking = page.talks.first { $0.date.iso == "2026-01-12" }!
        XCTAssertEqual(grokking.links, [Link(kind: .openreview, url: "https://openreview.net/pdf?id=lbtOctHDQ3", label: "OpenReview")])
        let video = page.talks.first { $0.date.iso == "2026-01-19" }!
        XCTAssertEqual(video.speakers, [Speaker(name: "Rahim Entezari", affiliation: "Wayve.ai")])
        XCTAssertNil(video.abstract)
    }

    func testNoteLineBecomesNoteAndLink() {
        let saddle = Fixtures.parsed(Fixtures.ellisApril).talks.first { $0.date.iso == "2026-02-09" }!
        XCTAssertEqual(saddle.links.map(\.url), ["https://arxiv.org/pdf/2512.20607", "https://arxiv.org/abs/2603.00742"])
        XCTAssertEqual(saddle.links[1].label, "The paper on Muon Yedi mentioned in the talk is now on arXiv")
        XCTAssertEqual(saddle.notes.count, 1)
    }

    func testStartTimesFollowRealCentralEuropeanRules() {
        let page = Fixtures.parsed(Fixtures.ellisApril)
        func start(_ iso: String) -> String? { Fixtures.iso(page.talks.first { $0.date.iso == iso }?.start) }
        XCTAssertEqual(start("2026-03-16"), "2026-03-16T16:00:00Z", "CET is UTC+1")
        XCTAssertEqual(start("2026-03-30"), "2026-03-30T15:00:00Z", "CEST from 29 March 2026")
        XCTAssertEqual(start("2026-05-11"), "2026-05-11T15:00:00Z")
        XCTAssertEqual(start("2026-01-12"), "2026-01-12T16:00:00Z")
    }

    func testWrongUSHintsAreReportedNotTrusted() {
        let diagnostics = Fixtures.parsed(Fixtures.ellisMarch).diagnostics
        let wrongHour = diagnostics.filter { $0.kind == .timeZoneHint && $0.severity == .warning }
        XCTAssertEqual(wrongHour.count, 2, "16 March: 5pm CET is 12pm EDT and 9am PDT, not 11am EST / 8am PST")
        XCTAssertTrue(wrongHour.allSatisfy { $0.source?.line == 2 })
        XCTAssertTrue(wrongHour[0].message.contains("12pm EDT"))
    }

    func testWrongCETLabelIsReported() {
        let page = EllisSchedule.parse(PageText(file: "p", text: "5. July 2026 @ 5pm CET\nA Title\nAda Lovelace, Analytical Engines\n"))
        XCTAssertEqual(Fixtures.iso(page.talks[0].start), "2026-07-05T15:00:00Z", "the real rule (CEST) wins over the label")
        XCTAssertTrue(page.diagnostics.contains { $0.kind == .timeZoneHint && $0.message.contains("CEST") })
    }

    func testFooterAndRecordingTextAreReported() {
        let diagnostics = Fixtures.parsed(Fixtures.ellisApril).diagnostics
        XCTAssertEqual(diagnostics.filter { $0.kind == .unparsedLine }.map(\.source?.line), [52, 53])
        XCTAssertTrue(diagnostics.contains { $0.kind == .missingURL && $0.message.hasPrefix("7 talks") })
    }

    func testAsOfOrdersCaptures() {
        XCTAssertEqual(Fixtures.parsed(Fixtures.ellisMarch).asOf?.iso, "2026-03-09")
        XCTAssertEqual(Fixtures.parsed(Fixtures.ellisApril).asOf?.iso, "2026-03-30")
    }

    // MARK: Hostile input

    func testDateLineWithoutTitleIsReportedNotRecorded() {
        let page = EllisSchedule.parse(PageText(file: "p", text: "1. March 2026 @ 5pm CET\n"))
        XCTAssertTrue(page.talks.isEmpty)
        XCTAssertEqual(page.diagnostics.first?.kind, .unparsedLine)
    }

    func testUnreadableTimeKeepsTalkWithoutStart() {
        let page = EllisSchedule.parse(PageText(file: "p", text: "1. March 2026 @ noon-ish\nTitle\n"))
        XCTAssertEqual(page.talks.count, 1)
        XCTAssertNil(page.talks[0].start)
        XCTAssertTrue(page.diagnostics.contains { $0.message.contains("cannot read the time") })
    }

    func testImpossibleDateIsNotADateLine() {
        XCTAssertNil(EllisSchedule.dateLine("31. February 2026 @ 5pm CET"))
        XCTAssertNil(EllisSchedule.dateLine("16. Smarch 2026 @ 5pm CET"))
        XCTAssertEqual(EllisSchedule.dateLine("7 June 2026")?.day.iso, "2026-06-07")
    }

    func testControlSequencesAndCRLFSurviveParsing() {
        let text = "1. March 2026 @ 5pm CET\r\nEvil \u{1B}]0;pwned\u{07}Title\r\nMallory \u{202E}Evil, Nowhere\r\n"
        let page = EllisSchedule.parse(PageText(file: "p", text: text))
        XCTAssertEqual(page.talks.count, 1)
        XCTAssertEqual(page.talks.first?.title, "Evil \u{1B}]0;pwned\u{07}Title", "kept exact; sanitized only for display")
    }

    func testEmptyAndBinaryInput() {
        XCTAssertTrue(EllisSchedule.parse(PageText(file: "p", text: "")).talks.isEmpty)
        let binary = PageText(file: "b", data: Data([0, 1, 2, 0xFF, 0xFE, 0]))
        XCTAssertTrue(binary.looksBinary)
        XCTAssertNil(PageFormat.recognize(binary))
    }

    func testInvalidUTF8IsDecodedAndReported() {
        var data = Data("1. March 2026 @ 5pm CET\nT".utf8)
        data.append(0xFF)
        data.append(contentsOf: Array("itle\n".utf8))
        let text = PageText(file: "p", data: data)
        XCTAssertEqual(text.decodingProblems.first?.kind, .invalidText)
        XCTAssertEqual(text.decodingProblems.first?.source?.line, 2)
        XCTAssertEqual(EllisSchedule.parse(text).talks.first?.title, "T\u{FFFD}itle")
    }
}

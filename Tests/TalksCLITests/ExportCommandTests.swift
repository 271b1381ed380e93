import Foundation
import XCTest

/// `talks export` as the built binary: formats, queries, files written whole, and one-line errors.
final class ExportCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try TalksRun.scratchFolder("export")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testEveryFormatGoesToStandardOutput() throws {
        let starts = ["ics": "BEGIN:VCALENDAR\r\n", "bibtex": "@misc{saxe2013exact,\n", "biblatex": "@online{saxe2013exact,\n",
                      "csl-json": "[\n", "frab": "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n"]
        for (format, start) in starts {
            let r = try TalksRun.run(["export", format])
            XCTAssertEqual(r.status, 0, "\(format): \(r.err)")
            XCTAssertTrue(r.out.hasPrefix(start), "\(format): \(r.out.prefix(80))")
        }
        let dash = try TalksRun.run(["export", "ics", "-o", "-"])
        XCTAssertTrue(dash.out.hasPrefix("BEGIN:VCALENDAR"), "-o - is standard output")
        XCTAssertEqual(dash.err, "talks: left out 51 papers: a calendar holds talks\n")
    }

    func testAQuerySelectsWhatIsExported() throws {
        let r = try TalksRun.run(["export", "bibtex", "neural", "tangent", "kind:paper"])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("@misc{jacot2018neural,"))
        XCTAssertFalse(r.out.contains("howpublished"), "no talks")
        let ellis = try TalksRun.run(["export", "ics", "series:ellis", "--alarm", "1h"])
        XCTAssertEqual(ellis.out.components(separatedBy: "BEGIN:VEVENT").count - 1, 12)
        XCTAssertEqual(ellis.out.components(separatedBy: "TRIGGER:-PT1H").count - 1, 12)
        XCTAssertEqual(ellis.err, "", "nothing left out")
    }

    func testAFileIsWrittenWholeAndSaidSo() throws {
        let file = folder.appendingPathComponent("ellis.xml")
        let r = try TalksRun.run(["export", "frab", "series:ellis", "-o", file.path])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.out, "")
        XCTAssertEqual(r.err, "talks: wrote 12 entries to \(file.path)\n")
        XCTAssertTrue(try String(contentsOf: file, encoding: .utf8).contains("<acronym>ellis</acronym>"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["ellis.xml"], "no temporary file left")
    }

    func testBadInputIsOneLineAndNothingIsWritten() throws {
        let file = folder.appendingPathComponent("out.ics")
        let cases: [([String], Int32, String)] = [
            (["export", "ics", "series:nope", "-o", file.path], 1, "talks: bad query: unknown series “nope”; the archive has dltrg, ellis\n"),
            (["export", "ics", "year:abc", "-o", file.path], 1, "talks: bad query: "),
            (["export", "ics", "zzzqqqxxx", "-o", file.path], 1, "talks: nothing to export: no record matches\n"),
            (["export", "ics", "kind:paper", "-o", file.path], 1, "talks: nothing to export (left out 51 papers: a calendar holds talks)\n"),
            (["export", "ics", "-o", folder.appendingPathComponent("missing/out.ics").path], 1,
             "talks: cannot write \(folder.appendingPathComponent("missing/out.ics").path): No such file or directory\n"),
        ]
        for (arguments, status, message) in cases {
            let r = try TalksRun.run(arguments)
            XCTAssertEqual(r.status, status, arguments.joined(separator: " "))
            XCTAssertTrue(r.err.hasPrefix(message), "\(arguments): \(r.err)")
            XCTAssertEqual(r.err.filter { $0 == "\n" }.count, 1, "one line: \(r.err)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.path))
    }

    func testUsageErrorsExitWith64() throws {
        for (arguments, message) in [
            (["export", "vcard"], "Error: The value 'vcard' is invalid for '<format>'"),
            (["export", "ics", "--alarm", "soon"], "Error: --alarm takes a number and m, h or d, from 1m to 28d (15m, 1h, 1d), not “soon”"),
            (["export", "bibtex", "--alarm", "15m"], "Error: --alarm is for ics: other formats have no reminders"),
        ] {
            let r = try TalksRun.run(arguments)
            XCTAssertEqual(r.status, 64, arguments.joined(separator: " "))
            XCTAssertTrue(r.err.hasPrefix(message), r.err)
        }
    }

    func testKioskModeExportsOnlyToStandardOutput() throws {
        let file = folder.appendingPathComponent("out.ics")
        let refused = try TalksRun.run(["--kiosk", "export", "ics", "-o", file.path])
        XCTAssertEqual(refused.status, 77)
        XCTAssertEqual(refused.err, "talks: export to a file is not available on this host (kiosk mode)\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.path))
        let allowed = try TalksRun.run(["export", "ics"], environment: ["TALKS_KIOSK": "1"])
        XCTAssertEqual(allowed.status, 0)
        XCTAssertTrue(allowed.out.hasPrefix("BEGIN:VCALENDAR"))
    }

    func testTheHelpListsTheFormats() throws {
        let r = try TalksRun.run(["export", "--help"])
        for format in ["ics", "bibtex", "biblatex", "csl-json", "frab"] { XCTAssertTrue(r.out.contains("\n  \(format) "), format) }
        XCTAssertTrue(r.out.contains("all day if untimed; no papers\n"), "a line each, not wrapped")
    }
}

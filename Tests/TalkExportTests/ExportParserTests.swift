import Foundation
import TalkArchive
import XCTest
@testable import TalkExport

/// The exports of the bundled archive and of a hostile one, read by other people's parsers:
/// Python's icalendar and calcurse, bibtexparser and biber, jsonschema with the CSL schema, and
/// xmllint with the frab schedule XSD. Each also rejects a broken file here, so these tests can fail.
final class ExportParserTests: ScratchFolderTestCase {
    static let archives: [(name: String, records: [ArchiveRecord])] = [("bundled", ExportFixtures.bundled), ("hostile", ExportFixtures.hostile)]

    /// Writes an export (or any text) to a file of the test's folder.
    func file(_ name: String, _ text: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: false, encoding: .utf8)
        return url
    }

    func checker(_ name: String) -> String { ExportFixtures.checkers.appendingPathComponent(name).path }

    // MARK: iCalendar

    func testPythonIcalendarReadsEveryEventAsWritten() throws {
        let python = try ExternalTool.python(with: "icalendar", package: "icalendar==7.3.2")
        for (name, records) in Self.archives {
            let output = ExportFixtures.render(.ics, records, alarm: Alarm(parsing: "15m"))
            let ics = try file("\(name).ics", output.text)
            let result = try python.run([checker("check_ics.py"), ics.path])
            XCTAssertEqual(result.status, 0, "\(name): \(result.output)")
            let events = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]], result.output)
            let talks = records.filter { $0.kind == .talk }
            XCTAssertEqual(events.count, talks.count, name)
            for (event, talk) in zip(events, talks.sorted { ($0.date, $0.id) < ($1.date, $1.id) }) {
                XCTAssertEqual(event["uid"] as? String, RecordUUID(talk).text)
                XCTAssertEqual(event["summary"] as? String, ExportText.line(talk.title), "unescaped, it is the title")
                XCTAssertEqual(event["description"] as? String, TalkDescription.text(talk))
                if let start = talk.start {
                    XCTAssertEqual(event["start"] as? String, ISO8601DateFormatter().string(from: start).replacingOccurrences(of: "Z", with: "+00:00"))
                    XCTAssertEqual(event["duration"] as? String, "1:00:00")
                    XCTAssertEqual(event["alarms"] as? [String], ["-PT15M"])
                } else {
                    XCTAssertEqual(event["start"] as? String, talk.date.iso, "an all-day event")
                }
            }
        }
    }

    func testPythonIcalendarRejectsABrokenCalendar() throws {
        let python = try ExternalTool.python(with: "icalendar", package: "icalendar==7.3.2")
        let good = ExportFixtures.render(.ics, [ExportFixtures.bundled("ellis-2026-03-16")]).text
        let broken = [
            good.replacingOccurrences(of: "DTSTART:20260316T160000Z", with: "DTSTART:20260316T16"),
            good.replacingOccurrences(of: "\r\n ", with: "\r\n"),   // folds undone: lines too long, halves unparsable
            good.replacingOccurrences(of: "\r\n", with: "\n"),
        ]
        for (number, text) in broken.enumerated() {
            let result = try python.run([checker("check_ics.py"), try file("broken-\(number).ics", text).path])
            XCTAssertNotEqual(result.status, 0, "broken file \(number) accepted: \(result.output)")
        }
    }

    func testCalcurseImportsEveryTalk() throws {
        let calcurse = try ExternalTool.find("calcurse", install: "Debian: calcurse")
        for (name, records) in Self.archives {
            let data = folder.appendingPathComponent("calcurse-\(name)")
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
            let ics = try file("\(name).ics", ExportFixtures.render(.ics, records).text)
            let result = try calcurse.run(["-D", data.path, "-i", ics.path], environment: ["TZ": "UTC", "HOME": folder.path])
            let talks = records.filter { $0.kind == .talk }
            let timed = talks.filter { $0.start != nil }.count
            XCTAssertEqual(result.status, 0, "\(name): \(result.output)")
            XCTAssertTrue(result.output.contains("\(timed) app\(timed == 1 ? "" : "s") / \(talks.count - timed) event\(talks.count - timed == 1 ? "" : "s") / 0 todos / 0 skipped"),
                          "\(name): \(result.output)")
            let appointments = try String(contentsOf: data.appendingPathComponent("apts"), encoding: .utf8)
            XCTAssertEqual(appointments.split(separator: "\n").count, talks.count)
            if name == "bundled" {
                XCTAssertTrue(appointments.contains("03/16/2026 @ 16:00 -> 03/16/2026 @ 17:00>"), "16:00 UTC, an hour")
                XCTAssertNotNil(appointments.range(of: #"08/03/2022 \[1\] >[0-9a-f]+ Neural Tangent Kernel\n"#, options: .regularExpression),
                                "all day, its description a note: \(appointments)")
            } else {
                XCTAssertTrue(appointments.contains("Commas, semicolons; back\\slash"), appointments)
            }
        }
    }

    func testCalcurseRejectsABrokenCalendar() throws {
        let calcurse = try ExternalTool.find("calcurse", install: "Debian: calcurse")
        let good = ExportFixtures.render(.ics, [ExportFixtures.bundled("ellis-2026-03-16")]).text
        let ics = try file("broken.ics", good.replacingOccurrences(of: "DTSTART:20260316T160000Z", with: "DTSTART:garbage"))
        let data = folder.appendingPathComponent("calcurse-broken")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let result = try calcurse.run(["-D", data.path, "-i", ics.path], environment: ["TZ": "UTC", "HOME": folder.path])
        XCTAssertNotEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.contains("1 skipped"), result.output)
    }

    // MARK: BibTeX and biblatex

    func testBibtexparserReadsEveryEntryAndField() throws {
        let python = try ExternalTool.python(with: "bibtexparser", package: "bibtexparser==2.1.0")
        for (name, records) in Self.archives {
            for format in [ExportFormat.bibtex, .biblatex] {
                let text = ExportFixtures.render(format, records).text
                let result = try python.run([checker("check_bibtex.py"), try file("\(name).bib", text).path])
                XCTAssertEqual(result.status, 0, "\(name) \(format): \(result.output)")
                let entries = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: [String: Any]], result.output)
                XCTAssertEqual(Set(entries.keys), Set(BibTeXExportTests.keys(text)), "\(name) \(format)")
                XCTAssertEqual(entries.count, records.count)
                if name == "hostile" { try checkHostileEntries(entries, format: format) }
            }
        }
    }

    /// What LaTeX decoding gives back of the hostile title and names.
    func checkHostileEntries(_ entries: [String: [String: Any]], format: ExportFormat) throws {
        let talk = try XCTUnwrap(entries["tomandjerry2026commas"]?["fields"] as? [String: Any])
        let title = try XCTUnwrap(talk["title"] as? String)
        // pylatexenc decodes \textbraceleft{} and \textbraceright{} to nothing and \textasciicircum{} to ˆ
        XCTAssertTrue(title.hasPrefix("Commas, semicolons; back\\slash \"quotes\" braces  50% & $x$ #1 a_b ~ ˆ <tag> gnp.exe red bell new line Gödel 量子 😀"), title)
        let authors = try XCTUnwrap(talk["author"] as? [[String: String]])
        XCTAssertEqual(authors.map { $0["last"] ?? "" }, ["{Tom and Jerry}", "Gerven", "King"], "one name, kept whole")
        XCTAssertEqual(authors[1]["von"], "van")
        XCTAssertEqual(authors[2]["jr"], "Jr.")
        let paper = try XCTUnwrap(entries["morup2020o"]?["fields"] as? [String: Any])
        XCTAssertEqual(paper["eprint"] as? String, "hep-th/9901001")
        XCTAssertEqual(paper[format == .bibtex ? "primaryClass" : "eprintclass"] as? String, "hep-th")
        XCTAssertEqual((paper["author"] as? [[String: String]])?.map { $0["last"] ?? "" },
                       ["Mørup", "李小龙", "Plato", "Saxe", "Cruz", "Whitehead"])
    }

    func testBibtexparserRejectsABrokenFile() throws {
        let python = try ExternalTool.python(with: "bibtexparser", package: "bibtexparser==2.1.0")
        let good = ExportFixtures.render(.bibtex, [ExportFixtures.bundled("paper-2018-06-20")]).text
        for (number, text) in [good.replacingOccurrences(of: "title = {Neural", with: "title = {{Neural"), good + good].enumerated() {
            let result = try python.run([checker("check_bibtex.py"), try file("broken-\(number).bib", text).path])
            XCTAssertNotEqual(result.status, 0, "broken file \(number) accepted: \(result.output)")
        }
    }

    func testBiberReadsBothDialectsWithoutAWarning() throws {
        let biber = try ExternalTool.find("biber", install: "Debian: biber")
        for (name, records) in Self.archives {
            for format in [ExportFormat.bibtex, .biblatex] {
                let result = try biberTool(biber, try file("\(name)-\(format.rawValue).bib", ExportFixtures.render(format, records).text))
                XCTAssertEqual(result.status, 0, "\(name) \(format): \(result.output)")
                let complaints = result.output.split(separator: "\n").filter { $0.hasPrefix("WARN") || $0.hasPrefix("ERROR") }
                XCTAssertEqual(complaints, [], "\(name) \(format)")
            }
        }
    }

    func testBiberRejectsABrokenFile() throws {
        let biber = try ExternalTool.find("biber", install: "Debian: biber")
        let good = ExportFixtures.render(.biblatex, [ExportFixtures.bundled("paper-2018-06-20")]).text
        let result = try biberTool(biber, try file("broken.bib", good.replacingOccurrences(of: "title = {Neural", with: "title = {{Neural")))
        XCTAssertNotEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.contains("ERROR"), result.output)
        let unknown = try biberTool(biber, try file("unknown.bib", good.replacingOccurrences(of: "  date =", with: "  bogusfield = {x},\n  date =")))
        XCTAssertTrue(unknown.output.contains("WARN - Datamodel"), "an unknown field is reported: \(unknown.output)")
    }

    /// `biber --tool --validate-datamodel`: reads the file as biblatex would, checks every field against biblatex's data model.
    func biberTool(_ biber: ExternalTool, _ bib: URL) throws -> ExternalTool.Result {
        let out = folder.appendingPathComponent("biber-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        return try biber.run(["--tool", "--validate-datamodel", "--output-directory", out.path, bib.lastPathComponent],
                             environment: ["HOME": folder.path], in: bib.deletingLastPathComponent())
    }

    // MARK: CSL-JSON

    func testCSLJSONIsValidAgainstTheCSLSchema() throws {
        let python = try ExternalTool.python(with: "jsonschema", package: "jsonschema==4.26.0")
        let schema = try PublishedSchema.cslData.locate()
        for (name, records) in Self.archives {
            let json = try file("\(name).json", ExportFixtures.render(.cslJSON, records).text)
            let result = try python.run([checker("check_csl.py"), schema.path, json.path])
            XCTAssertEqual(result.status, 0, "\(name): \(result.output)")
            XCTAssertTrue(result.output.contains("{\"items\": \(records.count)}"), result.output)
        }
    }

    func testTheCSLSchemaRejectsABrokenFile() throws {
        let python = try ExternalTool.python(with: "jsonschema", package: "jsonschema==4.26.0")
        let schema = try PublishedSchema.cslData.locate()
        let good = ExportFixtures.render(.cslJSON, [ExportFixtures.bundled("paper-2018-06-20")]).text
        let broken = [
            good.replacingOccurrences(of: "\"archive\"", with: "\"eprint\""),          // not a CSL variable
            good.replacingOccurrences(of: "\"type\" : \"article\"", with: "\"type\" : \"preprint\""),
            good.replacingOccurrences(of: "\"id\" : \"jacot2018neural\",", with: ""),
        ]
        for (number, text) in broken.enumerated() {
            XCTAssertNotEqual(text, good, "the replacement \(number) applies")
            let result = try python.run([checker("check_csl.py"), schema.path, try file("broken-\(number).json", text).path])
            XCTAssertNotEqual(result.status, 0, "broken file \(number) accepted: \(result.output)")
        }
    }

    // MARK: frab schedule.xml

    func testScheduleIsValidAgainstTheFrabSchema() throws {
        let xmllint = try ExternalTool.find("xmllint", install: "Debian: libxml2-utils")
        let schema = try PublishedSchema.frabSchedule.locate()
        for (name, records) in Self.archives {
            let xml = try file("\(name).xml", ExportFixtures.render(.frab, records).text)
            let result = try xmllint.run(["--noout", "--schema", schema.path, xml.path])
            XCTAssertEqual(result.status, 0, "\(name): \(result.output)")
            XCTAssertTrue(result.output.contains("validates"), result.output)
        }
    }

    func testTheFrabSchemaRejectsABrokenSchedule() throws {
        let xmllint = try ExternalTool.find("xmllint", install: "Debian: libxml2-utils")
        let schema = try PublishedSchema.frabSchedule.locate()
        let good = ExportFixtures.render(.frab, [ExportFixtures.bundled("ellis-2026-03-16")]).text
        let broken = [
            good.replacingOccurrences(of: " guid=\"", with: " data-guid=\""),       // every event needs a guid
            good.replacingOccurrences(of: "<start>17:00</start>", with: "<start>5pm</start>"),
            good.replacingOccurrences(of: "</title>", with: " & </title>"),      // not well-formed
            good.replacingOccurrences(of: "<duration>01:00</duration>", with: ""),
        ]
        for (number, text) in broken.enumerated() {
            let result = try xmllint.run(["--noout", "--schema", schema.path, try file("broken-\(number).xml", text).path])
            XCTAssertNotEqual(result.status, 0, "broken schedule \(number) accepted: \(result.output)")
        }
    }
}

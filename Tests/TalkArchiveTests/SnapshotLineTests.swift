import Foundation
import GRDB
import XCTest
@testable import TalkArchive

/// Real lines of the arXiv snapshot (`Tests/Fixtures/arxiv-snapshot`): read by the scanner as
/// Foundation reads them, turned into papers dated by their first version, named in Unicode,
/// marked when withdrawn, and found in the index with or without accents.
final class SnapshotLineTests: XCTestCase {
    // MARK: The scanner

    func testTheScannerReadsRealLinesAsFoundationDoes() throws {
        for object in try SnapshotFixture.lines() {
            let id = try XCTUnwrap(object["id"] as? String)
            let fields = try JSONFieldScanner.strings(in: Array(try SnapshotFixture.rawLine(id).utf8))
            for (key, value) in object {
                switch value {
                case let text as String: XCTAssertEqual(fields.strings[key], text, "\(id) \(key)")
                case is NSNull: XCTAssertTrue(fields.nulls.contains(key), "\(id) \(key)")
                default: break
                }
            }
            let versions = try XCTUnwrap(object["versions"] as? [[String: String]])
            XCTAssertEqual(fields.firstVersionCreated, versions.first?["created"], id)
            XCTAssertEqual(fields.authorsParsed, object["authors_parsed"] as? [[String]], id)
            XCTAssertEqual(fields.otherTypes, [], id)
            XCTAssertEqual(fields.misshapen, [], id)
        }
    }

    func testRealLinesBecomePapers() throws {
        let first = try paper("0704.0001")
        XCTAssertEqual(first.date.iso, "2007-04-02", "dated by its first version, not by update_date")
        XCTAssertEqual(first.updated?.iso, "2008-11-26")
        XCTAssertEqual(first.authors, ["C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C.-P. Yuan"])
        XCTAssertEqual(first.affiliations, [])
        XCTAssertFalse(first.withdrawn)
        XCTAssertEqual(first.title, "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies")
        XCTAssertEqual(try paper("0704.0062").authors, ["Rastislav Šrámek", "Broňa Brejová", "Tomáš Vinař"])
        XCTAssertEqual(try paper("0704.0049").authors, ["Mikkel Øbro"])
        XCTAssertEqual(try paper("0704.0009").authors.last(where: { $0.hasSuffix("II") }), "Neal J. Evans II")
        XCTAssertEqual(try paper("0704.0128").authors.count, 15)
        // Reference numbers in the fourth place are no affiliation; a real one is kept, collapsed.
        XCTAssertEqual(try paper("0704.0025").affiliations, [])
        XCTAssertEqual(try paper("0704.0163").affiliations, Array(repeating: "Institut für Theoretische und Angewandte Physik, Universität Stuttgart", count: 2))
        XCTAssertEqual(try paper("0704.0199").record.speakers,
                       [Speaker(name: "Christian Krattenthaler", affiliation: "Universität Wien"),
                        Speaker(name: "Thomas Müller", affiliation: "Queen Mary & Westfield College, University of London")])
        // Accents in abstracts are Unicode in the index; math stays as written, for its words.
        XCTAssertTrue(try XCTUnwrap(paper("0704.0010").abstract).contains("Djoković's"))
        XCTAssertTrue(try XCTUnwrap(paper("0704.0002").abstract).contains(#"$(k,\ell)$-pebble game"#))
        let withdrawn = try paper("0704.0156")
        XCTAssertTrue(withdrawn.withdrawn)
        XCTAssertEqual(withdrawn.date.iso, "2007-04-02")
        XCTAssertEqual(try SnapshotFixture.lines().filter { try paper($0["id"] as! String).withdrawn }.map { $0["id"] as! String }, ["0704.0156"])
        let old = try paper("hep-th/9608091")
        XCTAssertEqual(old.id, "arxiv-hep-th_9608091")
        XCTAssertEqual(old.date.iso, "1996-08-14")
        XCTAssertEqual(old.affiliations, Array(repeating: "Bologna Univ. and INFN", count: 4))
    }

    func testDatesAndWithdrawalsFromTheirFields() {
        XCTAssertEqual(ArxivEntry.day(rfc2822: "Mon, 2 Apr 2007 19:18:42 GMT")?.iso, "2007-04-02")
        XCTAssertEqual(ArxivEntry.day(rfc2822: "Sat, 31 Mar 2007 02:26:18 GMT")?.iso, "2007-03-31")
        XCTAssertEqual(ArxivEntry.day(rfc2822: "14 Aug 1996 16:31:26 GMT")?.iso, "1996-08-14")
        for bad in ["", "Mon,", "Mon, 31 Feb 2007 00:00:00 GMT", "Mon, 2 April 2007", "2007-04-02", "Mon, x Apr 2007"] {
            XCTAssertNil(ArxivEntry.day(rfc2822: bad), bad)
        }
        XCTAssertEqual(ArxivEntry.dateFromID("hep-th/9608091")?.iso, "1996-08-01")
        XCTAssertEqual(ArxivEntry.dateFromID("math/0309136")?.iso, "2003-09-01")
        XCTAssertEqual(ArxivEntry.dateFromID("2304.09871")?.iso, "2023-04-01")
        let withdrawn: [(String?, String?)] = [
            ("This paper has been withdrawn by the authors.", nil), ("Withdrawn due to an error in Lemma 2", nil),
            ("This submission has been withdrawn by arXiv administrators", nil), (nil, "  This paper has been withdrawn by the author due to a crucial sign error."),
            ("12 pages", "Withdrawn."), (nil, "paper withdrawn"),
        ]
        for (comments, abstract) in withdrawn {
            XCTAssertTrue(ArxivEntry.isWithdrawn(comments: comments, abstract: abstract), "\(comments ?? "") \(abstract ?? "")")
        }
        let kept: [(String?, String?)] = [
            ("12 pages, 3 figures", "We study gradient descent."), (nil, "We follow patients who had been withdrawn from treatment."),
            ("v2: withdrawal of Section 3 explained", nil), (nil, nil),
            (nil, "We study how withdrawn capital flows. This paper has been withdrawn is a phrase we also study."),
        ]
        for (comments, abstract) in kept {
            XCTAssertFalse(ArxivEntry.isWithdrawn(comments: comments, abstract: abstract), "\(comments ?? "") \(abstract ?? "")")
        }
    }

    // MARK: Hostile lines

    func testMisshapenArraysFallBackToTheOtherFields() throws {
        let base = #""id": "2301.00001", "title": "T", "authors": "Ana Silva and Wei Chen", "update_date": "2023-02-01""#
        let cases: [(String, [String], String)] = [
            (#""versions": [], "authors_parsed": []"#, ["Ana Silva", "Wei Chen"], "2023-02-01"),
            (#""versions": ["v1"], "authors_parsed": [["Silva"], "Chen"]"#, ["Ana Silva", "Wei Chen"], "2023-02-01"),
            (#""versions": [{"created": 7}], "authors_parsed": [["a", "b", "c", "d", "e"]]"#, ["Ana Silva", "Wei Chen"], "2023-02-01"),
            (#""versions": [{"created": "not a date"}], "authors_parsed": [["", "", ""]]"#, ["Ana Silva", "Wei Chen"], "2023-02-01"),
            (#""versions": [{"version": "v1", "created": "Tue, 3 Jan 2023 10:00:00 GMT"}, 5, {"x": [[]]}], "authors_parsed": [["Silva", "Ana", ""]]"#, ["Ana Silva"], "2023-01-03"),
            // A repeated key keeps its last value.
            (#""versions": [{"created": "Tue, 3 Jan 2023 10:00:00 GMT"}], "versions": null, "authors_parsed": [["X", "Y", ""]], "authors_parsed": [["Chen", "Wei", ""]]"#, ["Wei Chen"], "2023-02-01"),
        ]
        for (extra, authors, date) in cases {
            let entry = try ArxivEntry(line: Array("{\(base), \(extra)}".utf8))
            let paper = try entry.paper().get()
            XCTAssertEqual(paper.authors, authors, extra)
            XCTAssertEqual(paper.date.iso, date, extra)
        }
    }

    func testHostileLinesAreClearProblemsNotCrashes() throws {
        let base = #""id": "2301.00001", "title": "T", "authors": "A""#
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        let tooMany = "[" + Array(repeating: #"["a","b",""]"#, count: JSONFieldScanner.maxNames + 1).joined(separator: ",") + "]"
        let cases: [(String, String)] = [
            (#""versions": "Mon, 2 Apr 2007""#, "“versions” has the wrong type"),
            (#""versions": {"created": "Mon, 2 Apr 2007 19:18:42 GMT"}"#, "“versions” has the wrong type"),
            (#""authors_parsed": "Balázs, C.""#, "“authors_parsed” has the wrong type"),
            (#""authors_parsed": 4"#, "“authors_parsed” has the wrong type"),
            (#""comments": ["withdrawn"]"#, "“comments” has the wrong type"),
            (#""versions": "# + deep, "not valid JSON"),
            (#""authors_parsed": "# + deep, "not valid JSON"),
            (#""authors_parsed": [["a", "b", ["#, "not valid JSON"),
            (#""versions": [{"created": "x"}"#, "not valid JSON"),
            (#""authors_parsed": "# + tooMany, "more than 20000 names in “authors_parsed”"),
        ]
        for (extra, expected) in cases {
            XCTAssertThrowsError(try ArxivEntry(line: Array("{\(base), \(extra)}".utf8)), String(extra.prefix(60))) { error in
                XCTAssertTrue((error as? ImportProblem)?.message.contains(expected) == true, "\(extra.prefix(60)): \(error)")
            }
        }
        // Huge but legal: 20,000 names, and a versions array of 100,000 entries of which one is read.
        let many = "[" + Array(repeating: #"["a","b",""]"#, count: JSONFieldScanner.maxNames).joined(separator: ",") + "]"
        XCTAssertEqual(try ArxivEntry(line: Array("{\(base), \"authors_parsed\": \(many)}".utf8)).authorsParsed?.count, JSONFieldScanner.maxNames)
        let versions = "[" + Array(repeating: #"{"version":"v1","created":"Mon, 2 Apr 2007 19:18:42 GMT"}"#, count: 100_000).joined(separator: ",") + "]"
        XCTAssertEqual(try ArxivEntry(line: Array("{\(base), \"versions\": \(versions)}".utf8)).paper().get().date.iso, "2007-04-02")
    }

    // MARK: Through the index

    func testImportedRealLinesAreFoundWithOrWithoutAccents() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("talks-snapshot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let archive = root.appendingPathComponent("archive"), cache = root.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        try "9. March 2026 @ 5pm CET\nSome talk\nAda Lovelace, Somewhere\n".write(to: archive.appendingPathComponent("ellis.txt"), atomically: true, encoding: .utf8)
        // Given the real lines and a line of 250 authors (made here: no real one was found)
        let file = root.appendingPathComponent("snapshot.jsonl")
        var text = try SnapshotFixture.files.map { try String(contentsOf: $0, encoding: .utf8) }.joined()
        text += SnapshotLineTests.manyAuthorsLine(250) + "\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
        // When they are imported
        let summary = try ArchiveIndex.importArxiv(file, archive: archive, cache: cache)
        XCTAssertEqual(summary.imported, 17)
        XCTAssertEqual(summary.skipped, 0)
        // Then names are found with and without their accents
        var index = try ArchiveIndex.open(archive: archive, cache: cache)
        for query in ["speaker:balazs", "speaker:Balázs", "speaker:BALAZS", "balázs"] {
            XCTAssertEqual(try index.search(query).map(\.record.id), ["arxiv-0704.0001"], query)
        }
        for query in ["speaker:sramek", "speaker:Šrámek", "speaker:vinar"] {
            XCTAssertEqual(try index.search(query).map(\.record.id), ["arxiv-0704.0062"], query)
        }
        XCTAssertEqual(try index.search("speaker:obro").map(\.record.id), ["arxiv-0704.0049"])
        XCTAssertEqual(try index.search("djokovic").map(\.record.id), ["arxiv-0704.0010"])
        XCTAssertEqual(Set(try index.search("affiliation:stuttgart").map(\.record.id)), ["arxiv-0704.0163"])
        XCTAssertEqual(try index.search("speaker:ravanini").map(\.record.id), ["arxiv-hep-th_9608091"])
        XCTAssertTrue(try index.search("ell pebble").map(\.record.id).contains("arxiv-0704.0002"), "TeX keeps its words for search")
        // and dated by their first version, with the metadata's date kept, withdrawals marked
        try checkRecords(index)
        // and all of it survives a rebuild of the pages, which carries the imports over.
        try "16. March 2026 @ 5pm CET\nAnother talk\nAda Lovelace, Somewhere\n".write(to: archive.appendingPathComponent("ellis-2.txt"), atomically: true, encoding: .utf8)
        index = try ArchiveIndex.open(archive: archive, cache: cache)
        XCTAssertEqual(try index.records(kind: .talk).count, 2)
        try checkRecords(index)
    }

    private func checkRecords(_ index: ArchiveIndex) throws {
        let first = try XCTUnwrap(index.record(id: "arxiv-0704.0001"))
        XCTAssertEqual(first.date.iso, "2007-04-02")
        XCTAssertEqual(first.updated?.iso, "2008-11-26")
        XCTAssertFalse(first.isWithdrawn)
        XCTAssertEqual(first.speakers.first?.name, "C. Balázs")
        XCTAssertEqual(try index.record(id: "arxiv-0704.0156")?.isWithdrawn, true)
        XCTAssertEqual(try index.search("withdrawn").map(\.record.id), ["arxiv-0704.0156"])
        XCTAssertEqual(try index.record(id: "arxiv-0704.0163")?.speakers.first?.affiliation,
                       "Institut für Theoretische und Angewandte Physik, Universität Stuttgart")
        let many = try XCTUnwrap(index.record(id: "arxiv-2301.09999"))
        XCTAssertEqual(many.speakers.count, 250)
        XCTAssertEqual(many.authorCount, 250)
        XCTAssertEqual(many.speakers.last?.name, "Author250 Collaborator")
        XCTAssertEqual(try index.search("year:2007 kind:paper").count, 15, "2007 by first version, not by update_date")
    }

    /// A line shaped like the snapshot's with `count` authors (made up: no real one was found).
    static func manyAuthorsLine(_ count: Int) -> String {
        let names = (1...count).map { "Author\($0) Collaborator" }
        let parsed = (1...count).map { #"["Collaborator","Author\#($0)",""]"# }.joined(separator: ",")
        return #"{"id":"2301.09999","submitter":"A","authors":"\#(names.joined(separator: ", "))","title":"A large collaboration","comments":null,"journal-ref":null,"doi":null,"report-no":null,"categories":"hep-ex","license":null,"abstract":"  Many authors.\n","versions":[{"version":"v1","created":"Tue, 3 Jan 2023 10:00:00 GMT"}],"update_date":"2023-01-04","authors_parsed":[\#(parsed)]}"#
    }

    private func paper(_ id: String) throws -> ImportedPaper {
        try ArxivEntry(line: Array(try SnapshotFixture.rawLine(id).utf8)).paper().get()
    }
}

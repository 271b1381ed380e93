import GRDB
import XCTest
@testable import TalkArchive

/// `talks import --format arxiv-jsonl`: streamed into a new index, linked to talks, kept across rebuilds.
final class ImportTests: XCTestCase {
    var root: URL!
    var archive: URL { root.appendingPathComponent("archive") }
    var cache: URL { root.appendingPathComponent("cache") }

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("talks-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        try "9. March 2026 @ 5pm CET\nHow Does Sharpness-Aware Minimization Minimize Sharpness?\nKaiyue Wen, Stanford University, USA\narXiv: https://arxiv.org/abs/2211.05729\n"
            .write(to: archive.appendingPathComponent("ellis.txt"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

    private func snapshot(_ lines: [String], name: String = "snapshot.jsonl") throws -> URL {
        let url = root.appendingPathComponent(name)
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    private func entry(_ id: String, _ title: String, authors: String = "Ada Lovelace and Charles Babbage", date: String = "2023-01-01") -> String {
        #"{"id": "\#(id)", "title": "\#(title)", "authors": "\#(authors)", "abstract": "About \#(title).", "categories": "cs.LG", "update_date": "\#(date)"}"#
    }

    func testImportedPapersAreSearchableAndLinkedToTheirTalk() throws {
        let file = try snapshot([entry("2211.05729v2", "How Does Sharpness-Aware Minimization Minimize Sharpness?", authors: "Kaiyue Wen, Tengyu Ma, Zhiyuan Li"),
                                 entry("1806.07572", "Neural Tangent Kernel"), "", entry("not-an-id", "Skipped")])
        var reports = 0
        let summary = try ArchiveIndex.importArxiv(file, archive: archive, cache: cache) { _ in reports += 1 }
        XCTAssertEqual(summary.imported, 2)
        XCTAssertEqual(summary.skipped, 1)
        XCTAssertEqual(summary.linkedTalks, 1)
        XCTAssertGreaterThan(reports, 0)
        let index = try ArchiveIndex.open(archive: archive, cache: cache)
        XCTAssertEqual(try index.search("speaker:lovelace").map(\.record.id), ["arxiv-1806.07572"])
        let paper = try XCTUnwrap(index.record(id: "arxiv-2211.05729"))
        XCTAssertEqual(paper.speakers.map(\.name), ["Kaiyue Wen", "Tengyu Ma", "Zhiyuan Li"])
        XCTAssertEqual(paper.related, ["ellis-2026-03-09"])
        XCTAssertEqual(try index.record(id: "ellis-2026-03-09")?.related, ["arxiv-2211.05729"])
        XCTAssertEqual(try index.importedSources().map(\.records), [2])
        // The bulk fill's FTS5 settings are back to SQLite's defaults for any later write.
        let config = try DatabaseQueue(path: summary.indexPath).read { db in
            try Row.fetchAll(db, sql: "SELECT k, v FROM record_fts_config ORDER BY k").map { "\($0[0] as String)=\($0[1] as Int)" }
        }
        XCTAssertEqual(config, ["automerge=4", "hashsize=1048576", "version=4"])
    }

    func testKindFiltersHoldForImportsAndAfterAPageChange() throws {
        // Papers dated before and after the talk, so kinds and dates do not follow each other.
        let file = try snapshot([entry("2001.00001", "Sharpness early", date: "2020-01-01"),
                                 entry("2604.00001", "Sharpness later", date: "2026-04-01")])
        _ = try ArchiveIndex.importArxiv(file, archive: archive, cache: cache)
        let ids = { (query: String) in try ArchiveIndex.open(archive: self.archive, cache: self.cache).search(query).map(\.record.id) }
        XCTAssertEqual(try ids("sharpness kind:talk"), ["ellis-2026-03-09"])
        XCTAssertEqual(Set(try ids("sharpness kind:paper")), ["arxiv-2001.00001", "arxiv-2604.00001"])
        // A new page is built in with the imports carried over: they stay papers, it a talk.
        try "16. March 2026 @ 5pm CET\nSharpness again\nAda Lovelace, Somewhere\n"
            .write(to: archive.appendingPathComponent("ellis-2.txt"), atomically: true, encoding: .utf8)
        XCTAssertEqual(Set(try ids("sharpness kind:talk")), ["ellis-2026-03-09", "ellis-2026-03-16"])
        XCTAssertEqual(Set(try ids("sharpness -kind:talk")), ["arxiv-2001.00001", "arxiv-2604.00001"])
    }

    func testDatesAmongImportsAreRowidRangesThatHoldEveryFilter() throws {
        // A snapshot out of date order, two papers on one day, papers on both sides of the talks.
        let dates = ["2024-05-01", "2019-12-31", "2026-03-10", "2020-01-01", "2022-06-15", "2020-01-01", "2026-12-31", "2008-02-29"]
        let file = try snapshot(dates.enumerated().map { entry("2\($0.offset)01.0000\($0.offset)", "Sharpness \($0.offset)", date: $0.element) })
        try "16. March 2026 @ 5pm CET\nSharpness again\nAda Lovelace, Somewhere\n"
            .write(to: archive.appendingPathComponent("ellis-2.txt"), atomically: true, encoding: .utf8)
        _ = try ArchiveIndex.importArxiv(file, archive: archive, cache: cache)
        let index = try ArchiveIndex.open(archive: archive, cache: cache)
        // Talks first, then papers, each by date then id: what `RowidLayout` counts on.
        let order = try index.database.read { db in
            try Row.fetchAll(db, sql: "SELECT kind <> 'talk', date, id FROM record ORDER BY rowid").map { "\($0[0] as Int) \($0[1] as String) \($0[2] as String)" }
        }
        XCTAssertEqual(order, order.sorted())
        XCTAssertEqual(order.count, dates.count + 2)
        let all = try index.records()
        let filters: [(String, (Day) -> Bool)] = [
            ("after:2020-01-01", { $0 >= Day(iso: "2020-01-01")! }), ("before:2020-01-01", { $0 < Day(iso: "2020-01-01")! }),
            ("year:2020", { $0.year == 2020 }), ("year:2026", { $0.year == 2026 }), ("-year:2020", { $0.year != 2020 }),
            ("after:2020-01-01 before:2026-03-10", { $0 >= Day(iso: "2020-01-01")! && $0 < Day(iso: "2026-03-10")! }),
            ("year:2020 after:2019-01-01 before:2020-01-02", { $0 == Day(iso: "2020-01-01")! }), ("after:2027-01-01", { _ in false }), ("before:2000-01-01", { _ in false }), ("year:2008", { $0.year == 2008 }),
        ]
        let kinds: [(String, (RecordKind) -> Bool)] = [("", { _ in true }), (" kind:paper", { $0 == .paper }),
                                                       (" kind:talk", { $0 == .talk }), (" -kind:talk", { $0 != .talk }),
                                                       (" kind:talk kind:paper", { _ in false })]
        for (filter, holds) in filters {
            for (kind, isKind) in kinds {
                let query = "sharpness " + filter + kind
                let expected = all.filter { holds($0.date) && isKind($0.kind) }
                XCTAssertEqual(Set(try index.search(query).map(\.record.id)), Set(expected.map(\.id)), query)
                // Newest first, as the browser lists by date.
                let listed = try index.firstRows(for: SearchRequest(query: try SearchQuery(parsing: query), order: .date, rows: 30, select: nil)).slice.hits.map(\.record.id)
                XCTAssertEqual(listed, expected.sorted { ($0.date, $0.id) > ($1.date, $1.id) }.map(\.id), query)
            }
        }
    }

    func testAMalformedLineStopsTheImportAndChangesNothing() throws {
        _ = try ArchiveIndex.importArxiv(try snapshot([entry("1806.07572", "First")], name: "a.jsonl"), archive: archive, cache: cache)
        let bad = try snapshot([entry("2301.00001", "Fine"), "{\"id\": \"2301.00002\", \"title\": ", entry("2301.00003", "Never")], name: "b.jsonl")
        XCTAssertThrowsError(try ArchiveIndex.importArxiv(bad, archive: archive, cache: cache)) { error in
            XCTAssertTrue("\(error)".contains("b.jsonl:2: not a line of the arXiv metadata snapshot"), "\(error)")
        }
        let index = try ArchiveIndex.open(archive: archive, cache: cache)
        XCTAssertEqual(try index.records(kind: .paper).map(\.id), ["arxiv-1806.07572"], "the previous index is intact")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [])
    }

    func testImportsSurviveAPageChangeAndReimportReplaces() throws {
        let file = try snapshot([entry("1806.07572", "Neural Tangent Kernel")])
        _ = try ArchiveIndex.importArxiv(file, archive: archive, cache: cache)
        _ = try ArchiveIndex.importArxiv(try snapshot([entry("2001.00001", "Other")], name: "other.jsonl"), archive: archive, cache: cache)
        try "2. March 2026 @ 5pm CET\nAnother Talk\nBob, Somewhere\n".write(to: archive.appendingPathComponent("more.txt"), atomically: true, encoding: .utf8)
        var index = try ArchiveIndex.open(archive: archive, cache: cache)
        XCTAssertEqual(try index.records(kind: .talk).count, 2, "the pages were rebuilt")
        XCTAssertEqual(Set(try index.records(kind: .paper).map(\.id)), ["arxiv-1806.07572", "arxiv-2001.00001"], "imports carried over")
        _ = try ArchiveIndex.importArxiv(try snapshot([entry("1806.07572", "Neural Tangent Kernel, revised")]), archive: archive, cache: cache)
        index = try ArchiveIndex.open(archive: archive, cache: cache)
        XCTAssertEqual(try index.record(id: "arxiv-1806.07572")?.title, "Neural Tangent Kernel, revised")
        XCTAssertEqual(try index.importedSources().count, 2)
    }

    /// Issue 15, findings 9 and 12: a NUL cut the title for FTS5; an id ending in a line break was taken.
    func testControlCharactersNeitherCutTitlesNorPassAsIds() throws {
        let file = try snapshot([entry("1806.07572", "Before\\u0000After the \\u001b[31mescape"),
                                 entry("2001.00001\\n", "Line feed"), entry("2001.00002\\r", "Carriage return"),
                                 entry("2001.00003\\u0085", "Next line"), entry("2001.00004\\u2028", "Line separator")])
        let summary = try ArchiveIndex.importArxiv(file, archive: archive, cache: cache)
        XCTAssertEqual(summary.imported, 1)
        XCTAssertEqual(summary.skipped, 4)
        let index = try ArchiveIndex.open(archive: archive, cache: cache)
        XCTAssertEqual(try index.record(id: "arxiv-1806.07572")?.title, "Before After the \u{1B}[31mescape", "kept; sanitized for display")
        XCTAssertEqual(try index.search("title:after").map(\.record.id), ["arxiv-1806.07572"])
        for text in ["2211.05729\n", "2211.05729\r", "2211.05729\u{85}", "2211.05729\u{2028}", "hep-th/9901001\n", "2211.05729v2\n"] {
            XCTAssertNil(ArxivID.normalize(text), text.debugDescription)
        }
        XCTAssertNil(PaperIdentifier(parsing: "10.1103/PhysRev.47.777\n"))
        XCTAssertNil(PaperIdentifier(parsing: "10.1103/PhysRev\u{1B}[2J"))
        XCTAssertEqual(ArxivID.normalize("2211.05729v2"), "2211.05729")
    }

    func testANewerSnapshotUnderAnotherNameUpdatesThePapersItHolds() throws {
        _ = try ArchiveIndex.importArxiv(try snapshot([entry("1806.07572", "Neural Tangent Kernel"), entry("2001.00001", "Other")],
                                                      name: "2023.jsonl"), archive: archive, cache: cache)
        _ = try ArchiveIndex.importArxiv(try snapshot([entry("1806.07572", "Neural Tangent Kernel, revised")], name: "2024.jsonl"),
                                         archive: archive, cache: cache)
        let index = try ArchiveIndex.open(archive: archive, cache: cache)
        XCTAssertEqual(try index.record(id: "arxiv-1806.07572")?.title, "Neural Tangent Kernel, revised", "the file imported last wins")
        XCTAssertEqual(try index.record(id: "arxiv-2001.00001")?.title, "Other", "what only the older file holds stays")
    }

    /// The byte-level `collapse` and `splitAuthors` give what the character-level rules give.
    func testByteFastPathsAgreeWithCharacterRules() {
        func collapse(_ text: some StringProtocol) -> String {
            text.split(whereSeparator: { $0.isWhitespace || $0.unicodeScalars.first == "\0" }).joined(separator: " ")
        }
        func authors(_ text: String) -> [String] {
            var names: [String] = []
            for part in collapse(text).split(whereSeparator: { $0 == "," || $0 == ";" }) {
                var rest = Substring(part)
                while let and = rest.range(of: " and ") {
                    names.append(String(rest[..<and.lowerBound]))
                    rest = rest[and.upperBound...]
                }
                names.append(String(rest))
            }
            return names.map { collapse($0) }.filter { !$0.isEmpty }
        }
        let samples = ["", "  ", "\t\n", "Ana  Silva,\tWei Chen and Omar Cohen ", "Hugo García, Sarah Öztürk and Tomás Zhang",
                       "x, and y", "a and and b", "A;B;;C", " and ", "and", "A and", "Zoë\u{00A0}Adams and B", "x\u{0085}y",
                       "Renée\u{301} , X", " \u{301}and Y", "x and\u{301} y", ",\u{301}A", "Łukasz Kaiser and Ilya Sutskever",
                       "A ,and B", "Ἀριστοτέλης and Πλάτων", "李 and 王", "a\r\nb and c", "e\u{301}, d", "A\u{37E}B", "ʼAli and Ō",
                       "Before\u{0}After", "\u{1B}[31mRed\u{7F}", "Zoë\u{0}李"]
        for sample in samples {
            XCTAssertEqual(TextTools.collapse(sample), collapse(sample), sample.debugDescription)
            XCTAssertEqual(ArxivEntry.splitAuthors(sample), authors(sample), sample.debugDescription)
        }
        // The index's "; "-joined authors come back apart as Foundation would split them.
        for joined in ["A", "A; B", "A; B; C", "A;B; C", "A;; B", "A; ", "; A", "Zoë; 李; e\u{301}", "A ;B"] {
            XCTAssertEqual(ImportedPaper.authors(joined: joined), joined.components(separatedBy: "; "), joined.debugDescription)
        }
        XCTAssertEqual(ImportedPaper.authors(joined: ""), [])
    }

    func testEntryFieldsAndFallbacks() {
        XCTAssertEqual(ArxivEntry.splitAuthors("A. One, B. Two and C. Three"), ["A. One", "B. Two", "C. Three"])
        XCTAssertEqual(ArxivEntry.dateFromID("2304.09871")?.iso, "2023-04-01")
        let old = ArxivEntry(id: "hep-th/9901001", title: "Strings", authors: "E. Witten", abstract: nil, categories: nil, update_date: "2008-01-01")
        XCTAssertEqual(try old.paper().get().id, "arxiv-hep-th_9901001")
    }
}

/// Files that are not snapshots, or broken ones: file and line, nothing imported, the index intact.
final class MalformedImportTests: XCTestCase {
    func testEveryKindOfBrokenFileIsRefusedWithItsLine() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("talks-malformed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let archive = root.appendingPathComponent("archive"), cache = root.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        let good = #"{"id": "1806.07572", "title": "Neural Tangent Kernel", "authors": "A. Jacot", "update_date": "2018-06-20"}"#
        try Data((good + "\n").utf8).write(to: root.appendingPathComponent("good.jsonl"))
        _ = try ArchiveIndex.importArxiv(root.appendingPathComponent("good.jsonl"), archive: archive, cache: cache)
        let cases: [(String, Data, String)] = [
            ("binary", Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0xFF, 0x0A]), ":1: not a line of the arXiv metadata snapshot (not valid JSON at byte 1)"),
            ("utf8", Data((good + "\n").utf8) + Data(#"{"id": "2301.00001", "title": "Bad "#.utf8) + Data([0xC3, 0x28]) + Data(#"", "authors": "X"}"#.utf8),
             ":2: not a line of the arXiv metadata snapshot (invalid UTF-8"),
            ("truncated", Data((good + "\n" + good.prefix(40)).utf8), ":2: not a line of the arXiv metadata snapshot (not valid JSON"),
            ("huge", Data((good + "\n").utf8) + Data(repeating: 0x61, count: 9 << 20), ":2: a line longer than 8 MiB"),
            ("nested", Data((String(repeating: #"{"a": ["#, count: 100) + "\n").utf8), ":1: not a line of the arXiv metadata snapshot (not valid JSON"),
            ("types", Data(#"{"id": 1806.07572, "title": "T", "authors": "A"}"#.utf8), ":1: not a line of the arXiv metadata snapshot (“id” has the wrong type)"),
        ]
        for (name, data, expected) in cases {
            let file = root.appendingPathComponent("\(name).jsonl")
            try data.write(to: file)
            XCTAssertThrowsError(try ArchiveIndex.importArxiv(file, archive: archive, cache: cache), name) { error in
                XCTAssertTrue("\(error)".contains(file.path + expected), "\(name): \(error)")
            }
        }
        let index = try ArchiveIndex.open(archive: archive, cache: cache)
        XCTAssertEqual(try index.records(kind: .paper).map(\.id), ["arxiv-1806.07572"], "nothing already stored changed")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".tmp") }, [])
    }

    func testScannerReadsEscapesAndSkipsNestedValues() throws {
        let line = #"{"id": "x", "title": "caf\u00e9 \ud83d\ude00 \"q\" \\ \/ \n", "extra": [{"v": "1", "n": [1, -2.5e3, true, null]}], "abstract": null}"#
        let fields = try JSONFieldScanner.strings(in: Array(line.utf8))
        XCTAssertEqual(fields.strings["title"], "café 😀 \"q\" \\ / \n")
        XCTAssertEqual(fields.otherTypes, ["extra"])
        XCTAssertEqual(fields.nulls, ["abstract"])
        for bad in [#"{"a": "b"} x"#, #"{"a": tru}"#, #"{"a": "b",}"#, #"{"a" "b"}"#, "{\"a\": \"\u{01}\"}", #"{"a": "\q"}"#, #"["a"]"#] {
            XCTAssertThrowsError(try JSONFieldScanner.strings(in: Array(bad.utf8)), bad)
        }
    }
}

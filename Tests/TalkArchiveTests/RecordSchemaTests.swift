import GRDB
import XCTest
@testable import TalkArchive

/// The schema named once: the tables an index holds are the ones `RecordSchema` names, with
/// exactly its columns, and every record of the real archive comes back from its row unchanged.
final class RecordSchemaTests: XCTestCase {
    private let index = try! ArchiveIndex.inMemory(Fixtures.archive)

    func testTheRecordTableHasExactlyTheNamedColumns() throws {
        // Given the real archive's index
        // When its record table's columns are listed
        let columns = try index.database.read { db in try db.columns(in: RecordSchema.table).map(\.name) }
        // Then they are the rowid and the named columns, in order
        XCTAssertEqual(columns, ["rowid"] + RecordSchema.Column.allCases.map(\.rawValue))
    }

    func testTheNamedTablesExistAndTheStagingTableIsGone() throws {
        let tables = try index.database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        for name in [RecordSchema.table, RecordSchema.fts, RecordSchema.talkFTS, RecordSchema.meta, RecordSchema.term, RecordSchema.identifiers] {
            XCTAssertTrue(tables.contains(name), "\(name) missing from \(tables)")
        }
        XCTAssertFalse(tables.contains(RecordSchema.paperStaging))
    }

    func testTheFullTextIndexesHaveTheSearchedColumns() throws {
        for fts in [RecordSchema.fts, RecordSchema.talkFTS] {
            let columns = try index.database.read { db in
                try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [fts])
            }
            XCTAssertEqual(columns, RecordSchema.searchedColumns, fts)
        }
    }

    func testEveryRecordRoundTripsThroughItsRow() throws {
        // Given every record of the real archive, stored by `RecordSchema.insert`
        let decoded = try index.database.read { db in
            try Row.fetchAll(db, sql: "SELECT \(RecordSchema.selected) FROM \(RecordSchema.table)").map(RecordSchema.decode)
        }
        // Then decoding the rows gives the same records (links to papers aside, which the index adds)
        XCTAssertEqual(decoded.count, Fixtures.archive.records.count)
        let byID = Dictionary(uniqueKeysWithValues: decoded.map { ($0.id, $0) })
        for record in Fixtures.archive.records {
            XCTAssertEqual(byID[record.id], record, record.id)
        }
    }

    func testAnImportedPaperComesBackFromItsColumnsAlone() throws {
        // Given an imported paper's row (no JSON), written the way the importer writes it
        let queue = try DatabaseQueue()
        let paper = ImportedPaper(arxiv: "2211.05729", date: Day(iso: "2022-11-10")!, title: "A title; with a semicolon",
                                  authors: ["Ada Lovelace", "Émile Borel"], affiliations: ["Cambridge", "Paris"],
                                  abstract: "Words.", updated: Day(iso: "2023-01-02"), withdrawn: true)
        let record = try queue.write { db -> ArchiveRecord in
            try db.execute(sql: "CREATE TABLE \(RecordSchema.paperStaging)(rowid INTEGER PRIMARY KEY, \(RecordSchema.storedColumns))")
            try paper.insert(origin: "/tmp/snapshot.json", db)
            return try RecordSchema.decode(Row.fetchOne(db, sql: "SELECT \(RecordSchema.selected.replacingOccurrences(of: "\(RecordSchema.table).", with: "")) FROM \(RecordSchema.paperStaging)")!)
        }
        // Then the record is the paper's, with its authors paired with their affiliations
        XCTAssertEqual(record, paper.record)
    }
}

import Foundation
import GRDB

/// The record ⇄ row mapping: what a record's columns hold, and a record back from them.
extension RecordSchema {
    // MARK: - Reading

    /// The columns ``decode(_:)`` reads a record from, first in every row it decodes.
    static let selected = [Column.json, .id, .date, .title, .speakers, .abstract, .affiliations, .updated, .withdrawn]
        .map(\.qualified).joined(separator: ", ")
    /// The position of the first column a query selects after ``selected``.
    static let afterSelected = 9

    /// A record from a row starting with ``selected``: its JSON, or for an imported paper its
    /// columns. Read by position: by name, GRDB lowercases the name for every row.
    static func decode(_ row: Row) throws -> ArchiveRecord {
        if let data: Data = row[0] {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            return try decoder.decode(ArchiveRecord.self, from: data)
        }
        guard let record = ImportedPaper(id: row[1], date: row[2], title: row[3], authors: row[4], abstract: row[5],
                                         affiliations: row[6], updated: row[7], withdrawn: row[8])?.record else {
            throw ArchiveError("the index holds a record without JSON that is not an imported paper (\(row[1] ?? "no id")); run `talks check`")
        }
        return record
    }

    // MARK: - Writing

    /// Adds an archive record (not an imported paper) to `table` and its identifiers.
    static func insert(_ record: ArchiveRecord, into table: String, encoder: JSONEncoder, _ db: Database) throws {
        let topics = record.topics.flatMap(\.searchedWords)
        let columns: [Column] = [.id, .kind, .series, .date, .title, .speakers, .affiliations, .abstract, .topics, .json, .updated, .withdrawn]
        let statement = try db.cachedStatement(sql: """
            INSERT INTO \(table)(\(columns.map(\.rawValue).joined(separator: ", "))) \
            VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))
            """)
        let text = SearchedText(record)
        try statement.execute(arguments: [
                record.id, record.kind.rawValue, record.series?.slug, record.date.iso,
                record.title, text.people, text.affiliations, text.body,
                topics.joined(separator: "; "),
                try encoder.encode(record),
                record.updated?.iso, record.isWithdrawn,
            ])
        try insertIdentifiers(of: record, db)
    }

    /// Rows of ``identifiers`` for every arXiv id and DOI the record carries.
    static func insertIdentifiers(of record: ArchiveRecord, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO \(identifiers)(identifier, record_id) VALUES (?, ?)")
        for identifier in PaperIdentifier.all(of: record) {
            try statement.execute(arguments: [identifier.key, record.id])
        }
    }

    /// What the full-text columns hold of a record beyond its title and topics.
    struct SearchedText {
        var people: String
        var affiliations: String
        var body: String

        init(_ record: ArchiveRecord) {
            // A talk is found by the title, authors and abstract of the paper it discussed, too
            // (its title may be the paper's without the name: "AdaLoRA: Adaptive Budget …").
            let discussed = record.kind == .talk ? record.paperFacts : []
            people = (record.speakers + discussed.flatMap(\.authors)).map { TextTools.indexedName($0.name) }.joined(separator: "; ")
            affiliations = record.speakers.compactMap(\.affiliation).joined(separator: "; ")
            body = ([record.abstract ?? ""] + record.notes + discussed.flatMap { [$0.title, $0.abstract ?? ""] }).joined(separator: "\n")
        }
    }
}

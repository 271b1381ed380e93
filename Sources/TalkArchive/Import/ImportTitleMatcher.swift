import Foundation
import GRDB

/// Gives the archive's records that no page or facts file identified what an import knows of
/// them: the imported paper whose normalized title (`TextTools.titleKey`) equals theirs, strictly.
///
/// The candidates come from the full-text index (every word of the title in the title column,
/// among imported papers), so a million imports cost a few index reads per record, not a scan.
/// A title that several imported papers share is left alone: a wrong id is worse than none.
enum ImportTitleMatcher {
    /// Candidates read per record: far more than real snapshots hold for one exact title.
    static let candidateLimit = 20

    /// Updates, in `db`, each record of `records` without an arXiv id that one imported paper
    /// matches, and returns the updated records by id.
    static func identify(_ records: [ArchiveRecord], lastTalk: Int64, encoder: JSONEncoder,
                         _ db: Database) throws -> [String: ArchiveRecord] {
        var identified: [String: ArchiveRecord] = [:]
        for record in records where record.arxiv.isEmpty {
            guard let paper = try uniqueMatch(for: record.title, lastTalk: lastTalk, db) else { continue }
            let updated = gaining(paper, record)
            try store(updated, encoder: encoder, db)
            identified[record.id] = updated
        }
        return identified
    }

    /// The one imported paper titled like `title`, or nil when none or several are.
    static func uniqueMatch(for title: String, lastTalk: Int64, _ db: Database) throws -> ImportedPaper? {
        let key = TextTools.titleKey(title)
        let words = key.split(separator: " ")
        guard !words.isEmpty else { return nil }
        let match = "title : (" + words.map { "\"\($0)\"" }.joined(separator: " AND ") + ")"
        let (table, fts) = (RecordSchema.table, RecordSchema.fts)
        let columns = [RecordSchema.Column.id, .date, .title, .speakers, .abstract].map(\.qualified).joined(separator: ", ")
        let rows = try Row.fetchAll(db, sql: """
            SELECT \(columns)
            FROM \(fts) JOIN \(table) ON \(table).rowid = \(fts).rowid
            WHERE \(fts) MATCH ? AND \(fts).rowid > ? AND \(RecordSchema.Column.origin.qualified) IS NOT NULL LIMIT ?
            """, arguments: [match, lastTalk, candidateLimit])
        let papers = rows.compactMap { row -> ImportedPaper? in
            guard TextTools.titleKey(row[2] as String) == key else { return nil }
            return ImportedPaper(id: row[0], date: row[1], title: row[2], authors: row[3], abstract: row[4])
        }
        return papers.count == 1 ? papers[0] : nil
    }

    /// `record` with the paper's id, link and facts; a paper also takes its authors and abstract
    /// where the pages gave none.
    static func gaining(_ paper: ImportedPaper, _ record: ArchiveRecord) -> ArchiveRecord {
        var record = record
        let facts = PaperFacts(title: paper.title, arxiv: paper.arxiv, authors: paper.authors.map { Speaker(name: $0, affiliation: nil) },
                               abstract: paper.abstract, published: paper.date, source: "the imported arXiv snapshot (matched by title)")
        record.arxiv.append(paper.arxiv)
        record.links = FieldMerger.union(record.links, facts.links) { $0.url }
        record.paperFacts.append(facts)
        if record.kind == .paper {
            if record.speakers.isEmpty { record.speakers = facts.authors }
            record.abstract = record.abstract ?? facts.abstract
        }
        return record
    }

    private static func store(_ record: ArchiveRecord, encoder: JSONEncoder, _ db: Database) throws {
        let text = RecordSchema.SearchedText(record)
        try db.execute(sql: "UPDATE \(RecordSchema.table) SET json = ?, speakers = ?, abstract = ? WHERE id = ?",
                       arguments: [try encoder.encode(record), text.people, text.body, record.id])
        try RecordSchema.insertIdentifiers(of: record, db)
    }
}

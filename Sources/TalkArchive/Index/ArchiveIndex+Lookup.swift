import Foundation
import GRDB

/// What a record reference a user typed (`talks show X`, `talks open X`) stands for.
public enum RecordLookup: Sendable {
    /// One record: the id itself, or the paper an arXiv id or DOI names.
    case found(ArchiveRecord)
    /// An identifier several records link and none of them is the paper itself: all of them.
    case ambiguous(PaperIdentifier, [ArchiveRecord])
    /// Nothing: an unknown id (with ids starting alike) or an identifier no record links.
    case notFound(suggestions: [String], identifier: PaperIdentifier?)

    /// Among the records linking one paper, the one that is that paper: the only paper, an archive
    /// paper before an imported copy of it, else the only record. Talks discussing it are
    /// not it, so several of them are ambiguous.
    static func choose(_ identifier: PaperIdentifier, among records: [ArchiveRecord]) -> RecordLookup {
        if records.count == 1 { return .found(records[0]) }
        let papers = records.filter { $0.kind == .paper }
        let own = papers.filter { !$0.id.hasPrefix("arxiv-") }
        if own.count == 1 { return .found(own[0]) }
        if own.isEmpty && papers.count == 1 { return .found(papers[0]) }
        if records.isEmpty { return .notFound(suggestions: [], identifier: identifier) }
        return .ambiguous(identifier, records)
    }
}

extension ArchiveIndex {
    /// A record id, an arXiv id in any form (`2211.05729v2`, `arXiv:hep-th/9901001`, an abs, pdf or
    /// html URL), or a DOI (bare, `doi:`, a doi.org URL).
    ///
    /// ```swift
    /// try index.lookup("paper-2018-06-20")                  // .found(that paper)
    /// try index.lookup("https://arxiv.org/abs/1806.07572")  // .found(paper-2018-06-20)
    /// try index.lookup("1906.10652")                        // .ambiguous(arXiv 1906.10652, [three talks])
    /// ```
    public func lookup(_ text: String) throws -> RecordLookup {
        if let record = try record(id: text) { return .found(record) }
        guard let identifier = PaperIdentifier(parsing: text) else {
            return .notFound(suggestions: try ids(like: String(text.prefix(10))), identifier: nil)
        }
        return RecordLookup.choose(identifier, among: try records(identifiedBy: identifier))
    }

    /// Every record linking the paper `identifier` names, talks first, newest first.
    ///
    /// ```sql
    /// SELECT <record columns> FROM record
    /// WHERE id = 'arxiv-ID' OR id IN (SELECT record_id FROM record_identifier WHERE identifier = 'arxiv:ID')
    /// ORDER BY kind DESC, date DESC, id
    /// ```
    public func records(identifiedBy identifier: PaperIdentifier) throws -> [ArchiveRecord] {
        let condition = SearchQuery.Filter.identifier(identifier).recordCondition
        return try database.read { db in
            try Row.fetchAll(db.makeStatement(literal: """
                SELECT \(sql: RecordSchema.selected) FROM \(sql: RecordSchema.table) WHERE \(condition) \
                ORDER BY \(sql: Column.kind.qualified) DESC, \(sql: Column.date.qualified) DESC, \(sql: Column.id.qualified)
                """)).map(RecordSchema.decode)
        }
    }
}

private typealias Column = RecordSchema.Column

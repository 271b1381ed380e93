/// The index's tables and the record table's columns, named once.
///
/// ```swift
/// "SELECT \(RecordSchema.selected) FROM \(RecordSchema.table) WHERE \(RecordSchema.Column.id) = ?"
/// // "SELECT record.json, record.id, … FROM record WHERE id = ?"
/// ```
/// The builder, the importers and the queries take their names from here (and the row mapping
/// from `RecordSchema+Rows`), so the import code needs nothing of the index code to write rows,
/// and a changed column is one edit plus a new ``version``.
enum RecordSchema {
    /// Bumped whenever a table, column or what a column holds changes: an index of another
    /// version is rebuilt, and its imports are read again.
    static let version = 14

    /// One row per record: talks first, then papers, each by date then id (`RowidLayout`).
    static let table = "record"
    /// The full-text index over every record's ``searchedColumns`` (external content: ``table``).
    static let fts = "record_fts"
    /// The same index over the talks alone, so BM25 ranks talks without reading papers' matches.
    static let talkFTS = "talk_fts"
    /// Key → JSON text: fingerprint, version, topics, notes, diagnostics, imports, series.
    static let meta = "meta"
    /// Every indexed word, for the words a typed prefix stands for.
    static let term = "term"
    /// Which records carry which arXiv id or DOI (`PaperIdentifier.key`).
    static let identifiers = "record_identifier"
    /// Where papers wait until all are in, to enter ``table`` in date order; same columns.
    static let paperStaging = "paper_staging"

    /// The record table's columns, in table order (after the integer `rowid`).
    enum Column: String, CaseIterable, CustomStringConvertible {
        case id, kind, series, date, title, speakers, affiliations, abstract, topics
        /// The record as JSON; NULL for an imported paper, whose columns say everything.
        case json
        /// The imported file a record came from; NULL for the archive's own pages.
        case origin
        /// When a paper's metadata last changed (arXiv's update_date; `date` is its first version).
        case updated
        case withdrawn

        var description: String { rawValue }
        /// "record.date": for statements that join the full-text index.
        var qualified: String { "\(RecordSchema.table).\(rawValue)" }
    }

    /// "id, kind, …, withdrawn": every stored column, for copying rows between tables.
    static let storedColumns = Column.allCases.map(\.rawValue).joined(separator: ", ")

    /// The full-text columns in index order (BM25 weights follow it): the query language's fields.
    static let searchedColumns = SearchQuery.TextField.allCases.map(\.rawValue)
}

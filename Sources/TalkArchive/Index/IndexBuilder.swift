import Foundation
import GRDB

/// Writes an archive into a fresh database: records, their FTS5 index, and what `check` needs.
enum IndexBuilder {
    private static let table = RecordSchema.table
    private static let fts = RecordSchema.fts
    private static let paperStaging = RecordSchema.paperStaging

    /// Adds records beyond the archive's pages (imports) inside the build's transaction, and
    /// says which imports the index now holds.
    typealias ExtraRecords = (Database, JSONEncoder) throws -> [ImportSource]

    /// Builds into a temporary file beside `file`, then renames it into place (atomic on POSIX).
    static func write(_ archive: Archive, fingerprint: String, statSignature: String? = nil, to file: URL,
                      extra: ExtraRecords = { _, _ in [] }) throws {
        let temporary = file.deletingLastPathComponent()
            .appendingPathComponent(".\(file.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        defer { try? FileManager.default.removeItem(at: temporary) }
        TemporaryFileGuard.removeAbandoned(in: file.deletingLastPathComponent())
        try TemporaryFileGuard.whileWriting(temporary) {
            var configuration = Configuration()
            configuration.journalMode = .default
            // The file is renamed into place only when complete, so a crash loses nothing a
            // journal would save: write without one, and without waiting for the disk.
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536")
            }
            let database = try DatabaseQueue(path: temporary.path, configuration: configuration)
            try fill(database, archive: archive, fingerprint: fingerprint, statSignature: statSignature, extra: extra)
            try database.close()
        }
        guard rename(temporary.path, file.path) == 0 else {
            throw ArchiveError("cannot move the new index into \(file.path): \(String(cString: strerror(errno)))")
        }
    }

    static func fill(_ database: DatabaseQueue, archive: Archive, fingerprint: String, statSignature: String? = nil,
                     extra: ExtraRecords = { _, _ in [] }) throws {
        try database.write { db in
            try createTables(db)
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = .iso8601
            // Talks first, then papers (the archive's and every import's together), each by date
            // then id: the full-text index's order (by rowid, descending) is then newest first,
            // and a kind or a date range is a range of rowids (`RowidLayout`), which FTS5 seeks
            // instead of joining every match to its row.
            let records = archive.records.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
            for record in records {
                try RecordSchema.insert(record, into: record.kind == .talk ? table : paperStaging, encoder: encoder, db)
            }
            let lastTalk = try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM \(table)") ?? 0
            let imports = try extra(db, encoder)
            try movePapersInOrder(db)
            // Indexed once all rows are in: one bulk pass instead of a trigger per row (3x faster).
            try createSearchIndexes(db, lastTalk: lastTalk) {
                guard !imports.isEmpty else { return }
                // Records the pages give no id are found among the imports by title, with the
                // full-text index; then every talk is linked to the imported papers it discussed.
                let identified = try ImportTitleMatcher.identify(archive.records, lastTalk: lastTalk, encoder: encoder, db)
                try ImportLinker.linkTalks(archive.talks.map { identified[$0.id] ?? $0 }, encoder: encoder, db)
            }
            try WordTables.create(db, from: archive.records)
            try PickerCounts.write(archive, lastTalk: lastTalk, db)
            let meta: [(String, String)] = [
                ("fingerprint", fingerprint),
                ("schema", String(RecordSchema.version)),
                (ArchiveIndex.lastTalkKey, String(lastTalk)),
                ("topics", try String(decoding: encoder.encode(archive.topics), as: UTF8.self)),
                ("notes", try String(decoding: encoder.encode(archive.notes), as: UTF8.self)),
                ("files", try String(decoding: encoder.encode(archive.files), as: UTF8.self)),
                ("diagnostics", try String(decoding: encoder.encode(archive.diagnostics), as: UTF8.self)),
                ("imports", try String(decoding: encoder.encode(imports), as: UTF8.self)),
                // Read on every search to check series: filters; a scan of a million rows is not.
                ("series", try String(decoding: encoder.encode(Set(archive.talks.compactMap { $0.series?.slug }).sorted()), as: UTF8.self)),
            ]
            for (key, value) in meta + (statSignature.map { [("stat", $0)] } ?? []) {
                try db.execute(sql: "INSERT INTO \(RecordSchema.meta)(key, value) VALUES (?, ?)", arguments: [key, value])
            }
        }
    }

    /// Papers into `record` by date then id, and the staging table dropped (its pages are reused
    /// by the indexes built next). Walking an index of (date, id) sorts only those keys, not the rows.
    private static func movePapersInOrder(_ db: Database) throws {
        let columns = RecordSchema.storedColumns
        try db.execute(sql: """
            CREATE INDEX \(paperStaging)_by_date ON \(paperStaging)(date, id);
            INSERT INTO \(table)(\(columns)) SELECT \(columns) FROM \(paperStaging) INDEXED BY \(paperStaging)_by_date ORDER BY date, id;
            DROP TABLE \(paperStaging);
            """)
    }

    private static func createTables(_ db: Database) throws {
        try db.create(table: RecordSchema.meta) { t in
            t.primaryKey("key", .text)
            t.column("value", .text).notNull()
        }
        for name in [table, paperStaging] {
            try createRecordTable(name, db)
        }
        // The archive's records by the papers they link (`PaperIdentifier.key`); an imported
        // paper needs no row, its id says it (`arxiv-ID`).
        try db.execute(sql: """
            CREATE TABLE \(RecordSchema.identifiers)(identifier TEXT NOT NULL, record_id TEXT NOT NULL, PRIMARY KEY(identifier, record_id)) WITHOUT ROWID
            """)
    }

    private static func createRecordTable(_ name: String, _ db: Database) throws {
        try db.create(table: name) { t in
            t.autoIncrementedPrimaryKey("rowid")
            for column in RecordSchema.Column.allCases {
                switch column {
                case .id: t.column(column.rawValue, .text).notNull().unique()
                case .series, .origin, .updated: t.column(column.rawValue, .text)
                case .json: t.column(column.rawValue, .blob)
                case .withdrawn: t.column(column.rawValue, .boolean).notNull().defaults(to: false)
                case .kind, .date, .title, .speakers, .affiliations, .abstract, .topics: t.column(column.rawValue, .text).notNull()
                }
            }
        }
    }

    /// - Parameter beforeTalkIndex: work that needs `record_fts` and changes records, done before
    ///   the talks' own index copies them.
    private static func createSearchIndexes(_ db: Database, lastTalk: Int64, beforeTalkIndex: () throws -> Void) throws {
        // The browser's orders, read a screenful at a time from any row (ArchiveIndex+Rows), for one
        // kind and for both (the default view).
        try db.execute(sql: """
            CREATE INDEX \(table)_by_date ON \(table)(kind, date, id);
            CREATE INDEX \(table)_by_title ON \(table)(kind, title COLLATE NOCASE, id);
            CREATE INDEX \(table)_by_day ON \(table)(date, id);
            CREATE INDEX \(table)_by_name ON \(table)(title COLLATE NOCASE, id);
            """)
        // External content kept in step with `record` by triggers, as GRDB's `synchronize(withTable:)`
        // makes them; the index is filled by one 'rebuild' once the rows are in.
        try db.create(virtualTable: fts, using: FTS5()) { t in
            t.content = table
            t.contentRowID = "rowid"
            // No stemming: prefixes must match what was typed ("runn" finds "running").
            t.tokenizer = .unicode61(diacritics: .remove)
            // One-letter prefixes too: the first key of a search must not merge every term under it.
            t.prefixes = [1, 2, 3]
            for column in RecordSchema.searchedColumns { t.column(column) }
        }
        let columns = RecordSchema.searchedColumns.map { "\"\($0)\"" }
        let ftsColumns = (["\"rowid\""] + columns).joined(separator: ", ")
        let new = (["\"rowid\""] + columns).map { "new." + $0 }.joined(separator: ", ")
        let old = (["\"rowid\""] + columns).map { "old." + $0 }.joined(separator: ", ")
        try db.execute(sql: """
            CREATE TRIGGER "__\(fts)_ai" AFTER INSERT ON "\(table)" BEGIN
                INSERT INTO "\(fts)"(\(ftsColumns)) VALUES (\(new));
            END;
            CREATE TRIGGER "__\(fts)_ad" AFTER DELETE ON "\(table)" BEGIN
                INSERT INTO "\(fts)"("\(fts)", \(ftsColumns)) VALUES('delete', \(old));
            END;
            CREATE TRIGGER "__\(fts)_au" AFTER UPDATE ON "\(table)" BEGIN
                INSERT INTO "\(fts)"("\(fts)", \(ftsColumns)) VALUES('delete', \(old));
                INSERT INTO "\(fts)"(\(ftsColumns)) VALUES (\(new));
            END;
            """)
        // The bulk fill flushes its pending terms every `hashsize` bytes and, by default, merges
        // segments as it goes (automerge 4), work that 'optimize' redoes anyway: with 32 MiB of
        // pending terms and no merging until 'optimize', the fill is 2-2.5 times as fast, and
        // the final index (one segment) is the same. The defaults are restored afterwards, for
        // any later writes.
        try db.execute(sql: """
            INSERT INTO \(fts)(\(fts), rank) VALUES('hashsize', \(32 << 20));
            INSERT INTO \(fts)(\(fts), rank) VALUES('automerge', 0);
            INSERT INTO \(fts)(\(fts)) VALUES('rebuild');
            """)
        try db.execute(sql: "INSERT INTO \(fts)(\(fts)) VALUES('optimize')")
        try db.execute(sql: """
            INSERT INTO \(fts)(\(fts), rank) VALUES('automerge', 4);
            INSERT INTO \(fts)(\(fts), rank) VALUES('hashsize', \(1 << 20));
            """)
        try beforeTalkIndex()
        try createTalkIndex(db, lastTalk: lastTalk)
        // Every indexed word, for listing the words a typed prefix stands for (ArchiveIndex.expansions).
        try db.execute(sql: """
            CREATE VIRTUAL TABLE temp.\(fts)_vocab USING fts5vocab(main, \(fts), row);
            CREATE TABLE \(RecordSchema.term)(term TEXT PRIMARY KEY) WITHOUT ROWID;
            INSERT INTO \(RecordSchema.term) SELECT term FROM temp.\(fts)_vocab;
            DROP TABLE temp.\(fts)_vocab;
            """)
    }

    /// The talks alone, in a full-text index of their own over the same rows: BM25 counts every
    /// document holding a word before it ranks, so ranking 30 talks in `record_fts` would read the
    /// word's matches among a million imported papers too. Same columns, tokenizer and prefixes.
    static func createTalkIndex(_ db: Database, lastTalk: Int64) throws {
        let columns = RecordSchema.searchedColumns.joined(separator: ", ")
        try db.execute(sql: """
            CREATE VIRTUAL TABLE \(RecordSchema.talkFTS) USING fts5(\(columns),
                tokenize = 'unicode61 remove_diacritics 2', content = '\(table)', content_rowid = 'rowid', prefix = '1 2 3');
            INSERT INTO \(RecordSchema.talkFTS)(rowid, \(columns)) SELECT rowid, \(columns) FROM \(table) WHERE rowid <= \(lastTalk);
            INSERT INTO \(RecordSchema.talkFTS)(\(RecordSchema.talkFTS)) VALUES('optimize');
            """)
    }
}

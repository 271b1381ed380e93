import Foundation
import GRDB

/// Writes an archive into a fresh database: records, their FTS5 index, and what `check` needs.
enum IndexBuilder {
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
                try insert(record, into: record.kind == .talk ? "record" : paperStaging, encoder: encoder, db)
            }
            let lastTalk = try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM record") ?? 0
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
            try PickerCounts.write(archive, lastTalk: lastTalk, db)
            let meta: [(String, String)] = [
                ("fingerprint", fingerprint),
                ("schema", String(ArchiveIndex.schemaVersion)),
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
                try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
            }
        }
    }

    /// Where papers wait until all are in, to enter `record` in date order (`movePapersInOrder`).
    /// The columns of `record`; an id already there is ignored (a snapshot repeating a paper).
    static let paperStaging = "paper_staging"

    /// Papers into `record` by date then id, and the staging table dropped (its pages are reused
    /// by the indexes built next). Walking an index of (date, id) sorts only those keys, not the rows.
    private static func movePapersInOrder(_ db: Database) throws {
        let columns = "id, kind, series, date, title, speakers, affiliations, abstract, topics, json, origin, updated, withdrawn"
        try db.execute(sql: """
            CREATE INDEX \(paperStaging)_by_date ON \(paperStaging)(date, id);
            INSERT INTO record(\(columns)) SELECT \(columns) FROM \(paperStaging) INDEXED BY \(paperStaging)_by_date ORDER BY date, id;
            DROP TABLE \(paperStaging);
            """)
    }

    private static func createTables(_ db: Database) throws {
        try db.create(table: "meta") { t in
            t.primaryKey("key", .text)
            t.column("value", .text).notNull()
        }
        for table in ["record", paperStaging] {
            try createRecordTable(table, db)
        }
        // The archive's records by the papers they link (`PaperIdentifier.key`); an imported
        // paper needs no row, its id says it (`arxiv-ID`).
        try db.execute(sql: """
            CREATE TABLE \(identifierTable)(identifier TEXT NOT NULL, record_id TEXT NOT NULL, PRIMARY KEY(identifier, record_id)) WITHOUT ROWID
            """)
    }

    /// Which archive records carry which arXiv id or DOI.
    static let identifierTable = "record_identifier"

    private static func createRecordTable(_ name: String, _ db: Database) throws {
        try db.create(table: name) { t in
            t.autoIncrementedPrimaryKey("rowid")
            t.column("id", .text).notNull().unique()
            t.column("kind", .text).notNull()
            t.column("series", .text)
            t.column("date", .text).notNull()
            t.column("title", .text).notNull()
            t.column("speakers", .text).notNull()
            t.column("affiliations", .text).notNull()
            t.column("abstract", .text).notNull()
            t.column("topics", .text).notNull()
            // NULL for an imported paper: its columns say everything (`ArchiveRecord.importedPaper`).
            t.column("json", .blob)
            // The imported file a record came from; NULL for the archive's own pages.
            t.column("origin", .text)
            // When a paper's metadata last changed (arXiv's update_date; `date` is its first version).
            t.column("updated", .text)
            t.column("withdrawn", .boolean).notNull().defaults(to: false)
        }
    }

    /// - Parameter beforeTalkIndex: work that needs `record_fts` and changes records, done before
    ///   the talks' own index copies them.
    private static func createSearchIndexes(_ db: Database, lastTalk: Int64, beforeTalkIndex: () throws -> Void) throws {
        // The browser's orders, read a screenful at a time from any row (ArchiveIndex+Rows).
        try db.execute(sql: """
            CREATE INDEX record_by_date ON record(kind, date, id);
            CREATE INDEX record_by_title ON record(kind, title COLLATE NOCASE, id);
            """)
        // External content kept in step with `record` by triggers, as GRDB's `synchronize(withTable:)`
        // makes them; the index is filled by one 'rebuild' once the rows are in.
        try db.create(virtualTable: "record_fts", using: FTS5()) { t in
            t.content = "record"
            t.contentRowID = "rowid"
            // No stemming: prefixes must match what was typed ("runn" finds "running").
            t.tokenizer = .unicode61(diacritics: .remove)
            // One-letter prefixes too: the first key of a search must not merge every term under it.
            t.prefixes = [1, 2, 3]
            for field in SearchQuery.TextField.allCases { t.column(field.rawValue) }
        }
        let columns = SearchQuery.TextField.allCases.map { "\"\($0.rawValue)\"" }
        let ftsColumns = (["\"rowid\""] + columns).joined(separator: ", ")
        let new = (["\"rowid\""] + columns).map { "new." + $0 }.joined(separator: ", ")
        let old = (["\"rowid\""] + columns).map { "old." + $0 }.joined(separator: ", ")
        try db.execute(sql: """
            CREATE TRIGGER "__record_fts_ai" AFTER INSERT ON "record" BEGIN
                INSERT INTO "record_fts"(\(ftsColumns)) VALUES (\(new));
            END;
            CREATE TRIGGER "__record_fts_ad" AFTER DELETE ON "record" BEGIN
                INSERT INTO "record_fts"("record_fts", \(ftsColumns)) VALUES('delete', \(old));
            END;
            CREATE TRIGGER "__record_fts_au" AFTER UPDATE ON "record" BEGIN
                INSERT INTO "record_fts"("record_fts", \(ftsColumns)) VALUES('delete', \(old));
                INSERT INTO "record_fts"(\(ftsColumns)) VALUES (\(new));
            END;
            """)
        // The bulk fill flushes its pending terms every `hashsize` bytes and, by default, merges
        // segments as it goes (automerge 4), work that 'optimize' redoes anyway: with 32 MiB of
        // pending terms and no merging until 'optimize', the fill is 2-2.5 times as fast, and
        // the final index (one segment) is the same. The defaults are restored afterwards, for
        // any later writes.
        try db.execute(sql: """
            INSERT INTO record_fts(record_fts, rank) VALUES('hashsize', \(32 << 20));
            INSERT INTO record_fts(record_fts, rank) VALUES('automerge', 0);
            INSERT INTO record_fts(record_fts) VALUES('rebuild');
            """)
        try db.execute(sql: "INSERT INTO record_fts(record_fts) VALUES('optimize')")
        try db.execute(sql: """
            INSERT INTO record_fts(record_fts, rank) VALUES('automerge', 4);
            INSERT INTO record_fts(record_fts, rank) VALUES('hashsize', \(1 << 20));
            """)
        try beforeTalkIndex()
        try createTalkIndex(db, lastTalk: lastTalk)
        // Every indexed word, for listing the words a typed prefix stands for (ArchiveIndex.expansions).
        try db.execute(sql: """
            CREATE VIRTUAL TABLE temp.record_vocab USING fts5vocab(main, record_fts, row);
            CREATE TABLE term(term TEXT PRIMARY KEY) WITHOUT ROWID;
            INSERT INTO term SELECT term FROM temp.record_vocab;
            DROP TABLE temp.record_vocab;
            """)
    }

    /// The talks alone, in a full-text index of their own over the same rows: BM25 counts every
    /// document holding a word before it ranks, so ranking 30 talks in `record_fts` would read the
    /// word's matches among a million imported papers too. Same columns, tokenizer and prefixes.
    static func createTalkIndex(_ db: Database, lastTalk: Int64) throws {
        let columns = SearchQuery.TextField.allCases.map(\.rawValue).joined(separator: ", ")
        try db.execute(sql: """
            CREATE VIRTUAL TABLE \(CompiledQuery.talkIndex) USING fts5(\(columns),
                tokenize = 'unicode61 remove_diacritics 2', content = 'record', content_rowid = 'rowid', prefix = '1 2 3');
            INSERT INTO \(CompiledQuery.talkIndex)(rowid, \(columns)) SELECT rowid, \(columns) FROM record WHERE rowid <= \(lastTalk);
            INSERT INTO \(CompiledQuery.talkIndex)(\(CompiledQuery.talkIndex)) VALUES('optimize');
            """)
    }

    static func insert(_ record: ArchiveRecord, into table: String, encoder: JSONEncoder, _ db: Database) throws {
        let topics = record.topics.flatMap(\.searchedWords)
        let statement = try db.cachedStatement(sql: """
            INSERT INTO \(table)(id, kind, series, date, title, speakers, affiliations, abstract, topics, json, updated, withdrawn)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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

    /// Rows of `identifierTable` for every arXiv id and DOI the record carries.
    static func insertIdentifiers(of record: ArchiveRecord, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO \(identifierTable)(identifier, record_id) VALUES (?, ?)")
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
            // A talk is found by the authors and abstract of the paper it discussed, too.
            let discussed = record.kind == .talk ? record.paperFacts : []
            people = (record.speakers + discussed.flatMap(\.authors)).map { TextTools.indexedName($0.name) }.joined(separator: "; ")
            affiliations = record.speakers.compactMap(\.affiliation).joined(separator: "; ")
            body = ([record.abstract ?? ""] + record.notes + discussed.compactMap(\.abstract)).joined(separator: "\n")
        }
    }
}

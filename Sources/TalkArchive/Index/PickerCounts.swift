import Foundation
import GRDB

/// What the `t` and `a` pickers list, counted once when the index is built (every build and every
/// import writes a whole new index, so the counts can never drift from the records): opening a
/// picker then reads a few dozen rows, at any number of imported papers.
///
/// Invariant: a topic's counts are what `topic:"name"` finds, by kind; a speaker's count is the
/// number of talks naming them.
enum PickerCounts {
    static let topicTable = "topic_count"
    static let speakerTable = "speaker_count"

    /// Writes both tables; `record_fts` must be complete.
    static func write(_ archive: Archive, lastTalk: Int64, _ db: Database) throws {
        try writeTopics(archive.topics, lastTalk: lastTalk, db)
        try writeSpeakers(archive.talks, db)
    }

    /// Each topic's talks and papers, counted by running its `topic:"…"` search on a copy of the
    /// full-text index holding only the records with topics (the archive's own, a few thousand):
    /// the same tokenizer and columns, so the same matches, without reading the doclists of a
    /// million imported abstracts.
    private static func writeTopics(_ topics: [Topic], lastTalk: Int64, _ db: Database) throws {
        try db.execute(sql: "CREATE TABLE \(topicTable)(position INTEGER PRIMARY KEY, talks INTEGER NOT NULL, papers INTEGER NOT NULL)")
        guard !topics.isEmpty else { return }
        let definition = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: [CompiledQuery.allIndex]) ?? ""
        guard let using = definition.range(of: "USING", options: .caseInsensitive) else {
            throw ArchiveError("the index has no full-text table \(CompiledQuery.allIndex)")
        }
        // The same definition, with its own content: only the rows that have topics.
        let columns = SearchQuery.TextField.allCases.map(\.rawValue).joined(separator: ", ")
        let copy = "temp.topic_fts"
        try db.execute(sql: "CREATE VIRTUAL TABLE \(copy) " + definition[using.lowerBound...]
            .replacingOccurrences(of: "content='record'", with: "content=''")
            .replacingOccurrences(of: "content_rowid='rowid',", with: ""))
        try db.execute(sql: "INSERT INTO \(copy)(rowid, \(columns)) SELECT rowid, \(columns) FROM record WHERE topics <> ''")
        let count = try db.makeStatement(sql: """
            SELECT count(*) FILTER (WHERE rowid <= ?), count(*) FILTER (WHERE rowid > ?) FROM topic_fts WHERE topic_fts MATCH ?
            """)
        let insert = try db.makeStatement(sql: "INSERT INTO \(topicTable)(position, talks, papers) VALUES (?, ?, ?)")
        for (position, topic) in topics.enumerated() {
            var counts = (talks: 0, papers: 0)
            if let match = try? SearchQuery(parsing: "topic:\"\(topic.name)\"").compile().match,
               let row = try Row.fetchOne(count, arguments: [lastTalk, lastTalk, match]) {
                counts = (row[0], row[1])
            }
            try insert.execute(arguments: [position, counts.talks, counts.papers])
        }
        try db.execute(sql: "DROP TABLE \(copy)")
    }

    /// Speakers with their first-named affiliation and their number of talks.
    private static func writeSpeakers(_ talks: [ArchiveRecord], _ db: Database) throws {
        try db.execute(sql: "CREATE TABLE \(speakerTable)(name TEXT PRIMARY KEY, affiliation TEXT, talks INTEGER NOT NULL) WITHOUT ROWID")
        var counts: [String: (affiliation: String?, talks: Int)] = [:]
        for talk in talks {
            for speaker in talk.speakers {
                counts[speaker.name, default: (speaker.affiliation, 0)].talks += 1
            }
        }
        let insert = try db.makeStatement(sql: "INSERT INTO \(speakerTable)(name, affiliation, talks) VALUES (?, ?, ?)")
        for (name, count) in counts {
            try insert.execute(arguments: [name, count.affiliation, count.talks])
        }
    }
}

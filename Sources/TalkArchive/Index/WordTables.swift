import Foundation
import GRDB

/// The tables beside the full-text index that let a word be found as people write it
/// (`ArchiveIndex.wordLookup`), written once the index holds every record:
///
/// - `term_stem`: every indexed word in an FTS5 table with the porter stemmer, so that a word
///   finds its other forms (`optimizers` → optimizer, optimization) while the main index stays
///   unstemmed for prefix search as you type (porter's "runn*" finds nothing);
/// - `word_part`: the words inside mixed-case tokens (`lora` in QLoRA, AdaLoRA);
/// - `acronym`: acronyms and the phrases they stand for, learned (`AcronymLearner`);
/// - `spelling`: the archive's words and names with their usual spelling and frequency, for
///   "did you mean" when a search finds nothing.
///
/// Parts, acronyms and spellings are learned from the archive's own records (talks and their
/// papers), not from imported papers: a million imported abstracts would cost the build
/// seconds for words nobody types.
enum WordTables {
    static let stems = "term_stem"
    static let parts = "word_part"
    static let acronyms = "acronym"
    static let spellings = "spelling"

    static func create(_ db: Database, from records: [ArchiveRecord]) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE \(stems) USING fts5(term, tokenize = 'porter unicode61 remove_diacritics 2', detail = none);
            INSERT INTO \(stems)(term) SELECT term FROM term;
            INSERT INTO \(stems)(\(stems)) VALUES('optimize');
            CREATE TABLE \(parts)(part TEXT NOT NULL, term TEXT NOT NULL, PRIMARY KEY(part, term)) WITHOUT ROWID;
            CREATE TABLE \(acronyms)(acronym TEXT NOT NULL, phrase TEXT NOT NULL, PRIMARY KEY(acronym, phrase)) WITHOUT ROWID;
            CREATE INDEX \(acronyms)_by_phrase ON \(acronyms)(phrase);
            CREATE TABLE \(spellings)(word TEXT PRIMARY KEY, display TEXT NOT NULL, count INTEGER NOT NULL) WITHOUT ROWID;
            """)
        let texts = records.map { record in
            let searched = RecordSchema.SearchedText(record)
            return (title: record.title, body: searched.body, people: searched.people)
        }
        let insertPart = try db.makeStatement(sql: "INSERT OR IGNORE INTO \(parts)(part, term) VALUES (?, ?)")
        for text in texts {
            for (token, part) in InnerWords.pairs(in: text.title) + InnerWords.pairs(in: text.body) {
                try insertPart.execute(arguments: [part, token])
            }
        }
        let insertAcronym = try db.makeStatement(sql: "INSERT OR IGNORE INTO \(acronyms)(acronym, phrase) VALUES (?, ?)")
        for pair in AcronymLearner.learn(from: texts.flatMap { [$0.title, $0.body] }) {
            try insertAcronym.execute(arguments: [pair.acronym, pair.phrase])
        }
        let insertSpelling = try db.makeStatement(sql: "INSERT INTO \(spellings)(word, display, count) VALUES (?, ?, ?)")
        for (word, spelling) in spellings(in: texts.flatMap { [$0.title, $0.body, $0.people] }) {
            try insertSpelling.execute(arguments: [word, spelling.display, spelling.count])
        }
    }

    /// Each word of four letters or more, folded as the tokenizer folds it, with its most
    /// frequent spelling and how often it occurs.
    private static func spellings(in texts: [String]) -> [String: (display: String, count: Int)] {
        var forms: [String: [String: Int]] = [:]
        for text in texts {
            for token in text.split(whereSeparator: { !$0.isLetter }) where token.count >= 4 {
                forms[fold(token), default: [:]][String(token), default: 0] += 1
            }
        }
        return forms.mapValues { spellings in
            let display = spellings.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
            return (display, spellings.values.reduce(0, +))
        }
    }

    /// Lowercase without diacritics: "Gödel" → "godel", as `unicode61 remove_diacritics` indexes it.
    static func fold(_ word: some StringProtocol) -> String {
        String(word).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }
}

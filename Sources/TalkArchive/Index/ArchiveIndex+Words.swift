import Foundation
import GRDB

/// Words as people write them: the lookups the query compiler makes in `WordTables`, and the
/// closest words to offer when a search finds nothing.
extension ArchiveIndex {
    /// Stems with more forms than this are too general to list (porter reduces "general",
    /// "generate" and "generation" alike): the word as typed is searched alone.
    static let maxForms = 24

    func wordLookup(_ db: Database) -> WordLookup {
        WordLookup(
            prefixTerms: { self.expansions(of: $0, db) },
            forms: { word, isPrefix in self.forms(of: word, isPrefix: isPrefix, db) },
            phrases: { word in
                (try? String.fetchAll(db.cachedStatement(sql: "SELECT phrase FROM \(WordTables.acronyms) WHERE acronym IN (?, ?)"),
                                      arguments: [word, AcronymLearner.singular(word)])) ?? []
            },
            acronym: { phrase in
                try? String.fetchOne(db.cachedStatement(sql: "SELECT acronym FROM \(WordTables.acronyms) WHERE phrase = ? LIMIT 1"),
                                     arguments: [phrase])
            })
    }

    /// The indexed words sharing `word`'s stem (four letters or more), and the mixed-case words
    /// holding it (three or more; for a prefix, holding a word that starts with it).
    ///
    /// `SELECT term FROM term_stem WHERE term_stem MATCH '"optimizers"' LIMIT 25`
    /// `SELECT term FROM word_part WHERE part >= 'lor' AND part < 'los' LIMIT 25`
    func forms(of word: String, isPrefix: Bool, _ db: Database) -> [String] {
        var forms: [String] = []
        if word.count >= 4, let stems = try? String.fetchAll(db.cachedStatement(sql: """
            SELECT term FROM \(WordTables.stems) WHERE \(WordTables.stems) MATCH ? LIMIT \(Self.maxForms + 1)
            """), arguments: ["\"\(word)\""]), stems.count <= Self.maxForms {
            forms += stems
        }
        if word.count >= InnerWords.shortest {
            let upper = isPrefix ? Self.successor(of: word) : word + "\0"
            forms += (try? String.fetchAll(db.cachedStatement(sql: """
                SELECT term FROM \(WordTables.parts) WHERE part >= ? AND part < ? LIMIT \(Self.maxForms)
                """), arguments: [word, upper])) ?? []
        }
        return forms
    }

    /// The first string after every string starting with `prefix`.
    static func successor(of prefix: String) -> String {
        guard let last = prefix.unicodeScalars.last, let next = Unicode.Scalar(last.value + 1) else { return prefix + "\u{10FFFF}" }
        return String(prefix.unicodeScalars.dropLast()) + String(next)
    }

    /// For a query that found nothing: the archive's words and names closest to each word that
    /// is not in the index (`speaker:muenighoff` → "Muennighoff"), closest first.
    ///
    /// `SELECT word, display, count FROM spelling WHERE length(word) BETWEEN ? AND ?`
    public func closestWords(to query: SearchQuery, limit: Int = 3) throws -> [String] {
        let typed = query.clauses.filter { !$0.negated }.flatMap(\.alternatives).flatMap { atom -> [String] in
            guard case .text(let text) = atom else { return [] }
            return text.words.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map { WordTables.fold($0) }
        }
        return try reading { db in
            var found: [String] = []
            for word in typed where Spelling.allowedEdits(word) > 0 {
                // A word the index holds (or starts) is not misspelled.
                let known = try String.fetchOne(db.cachedStatement(sql: "SELECT term FROM term WHERE term >= ? AND term < ? LIMIT 1"),
                                                arguments: [word, Self.successor(of: word)])
                guard known == nil else { continue }
                let allowed = Spelling.allowedEdits(word)
                let candidates = try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT word, display, count FROM \(WordTables.spellings) WHERE length(word) BETWEEN ? AND ?
                    """), arguments: [word.count - allowed, word.count + allowed]).map { row in
                    (word: row[0] as String, display: row[1] as String, count: row[2] as Int)
                }
                found += Spelling.closest(to: word, among: candidates, limit: limit).filter { !found.contains($0) }
            }
            return Array(found.prefix(limit))
        }
    }
}

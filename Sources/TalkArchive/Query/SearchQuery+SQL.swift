import Foundation
import GRDB

/// The SQL a query compiles to, against the `record` table and its `record_fts` index (or
/// `talk_fts`, the talks' own, for `kind:talk`).
///
/// ```
/// speaker:wen sharp* -robust series:ellis
///   MATCH:  (speakers : "wen"*) AND ("sharp*"*) NOT ("robust"*)
///   WHERE:  record.series = ?
/// ```
struct CompiledQuery {
    /// The FTS5 MATCH expression of the positive text clauses, or nil when there are none.
    var match: String?
    /// MATCH expressions whose rows are excluded (used when there is no positive text).
    var excluded: [String]
    /// Metadata conditions, ANDed, with their arguments.
    var conditions: [String]
    var arguments: [String]
    /// The same conditions beside a MATCH, where a kind and a date range are ranges of the
    /// full-text index's rowids (`RowidLayout`), with their arguments.
    var matchConditions: [String]
    var matchConditionArguments: [DatabaseValue]
    /// The one kind the query asks for (`kind:paper` alone in a clause), whose rowids follow dates.
    var kind: RecordKind?
    /// The full-text index the MATCH reads: the talks' own when the query asks for talks.
    var ftsTable = CompiledQuery.allIndex

    static let allIndex = RecordSchema.fts
    static let talkIndex = RecordSchema.talkFTS
}

extension CompiledQuery {
    /// ` AND cond1 AND cond2`: the metadata conditions after a MATCH.
    var filterSQL: String { matchConditions.map { " AND " + $0 }.joined() }

    /// Whether the conditions beside a MATCH read the `record` table, or only rowids.
    var filtersNeedRecord: Bool { matchConditions.contains { $0.contains("\(RecordSchema.table).") } }

    /// The MATCH expression's argument followed by the conditions'.
    func matchArguments(_ match: String) -> StatementArguments {
        StatementArguments(values: [match.databaseValue] + matchConditionArguments)
    }

    /// `WHERE …` for a query without words: its conditions and exclusions, with their arguments.
    var browseFilter: (String, StatementArguments) {
        var all = conditions
        var values = arguments
        for expression in excluded {
            all.insert("\(RecordSchema.table).rowid NOT IN (SELECT rowid FROM \(RecordSchema.fts) WHERE \(RecordSchema.fts) MATCH ?)", at: 0)
            values.insert(expression, at: 0)
        }
        return (all.isEmpty ? "" : "WHERE " + all.joined(separator: " AND "), StatementArguments(values: values))
    }
}

extension SearchQuery {
    /// - Parameter expand: the indexed words a prefix stands for, when there are few enough to
    ///   list (`ArchiveIndex.expansions`); nil keeps the prefix query.
    /// - Parameter layout: where kinds and dates sit among rowids; without it (no index at hand)
    ///   every condition reads the record's columns.
    func compile(expand: (String) -> [String]? = { _ in nil }, layout: RowidLayout? = nil) -> CompiledQuery {
        var positive: [String] = []
        var negative: [String] = []
        var conditions: [String] = [], matchConditions: [String] = []
        var arguments: [String] = [], matchArguments: [DatabaseValue] = []
        // A kind on its own in a clause (the browser always adds one) restricts every match to it.
        let askedKind = clauses.lazy.compactMap { clause -> RecordKind? in
            guard !clause.negated, clause.alternatives.count == 1, case .filter(.kind(let kind)) = clause.alternatives[0] else { return nil }
            return kind
        }.first
        // `kind:talk` on its own (the browser's talks view) reads the talks' index, which holds exactly them.
        let asksForTalks = { (clause: SearchQuery.Clause) in layout != nil && !clause.negated && clause.alternatives == [.filter(.kind(.talk))] }
        let talksOnly = clauses.contains(where: asksForTalks)
        var window = RowidWindow()
        let table = talksOnly ? CompiledQuery.talkIndex : CompiledQuery.allIndex
        for clause in clauses {
            let texts = clause.alternatives.compactMap { atom -> String? in
                if case .text(let text) = atom { return text.ftsExpression(expand: expand) } else { return nil }
            }
            if !texts.isEmpty {
                let expression = texts.count == 1 ? texts[0] : "(" + texts.joined(separator: " OR ") + ")"
                if clause.negated { negative.append(expression) } else { positive.append(expression) }
                continue
            }
            // A kind or a date on its own narrows the one rowid range of the whole query.
            if layout != nil, !clause.negated, clause.alternatives.count == 1, case .filter(let filter) = clause.alternatives[0],
               window.narrow(by: filter) {
                let (sql, args) = filter.sql
                conditions.append(sql)
                arguments += args
                continue
            }
            var parts: [String] = [], matchParts: [String] = []
            for case .filter(let filter) in clause.alternatives {
                let (sql, args) = filter.sql
                parts.append(sql)
                arguments += args
                let (matchSQL, matchArgs) = layout.map { filter.matchSQL(table: table, layout: $0, kinds: askedKind.map { [$0] } ?? RecordKind.allCases) }
                    ?? (filter.sql.0, filter.sql.1.map(\.databaseValue))
                matchParts.append(matchSQL)
                matchArguments += matchArgs
            }
            func joined(_ parts: [String]) -> String {
                let all = parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " OR ") + ")"
                return clause.negated ? "NOT \(all)" : all
            }
            conditions.append(joined(parts))
            matchConditions.append(joined(matchParts))
        }
        // The talks' index holds only talks: asking for them alone needs no range.
        if let layout, window.kinds != Set(RecordKind.allCases) || window.hasDates,
           !(talksOnly && window.kinds == [.talk] && !window.hasDates) {
            let (sql, bounds) = window.condition("\(table).rowid", in: layout)
            matchConditions.insert(sql, at: 0)
            matchArguments.insert(contentsOf: bounds.map(\.databaseValue), at: 0)
        }
        var compiled = CompiledQuery(match: nil, excluded: negative, conditions: conditions, arguments: arguments,
                                     matchConditions: matchConditions, matchConditionArguments: matchArguments, kind: askedKind, ftsTable: table)
        guard !positive.isEmpty else { return compiled }
        var match = positive.map { "(\($0))" }.joined(separator: " AND ")
        for expression in negative { match = "(\(match)) NOT (\(expression))" }
        compiled.match = match
        compiled.excluded = []
        return compiled
    }
}

extension SearchQuery.Text {
    /// `"word"*`, `"a phrase"`, `title : "word"*`: user text is always quoted, so no input is FTS5 syntax.
    func ftsExpression(expand: (String) -> [String]? = { _ in nil }) -> String {
        let term: String
        if isPhrase {
            term = fts5String(words)
        } else {
            // Each word of "c++ compiler" on its own, all required.
            let parts = words.split(whereSeparator: { $0.isWhitespace }).map { word in
                expansion(of: word, expand) ?? fts5String(word)
            }
            term = parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " AND ") + ")"
        }
        // Unqualified words search the record's own text, not the topic names derived from it.
        guard let field else { return "{title speakers affiliations abstract} : \(term)" }
        return "\(field.rawValue) : \(term)"
    }

    /// `("network" OR "networks")` for the prefix `network`: FTS5 merges every term under a
    /// prefix it has no prefix index for before it returns one row, while a list of terms is read
    /// lazily, so the first rows of a common word come at once. Only plain ASCII words (the
    /// tokenizer's folding is then just lowercasing) longer than the indexed prefixes.
    private func expansion(of word: Substring, _ expand: (String) -> [String]?) -> String? {
        guard isPrefix, word.count > 3, word.utf8.allSatisfy({ $0 < 0x80 && (($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || (0x30...0x39).contains($0)) }),
              let terms = expand(word.lowercased()), !terms.isEmpty else { return nil }
        return "(" + terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " OR ") + ")"
    }

    /// `"text"` (then `*` for a prefix) with inner quotes doubled scalar by scalar: a quote followed
    /// by a combining mark is one Character, which a Character-wise replace would leave undoubled.
    private func fts5String(_ text: some StringProtocol) -> String {
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in text.unicodeScalars {
            quoted.append(scalar)
            if scalar == "\"" { quoted.append(scalar) }
        }
        quoted.append("\"")
        return String(quoted) + (isPrefix ? "*" : "")
    }
}

extension SearchQuery.Filter {
    var sql: (String, [String]) {
        switch self {
        case .series(let slug): return ("\(Column.series.qualified) = ?", [slug])
        case .kind(let kind): return ("\(Column.kind.qualified) = ?", [kind.rawValue])
        case .year(let year): return ("substr(\(Column.date.qualified), 1, 4) = ?", [String(year)])
        case .onOrAfter(let day): return ("\(Column.date.qualified) >= ?", [day.iso])
        case .before(let day): return ("\(Column.date.qualified) < ?", [day.iso])
        case .identifier(let identifier):
            // An imported paper is its arXiv id (`arxiv-ID`); the archive's records are listed by id.
            let imported = if case .arxiv(let id) = identifier { ImportedPaper.id(arxiv: id) } else { "" }
            return ("(\(Column.id.qualified) = ? OR \(Column.id.qualified) IN (SELECT record_id FROM \(RecordSchema.identifiers) WHERE identifier = ?))",
                    [imported, identifier.key])
        case .records(let set): return set.sql
        // Resolved before compiling; unresolved (no lookup) it matches nothing.
        case .mark: return ("0", [])
        }
    }

    /// The condition beside a MATCH: a kind, or dates within the `kinds` the query asks for, is a
    /// range of rowids (a bound FTS5 seeks to); a series is read from the record.
    func matchSQL(table: String, layout: RowidLayout, kinds: [RecordKind]) -> (String, [DatabaseValue]) {
        let rowid = "\(table).rowid"
        func dates(from start: Day?, before end: Day?) -> (String, [DatabaseValue]) {
            let (sql, bounds) = layout.condition(rowid, kinds: kinds, from: start, before: end)
            return (sql, bounds.map(\.databaseValue))
        }
        switch self {
        case .kind(.talk): return ("\(rowid) <= \(layout.lastTalk)", [])
        case .kind(.paper): return ("\(rowid) > \(layout.lastTalk)", [])
        case .onOrAfter(let day): return dates(from: day, before: nil)
        case .before(let day): return dates(from: nil, before: day)
        case .year(let year):
            guard let first = Day(year: year, month: 1, day: 1) else { return ("0", []) }
            return dates(from: first, before: Day(year: year + 1, month: 1, day: 1))
        case .series, .identifier, .records, .mark: return (sql.0, sql.1.map(\.databaseValue))
        }
    }
}

private typealias Column = RecordSchema.Column

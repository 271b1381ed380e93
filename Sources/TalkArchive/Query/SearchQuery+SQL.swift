import Foundation
import GRDB

/// What a query compiles to, against the `record` table and its `record_fts` index (or
/// `talk_fts`, the talks' own, for `kind:talk`): one FTS5 MATCH expression for its words, and
/// GRDB `SQL` fragments, each carrying its own arguments, for everything else.
///
/// ```
/// speaker:wen sharp* -robust series:ellis
///   match:        (speakers : "wen"*) AND ("sharp*"*) NOT ("robust"*)
///   matchFilter:  record.series = ?            -- beside the MATCH, with kinds and dates as rowid ranges
///   recordFilter: record.series = ?            -- without words, on the record's columns
/// ```
struct CompiledQuery {
    /// The FTS5 MATCH expression of the positive text clauses (negative ones NOT-ed in), or nil
    /// when there are none; each word with the other forms it may be written in.
    var match: String?
    /// Narrower MATCH expressions whose matches rank first, in order: the words whole as typed,
    /// then whole or in their other forms; what only a prefix or a form finds comes last.
    var rankedFirst: [String] = []
    /// MATCH expressions whose rows are excluded when there is no positive text.
    var excluded: [String] = []
    /// The conditions on a record's columns, ANDed, for a query without words; nil when none.
    var recordConditions: [SQL] = []
    /// The conditions beside a MATCH, ANDed: kinds and dates as rowid ranges where a layout is known.
    var matchConditions: [SQL] = []
    /// Whether `matchConditions` read the `record` table, or only rowids.
    var filtersNeedRecord = false
    /// The one kind the query asks for (`kind:paper` alone in a clause), whose rowids follow dates.
    var kind: RecordKind?
    /// The full-text index the MATCH reads: the talks' own when the query asks for talks.
    var ftsTable = CompiledQuery.allIndex

    static let allIndex = RecordSchema.fts
    static let talkIndex = RecordSchema.talkFTS
}

extension CompiledQuery {
    /// `<fts> MATCH ? AND cond1 AND cond2`: the rows of a query with words.
    func matching(_ match: String) -> SQL {
        ([SQL("\(sql: ftsTable) MATCH \(match)")] + matchConditions).joined(separator: " AND ")
    }

    /// `WHERE …` for a query without words: its exclusions and conditions, then `more` (empty when none).
    func browseFilter(and more: SQL...) -> SQL {
        let exclusions = excluded.map { SQL("\(sql: RecordSchema.table).rowid NOT IN (SELECT rowid FROM \(sql: RecordSchema.fts) WHERE \(sql: RecordSchema.fts) MATCH \($0))") }
        let all = exclusions + recordConditions + more
        return all.isEmpty ? "" : "WHERE " + all.joined(separator: " AND ")
    }
}

extension SearchQuery {
    /// - Parameter words: the index's words: the ones a prefix stands for, when there are few
    ///   enough to list (`ArchiveIndex.expansions`), and the other forms of each word.
    /// - Parameter layout: where kinds and dates sit among rowids; without it (no index at hand)
    ///   every condition reads the record's columns.
    func compile(words: WordLookup = .none, layout: RowidLayout? = nil) -> CompiledQuery {
        // `kind:talk` on its own (the browser's talks view) reads the talks' index, which holds exactly them.
        let talksOnly = layout != nil && clauses.contains { !$0.negated && $0.alternatives == [.filter(.kind(.talk))] }
        var compiled = CompiledQuery(kind: askedKind, ftsTable: talksOnly ? CompiledQuery.talkIndex : CompiledQuery.allIndex)
        let (positive, negative) = textExpressions(words, variants: true)
        if positive.isEmpty {
            compiled.excluded = negative
        } else {
            let match = Self.match(positive, excluding: negative)
            compiled.match = match
            let whole = SearchQuery(clauses: clauses.map(\.whole))
            for variants in [false, true] {
                let narrower = whole.textExpressions(words, variants: variants)
                let expression = Self.match(narrower.positive, excluding: narrower.negative)
                if expression != match, !compiled.rankedFirst.contains(expression) { compiled.rankedFirst.append(expression) }
            }
        }
        let windowed: Set<Int>
        if let layout {
            let window = rowidWindow(in: layout, table: compiled.ftsTable, talksOnly: talksOnly)
            windowed = window.clauses
            if let condition = window.condition { compiled.matchConditions.append(condition) }
        } else {
            windowed = []
        }
        for (index, clause) in clauses.enumerated() {
            let filters = clause.alternatives.compactMap { atom -> Filter? in if case .filter(let filter) = atom { filter } else { nil } }
            guard !filters.isEmpty else { continue }
            compiled.recordConditions.append(Self.either(filters.map(\.recordCondition), negated: clause.negated))
            // A kind or a date on its own is already in the rowid window.
            guard !windowed.contains(index) else { continue }
            let beside = filters.map { filter in
                layout.map { filter.condition(beside: compiled.ftsTable, layout: $0, kinds: askedKind.map { [$0] } ?? RecordKind.allCases) }
                    ?? (filter.recordCondition, true)
            }
            compiled.matchConditions.append(Self.either(beside.map(\.0), negated: clause.negated))
            compiled.filtersNeedRecord = compiled.filtersNeedRecord || beside.contains { $0.1 }
        }
        return compiled
    }

    /// The one kind a clause of its own asks for (the browser always adds one): every match is of it.
    private var askedKind: RecordKind? {
        clauses.lazy.compactMap { clause -> RecordKind? in
            guard !clause.negated, clause.alternatives.count == 1, case .filter(.kind(let kind)) = clause.alternatives[0] else { return nil }
            return kind
        }.first
    }

    private static func match(_ positive: [String], excluding negative: [String]) -> String {
        negative.reduce(positive.map { "(\($0))" }.joined(separator: " AND ")) { "(\($0)) NOT (\($1))" }
    }

    /// Text clauses → FTS5 MATCH expressions: the positive ones, and the excluded ones. With
    /// `variants`, each word also matches its other forms, and words that spell a learned phrase
    /// its acronym ("neural tangent kernel" or NTK).
    private func textExpressions(_ words: WordLookup, variants: Bool) -> (positive: [String], negative: [String]) {
        var positive: [String] = [], negative: [String] = []
        var index = 0
        while index < clauses.count {
            if variants, let (end, acronym) = acronymRun(from: index, words) {
                let run = clauses[index..<end].compactMap { textExpression(of: $0, words, variants: true) }
                positive.append("(" + run.map { "(\($0))" }.joined(separator: " AND ") + ") OR \(SearchQuery.Text.ownText) : \"\(acronym)\"")
                index = end
                continue
            }
            let clause = clauses[index]
            index += 1
            guard let expression = textExpression(of: clause, words, variants: variants) else { continue }
            if clause.negated { negative.append(expression) } else { positive.append(expression) }
        }
        return (positive, negative)
    }

    private func textExpression(of clause: Clause, _ words: WordLookup, variants: Bool) -> String? {
        let texts = clause.alternatives.compactMap { atom -> String? in
            if case .text(let text) = atom { text.ftsExpression(words, variants: variants) } else { nil }
        }
        if texts.isEmpty { return nil }
        return texts.count == 1 ? texts[0] : "(" + texts.joined(separator: " OR ") + ")"
    }

    /// The clauses from `start` on whose words spell a learned phrase, and its acronym: the
    /// longest run of positive words (or phrases) without a field.
    private func acronymRun(from start: Int, _ lookup: WordLookup) -> (end: Int, acronym: String)? {
        var words: [String] = []
        var found: (Int, String)?
        for end in start..<min(clauses.count, start + 6) {
            guard !clauses[end].negated, clauses[end].alternatives.count == 1, case .text(let text) = clauses[end].alternatives[0],
                  text.field == nil else { break }
            words += text.words.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
            if words.count >= 2, words.allSatisfy(WordLookup.isPlain), let acronym = lookup.acronym(AcronymLearner.normalizedPhrase(words)) {
                found = (end + 1, acronym)
            }
        }
        return found
    }

    /// The rowid window: the positive kind and date clauses on their own, intersected into one
    /// rowid range per kind (a bound FTS5 seeks to), and which clauses it took in. No condition
    /// when it leaves every rowid, or only the talks of the talks' own index.
    private func rowidWindow(in layout: RowidLayout, table: String, talksOnly: Bool) -> (condition: SQL?, clauses: Set<Int>) {
        var window = RowidWindow()
        var taken = Set<Int>()
        for (index, clause) in clauses.enumerated() where !clause.negated && clause.alternatives.count == 1 {
            if case .filter(let filter) = clause.alternatives[0], window.narrow(by: filter) { taken.insert(index) }
        }
        guard window.kinds != Set(RecordKind.allCases) || window.hasDates,
              !(talksOnly && window.kinds == [.talk] && !window.hasDates) else { return (nil, taken) }
        return (window.condition("\(table).rowid", in: layout), taken)
    }

    /// `a`, or `(a OR b)`, preceded by NOT for an excluded clause.
    private static func either(_ conditions: [SQL], negated: Bool) -> SQL {
        let all = conditions.count == 1 ? conditions[0] : "(" + conditions.joined(separator: " OR ") + ")"
        return negated ? "NOT " + all : all
    }
}

extension SearchQuery.Clause {
    /// The clause with its words whole, not prefixes.
    var whole: Self {
        Self(alternatives: alternatives.map { atom in
            guard case .text(var text) = atom else { return atom }
            text.isPrefix = false
            return .text(text)
        }, negated: negated)
    }
}

extension SearchQuery.Text {
    /// The columns unqualified words search: the record's own text, not the topic names derived from it.
    static let ownText = "{title speakers affiliations abstract}"

    /// `"word"*`, `"a phrase"`, `title : "word"*`: user text is always quoted, so no input is FTS5
    /// syntax. With `variants`, each word or its other forms (`WordLookup`).
    func ftsExpression(_ lookup: WordLookup = .none, variants: Bool = false) -> String {
        let term: String
        if isPhrase {
            term = fts5String(words)
        } else {
            // Each word of "c++ compiler" on its own, all required.
            let parts = words.split(whereSeparator: { $0.isWhitespace }).map { word in
                variants ? wordOrForms(word, lookup) : exactWord(word, lookup)
            }
            term = parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " AND ") + ")"
        }
        guard let field else { return "\(Self.ownText) : \(term)" }
        return "\(field.rawValue) : \(term)"
    }

    private func exactWord(_ word: Substring, _ lookup: WordLookup) -> String {
        expansion(of: word, lookup.prefixTerms) ?? fts5String(word)
    }

    /// The word as typed, or: for `on-device`, its parts apart (`on device`) or together
    /// (`ondevice`); otherwise its other indexed forms, and the phrases it abbreviates
    /// (`"neural tangent kernel"*`, the last word a prefix).
    private func wordOrForms(_ word: Substring, _ lookup: WordLookup) -> String {
        let exact = exactWord(word, lookup)
        var alternatives = [exact]
        let pieces = word.split(whereSeparator: { $0 == "-" || $0 == "‐" || $0 == "–" })
        if pieces.count > 1, pieces.allSatisfy({ $0.contains { $0.isLetter || $0.isNumber } }) {
            let last = pieces.count - 1
            alternatives.append("(" + pieces.enumerated().map { fts5String($1, prefix: $0 == last && isPrefix) }.joined(separator: " AND ") + ")")
            alternatives.append(fts5String(pieces.joined()))
        } else if field != .speakers, field != .affiliations, WordLookup.isPlain(word) {
            let lower = word.lowercased()
            // Forms the word as typed already matches add nothing.
            let forms = lookup.forms(lower, isPrefix).filter { isPrefix ? !$0.hasPrefix(lower) : $0 != lower }
            alternatives += forms.map { fts5String($0, prefix: false) }
            alternatives += lookup.phrases(lower).map { fts5String($0, prefix: true) }
        }
        return alternatives.count == 1 ? exact : "(" + alternatives.joined(separator: " OR ") + ")"
    }

    /// `("network" OR "networks")` for the prefix `network`: FTS5 merges every term under a
    /// prefix it has no prefix index for before it returns one row, while a list of terms is read
    /// lazily, so the first rows of a common word come at once. Only plain ASCII words (the
    /// tokenizer's folding is then just lowercasing) longer than the indexed prefixes.
    private func expansion(of word: Substring, _ expand: (String) -> [String]?) -> String? {
        guard isPrefix, word.count > 3, WordLookup.isPlain(word), let terms = expand(word.lowercased()), !terms.isEmpty else { return nil }
        return "(" + terms.map { fts5String($0, prefix: false) }.joined(separator: " OR ") + ")"
    }

    /// `"text"` (then `*` for a prefix) with inner quotes doubled scalar by scalar: a quote followed
    /// by a combining mark is one Character, which a Character-wise replace would leave undoubled.
    private func fts5String(_ text: some StringProtocol) -> String { fts5String(text, prefix: isPrefix) }

    private func fts5String(_ text: some StringProtocol, prefix: Bool) -> String {
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in text.unicodeScalars {
            quoted.append(scalar)
            if scalar == "\"" { quoted.append(scalar) }
        }
        quoted.append("\"")
        return String(quoted) + (prefix ? "*" : "")
    }
}

extension SearchQuery.Filter {
    /// The condition on a record's columns. A new kind of filter adds its case here and in
    /// `condition(beside:layout:kinds:)`.
    var recordCondition: SQL {
        switch self {
        // IS, not =: a paper has no series, and `-series:ellis` must keep it (NOT NULL is NULL).
        case .series(let slug): return "\(sql: Column.series.qualified) IS \(slug)"
        case .kind(let kind): return "\(sql: Column.kind.qualified) = \(kind.rawValue)"
        case .year(let year): return "substr(\(sql: Column.date.qualified), 1, 4) = \(String(year))"
        case .onOrAfter(let day): return "\(sql: Column.date.qualified) >= \(day.iso)"
        case .before(let day): return "\(sql: Column.date.qualified) < \(day.iso)"
        case .identifier(let identifier):
            // An imported paper is its arXiv id (`arxiv-ID`); the archive's records are listed by id.
            let imported = if case .arxiv(let id) = identifier { ImportedPaper.id(arxiv: id) } else { "" }
            return """
                (\(sql: Column.id.qualified) = \(imported) OR \(sql: Column.id.qualified) IN (SELECT record_id FROM \(sql: RecordSchema.identifiers) \
                WHERE identifier = \(identifier.key)))
                """
        case .records(let set): return set.sql
        // Resolved before compiling; unresolved (no lookup) it matches nothing.
        case .mark: return "0"
        }
    }

    /// The condition beside a MATCH on `table`, and whether it reads the record: a kind, or dates
    /// within the `kinds` the query asks for, is a range of rowids (a bound FTS5 seeks to); a
    /// series is read from the record.
    func condition(beside table: String, layout: RowidLayout, kinds: [RecordKind]) -> (SQL, readsRecord: Bool) {
        let rowid = "\(table).rowid"
        func dates(from start: Day?, before end: Day?) -> (SQL, readsRecord: Bool) {
            (layout.condition(rowid, kinds: kinds, from: start, before: end), false)
        }
        switch self {
        case .kind(.talk): return ("\(sql: rowid) <= \(layout.lastTalk)", false)
        case .kind(.paper): return ("\(sql: rowid) > \(layout.lastTalk)", false)
        case .onOrAfter(let day): return dates(from: day, before: nil)
        case .before(let day): return dates(from: nil, before: day)
        case .year(let year):
            guard let first = Day(year: year, month: 1, day: 1) else { return ("0", false) }
            return dates(from: first, before: Day(year: year + 1, month: 1, day: 1))
        case .series, .identifier, .records, .mark: return (recordCondition, true)
        }
    }
}

private typealias Column = RecordSchema.Column

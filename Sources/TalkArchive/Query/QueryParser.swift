import Foundation

/// Turns query text into clauses; see `SearchQuery` for the language.
struct QueryParser {
    private let tokens: [QueryToken]

    init(_ input: String) {
        // FTS5 ends a string at NUL, so a NUL (meaningless in a query) separates words instead;
        // replaced scalar by scalar, since a NUL followed by a combining mark is one Character.
        let scalars = input.unicodeScalars.map { $0 == "\0" ? " " : $0 }
        tokens = QueryToken.split(String(String.UnicodeScalarView(scalars)))
    }

    static let fields: [String: String] = [
        "title": "title", "speaker": "speaker", "speakers": "speaker", "by": "speaker",
        "affiliation": "affiliation", "affil": "affiliation", "abstract": "abstract", "topic": "topic",
        "topics": "topic", "series": "series", "year": "year", "kind": "kind", "after": "after",
        "before": "before", "since": "after", "arxiv": "arxiv", "doi": "doi",
        "is": "is", "has": "has", "tag": "tag", "note": "note",
    ]

    /// More clauses than anyone types; past it a pasted paragraph would make FTS5 crawl.
    static let maxClauses = 24

    func parse() throws -> [SearchQuery.Clause] {
        var clauses = try parseClauses().map { clause in
            // "a OR a OR a": a repeated alternative adds nothing but cost.
            var seen = Set<SearchQuery.Atom>()
            return SearchQuery.Clause(alternatives: clause.alternatives.filter { seen.insert($0).inserted }, negated: clause.negated)
        }
        // "a a a": a repeated clause adds nothing but cost.
        var seen = Set<SearchQuery.Clause>()
        clauses = clauses.filter { seen.insert($0).inserted }
        // Every OR alternative is a term FTS5 matches: they count toward the cap, so a pasted
        // "a OR b OR c …" costs no more than as many words.
        let terms = clauses.reduce(0) { $0 + $1.alternatives.count }
        guard terms <= QueryParser.maxClauses else {
            throw QueryError("the query has \(terms) words and filters (each OR alternative counts); at most \(QueryParser.maxClauses) are allowed")
        }
        return clauses
    }

    private func parseClauses() throws -> [SearchQuery.Clause] {
        var clauses: [SearchQuery.Clause] = []
        var joinNext = false
        for (index, token) in tokens.enumerated() {
            if token.isOrOperator {
                // OR between two clauses; a dangling OR is just the word "or".
                let hasNext = tokens[(index + 1)...].contains { !$0.isOrOperator }
                if !clauses.isEmpty && hasNext { joinNext = true; continue }
            }
            guard let atom = try atom(for: token) else { continue }
            if joinNext, var last = clauses.popLast() {
                guard last.negated == token.negated else {
                    throw QueryError("OR cannot join an excluded clause (-word) with another; write -(a) -(b) as -a -b")
                }
                last.alternatives.append(atom)
                clauses.append(try checkedMix(last))
            } else {
                clauses.append(SearchQuery.Clause(alternatives: [atom], negated: token.negated))
            }
            joinNext = false
        }
        return clauses
    }

    /// OR may join words with words, or filters with filters, not one with the other.
    private func checkedMix(_ clause: SearchQuery.Clause) throws -> SearchQuery.Clause {
        let texts = clause.alternatives.filter { if case .text = $0 { true } else { false } }.count
        if texts != 0 && texts != clause.alternatives.count {
            throw QueryError("OR joins words with words or filters with filters (series:, year:, kind:, after:, before:, arxiv:, doi:, is:, tag:, …), not a word with a filter")
        }
        return clause
    }

    private func atom(for token: QueryToken) throws -> SearchQuery.Atom? {
        guard let rawField = token.field else {
            // A pasted id ("1806.07572", "hep-th/9901001", "10.1103/…") finds the records linking it.
            if !token.quoted, let identifier = PaperIdentifier(parsing: token.value) { return .filter(.identifier(identifier)) }
            return text(token.value, phrase: token.quoted, open: token.unterminated, field: nil)
        }
        guard let field = QueryParser.fields[rawField.lowercased()] else {
            if ["http", "https"].contains(rawField.lowercased()) {
                // A pasted link: an arXiv or DOI address names a paper; others have no words worth searching.
                let link = rawField + ":" + token.value
                if let identifier = PaperIdentifier(parsing: link) { return .filter(.identifier(identifier)) }
                // Half-typed or half-pasted ("https://arxiv.org/abs/18"): nothing to search yet.
                let lower = link.lowercased()
                if !lower.contains(".") || lower.contains("arxiv.org/") || lower.contains("doi.org/") { return nil }
                throw QueryError("“\(rawField):\(token.value.prefix(40))” is a link to neither arXiv nor a DOI; search for its words instead")
            }
            if rawField.allSatisfy(\.isLetter) && rawField.count >= 3 {
                throw QueryError("unknown field “\(rawField):”; fields are title: speaker: affiliation: abstract: topic: series: kind: year: after: before: arxiv: doi: is: has: tag: note:")
            }
            // "s1:" in a title is a word, not a field.
            return text(rawField + ":" + token.value, phrase: token.quoted, open: token.unterminated, field: nil)
        }
        let value = token.value.trimmingCharacters(in: .whitespaces)
        if value.isEmpty { return nil } // half-typed ("speaker:"): nothing to search yet
        switch field {
        case "title": return text(value, phrase: token.quoted, open: token.unterminated, field: .title)
        case "speaker": return text(value, phrase: token.quoted, open: token.unterminated, field: .speakers)
        case "affiliation": return text(value, phrase: token.quoted, open: token.unterminated, field: .affiliations)
        case "abstract": return text(value, phrase: token.quoted, open: token.unterminated, field: .abstract)
        case "topic": return text(value, phrase: token.quoted, open: token.unterminated, field: .topics)
        case "is", "has", "tag", "note": return .filter(.mark(try QueryParser.mark(field, value)))
        default: return .filter(try filter(field, value))
        }
    }

    private func text(_ words: String, phrase: Bool, open: Bool, field: SearchQuery.TextField?) -> SearchQuery.Atom? {
        guard words.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        return .text(SearchQuery.Text(words: words, isPhrase: phrase, isPrefix: !phrase || open, field: field))
    }

    private func filter(_ field: String, _ value: String) throws -> SearchQuery.Filter {
        switch field {
        case "series":
            return .series(value.lowercased())
        case "kind":
            switch value.lowercased() {
            case "talk", "talks": return .kind(.talk)
            case "paper", "papers": return .kind(.paper)
            default: throw QueryError("kind: is talk or paper, not “\(value)”")
            }
        case "year":
            guard value.count == 4, let year = Int(value), (1000...9999).contains(year) else {
                throw QueryError("year: takes a four-digit year, like year:2023, not “\(value)”")
            }
            return .year(year)
        case "after":
            guard let day = QueryParser.day(value) else { throw dateError("after", value) }
            return .onOrAfter(day)
        case "arxiv":
            guard let identifier = PaperIdentifier(parsing: value), case .arxiv = identifier else {
                throw QueryError("arxiv: takes an arXiv id, like arxiv:2211.05729 or arxiv:hep-th/9901001, not “\(value)”")
            }
            return .identifier(identifier)
        case "doi":
            guard let identifier = PaperIdentifier(parsing: "doi:" + value) ?? PaperIdentifier(parsing: value) else {
                throw QueryError("doi: takes a DOI, like doi:10.1103/PhysRevLett.116.061102, not “\(value)”")
            }
            return .identifier(identifier)
        default:
            guard let day = QueryParser.day(value) else { throw dateError("before", value) }
            return .before(day)
        }
    }

    private func dateError(_ field: String, _ value: String) -> QueryError {
        QueryError("\(field): takes a date YYYY-MM-DD (or YYYY-MM, YYYY), like \(field):2026-03-01, not “\(value)”")
    }

    /// "2026", "2026-03", "2026-03-16" → the first day they name.
    static func day(_ text: String) -> Day? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              let year = Int(parts[0]) else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : 1
        let day = parts.count > 2 ? Int(parts[2]) : 1
        guard let month, let day else { return nil }
        return Day(year: year, month: month, day: day)
    }
}

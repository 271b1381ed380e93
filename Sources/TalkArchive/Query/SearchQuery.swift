/// A parsed query of the `talks` query language.
///
/// ```
/// lyap                      prefix of a word: finds "Lyapunov"
/// "neural tangent"          a phrase
/// speaker:muenn title:scaling affiliation:stanford abstract:grokking topic:optimization
/// series:ellis kind:paper year:2023 after:2026-03-01 before:2026-04
/// 1806.07572  arxiv:hep-th/9901001  https://arxiv.org/abs/1806.07572v2  doi:10.1103/…
/// is:starred is:seen is:unseen is:towatch tag:reading has:note note:idea   your own marks
/// flatness -robustness      exclude a word
/// sharpness OR flatness     either
/// ```
/// All clauses must match; `OR` joins the clauses on either side of it; `-` excludes a clause.
/// Parsing never fails on odd input (quotes, punctuation, half-typed fields); only values that
/// cannot mean anything (`year:abc`, `after:2026-13-01`, `kind:video`, `colour:red`) are errors.
public struct SearchQuery: Hashable, Sendable {
    /// A column of the full-text index a word can be limited to.
    public enum TextField: String, Sendable, CaseIterable {
        case title, speakers, affiliations, abstract, topics
    }

    /// One word or phrase to look up in the full-text index.
    public struct Text: Hashable, Sendable {
        public var words: String
        public var isPhrase: Bool
        /// Matches words that start with the last word (search as you type).
        public var isPrefix: Bool
        public var field: TextField?
    }

    /// A condition on a record's metadata, not its text.
    public enum Filter: Hashable, Sendable {
        case series(String)
        case kind(RecordKind)
        case year(Int)
        case onOrAfter(Day)
        case before(Day)
        /// Records linking this paper: `arxiv:ID`, `doi:DOI`, or a pasted id or arXiv/DOI URL.
        case identifier(PaperIdentifier)
        /// The reader's own marks (`is:starred`, `tag:rl`, …), resolved before compiling (`resolvingMarks`).
        case mark(MarkCondition)
        /// The records a mark condition stood for when the query was resolved.
        case records(RecordIDSet)
    }

    public enum Atom: Hashable, Sendable {
        case text(Text)
        case filter(Filter)
    }

    /// Alternatives joined by OR; the clause is excluded when `negated`.
    public struct Clause: Hashable, Sendable {
        public var alternatives: [Atom]
        public var negated: Bool
    }

    public var clauses: [Clause]

    /// True when nothing constrains the results: every record matches.
    public var isEmpty: Bool { clauses.isEmpty }


    /// The plain words a user searched for, to highlight in text the index did not mark.
    public var highlightTerms: [String] {
        clauses.filter { !$0.negated }.flatMap(\.alternatives).compactMap { atom in
            if case .text(let text) = atom { return text.words } else { return nil }
        }
    }

    public init(clauses: [Clause]) { self.clauses = clauses }

    /// Parses a query typed by a user. Throws `QueryError` with a one-line message.
    public init(parsing input: String) throws {
        self.clauses = try QueryParser(input).parse()
    }

    /// This query with `filter` required as well: how a view narrows what the user typed
    /// without rewriting the text.
    ///
    /// ```swift
    /// try SearchQuery(parsing: "lyap").requiring(.kind(.talk))   // == SearchQuery(parsing: "lyap kind:talk")
    /// ```
    public func requiring(_ filter: Filter) -> SearchQuery {
        let clause = Clause(alternatives: [.filter(filter)], negated: false)
        // A clause already there adds nothing but cost, as the parser has it.
        return clauses.contains(clause) ? self : SearchQuery(clauses: clauses + [clause])
    }
}

/// A query that cannot mean anything, with a message for the user.
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A query clause about the reader's own marks: `is:starred`, `is:seen`, `is:unseen`,
/// `is:towatch`, `tag:NAME`, `has:note`, `note:WORD`.
///
/// The index does not hold marks (they are user data, in their own database): before a query is
/// compiled, each condition is resolved through a `MarkLookup` into the set of record ids it
/// stands for (`SearchQuery.resolvingMarks`), and that set is what the SQL reads.
public enum MarkCondition: Hashable, Sendable {
    case starred, seen, unseen, toWatch
    case tagged(TagName)
    case hasNote
    /// Notes containing this text, ignoring case.
    case noteContains(String)

    /// The condition whose records are looked up: `unseen` is every record but the seen ones.
    public var lookedUp: MarkCondition { self == .unseen ? .seen : self }
    var isInverted: Bool { self == .unseen }
}

/// Where the ids of marked records come from: the personal store, or nothing marked.
public protocol MarkLookup: Sendable {
    /// The ids of the records that satisfy `condition` (never called with `.unseen`: see `MarkCondition.lookedUp`).
    func recordIDs(_ condition: MarkCondition) throws -> [String]
}

/// The lookup of a reader with no marks (an index without a personal store: tests, benchmarks).
public struct NoMarks: MarkLookup {
    public init() {}
    public func recordIDs(_ condition: MarkCondition) throws -> [String] { [] }
}

/// A set of record ids a resolved mark condition stands for; `excluded` inverts it.
public struct RecordIDSet: Hashable, Sendable {
    public var ids: [String]
    public var excluded: Bool
}

extension SearchQuery {
    /// Whether any clause is about marks: only such queries read the personal store.
    public var asksForMarks: Bool {
        clauses.contains { $0.alternatives.contains { if case .filter(.mark) = $0 { true } else { false } } }
    }

    /// This query with every mark condition replaced by the ids it stands for now.
    ///
    /// ```swift
    /// try SearchQuery(parsing: "lyap is:starred").resolvingMarks(store)
    /// // lyap, and record.id IN (the starred ids)
    /// ```
    public func resolvingMarks(_ lookup: MarkLookup) throws -> SearchQuery {
        guard asksForMarks else { return self }
        var resolved = self
        for i in resolved.clauses.indices {
            resolved.clauses[i].alternatives = try resolved.clauses[i].alternatives.map { atom in
                guard case .filter(.mark(let condition)) = atom else { return atom }
                let ids = try lookup.recordIDs(condition.lookedUp)
                return .filter(.records(RecordIDSet(ids: ids, excluded: condition.isInverted)))
            }
        }
        return resolved
    }
}

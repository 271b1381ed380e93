import TalkArchive

/// The list's rows: how many the applied query has, and the few loaded around what is on screen
/// (the index hands out rows a screenful at a time, so a million results cost what fifty do).
public struct ResultWindow: Sendable {
    /// The query and order these rows are for; rows of another are never mixed in.
    public var query: SearchQuery?
    public var order: ResultOrder = .relevance
    public var count = MatchCount(value: 0, isAtLeast: false)
    /// The results' talks and papers, counted apart for the status line.
    public var kinds = KindCounts.none
    public var slice = ResultSlice(offset: 0, hits: [])
    /// When the query found nothing: the archive's closest words to offer instead.
    public var closest: [String] = []

    public init() {}

    public var total: Int { count.value }
    public var isEmpty: Bool { total == 0 }
    /// "Muennighoff", "Muennighoff or Muenchen": the closest words, when the query found nothing.
    public var didYouMean: String? { closest.isEmpty ? nil : closest.joined(separator: " or ") }

    /// The row at `position`, when it is loaded.
    public func hit(at position: Int) -> SearchHit? {
        let index = position - slice.offset
        return slice.hits.indices.contains(index) ? slice.hits[index] : nil
    }

    /// Whether every row of `positions` that exists is loaded.
    func covers(_ positions: Range<Int>) -> Bool {
        let wanted = positions.clamped(to: 0..<total)
        return wanted.isEmpty || (slice.offset <= wanted.lowerBound && wanted.upperBound <= slice.offset + slice.hits.count)
    }

    /// The loaded row nearest to `position`: the index reads on from it.
    func anchor(near position: Int) -> RowsRequest.Anchor? {
        guard !slice.hits.isEmpty else { return nil }
        let index = min(max(0, position - slice.offset), slice.hits.count - 1)
        return RowsRequest.Anchor(position: slice.offset + index, record: slice.hits[index].record)
    }

    /// The position of the record `id`, when it is loaded.
    func position(of id: String) -> Int? {
        slice.hits.firstIndex { $0.record.id == id }.map { slice.offset + $0 }
    }
}

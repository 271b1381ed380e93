/// Order statistics for latency samples.
enum Statistics {
    /// The `p`th percentile by nearest rank: `percentile([1, 2, 3, 4], 50)` is 2.
    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}

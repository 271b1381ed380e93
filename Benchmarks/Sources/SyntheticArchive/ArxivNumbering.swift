/// Hands out unique, increasing arXiv ids per month, with small random gaps as real ids have:
/// four digits after the dot before 2015 ("0704.0001"), five from 2015 ("2304.09871").
///
/// Memory is one counter per month seen, a few hundred at most.
struct ArxivNumbering: Sendable {
    private var counters: [Int: Int] = [:]

    /// The next id of the month of `day`.
    mutating func next(on day: CalendarDay, _ rng: inout SplitMix64) -> String {
        let key = day.year * 100 + day.month
        let number = counters[key, default: 0] + 1 + rng.below(3)
        counters[key] = number
        let yymm = String(key % 10000).leftPadded(to: 4)
        let digits = day.year < 2015 ? 4 : 5
        return "\(yymm).\(String(number).leftPadded(to: digits))"
    }
}

extension String {
    /// The string with zeros in front up to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

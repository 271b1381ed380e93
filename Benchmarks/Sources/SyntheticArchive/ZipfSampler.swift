import Foundation

/// Draws ranks `0..<count` with Zipf's law: rank r has weight 1 / (r + 1)^exponent, so the first
/// words of `Vocabulary.words` are common and the tail is rare, as in real text.
///
/// ```swift
/// let zipf = ZipfSampler(count: 1500, exponent: 1.0)
/// let rank = zipf.sample(&rng)   // 0 about 12% of the time at this size
/// ```
struct ZipfSampler: Sendable {
    /// Cumulative weights, normalized so the last is 1.
    private let cumulative: [Double]

    /// - Parameters:
    ///   - count: how many ranks.
    ///   - exponent: the law's exponent; 1 is classic Zipf.
    init(count: Int, exponent: Double) {
        precondition(count > 0, "a Zipf sampler needs at least one rank")
        var running = 0.0
        var sums: [Double] = []
        sums.reserveCapacity(count)
        for rank in 0..<count {
            running += 1 / pow(Double(rank + 1), exponent)
            sums.append(running)
        }
        cumulative = sums.map { $0 / running }
    }

    /// One rank, by binary search of a uniform draw in the cumulative weights.
    func sample(_ rng: inout SplitMix64) -> Int {
        let u = rng.unit()
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > u { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// The probability of `rank`, for tests.
    func probability(of rank: Int) -> Double {
        rank == 0 ? cumulative[0] : cumulative[rank] - cumulative[rank - 1]
    }
}

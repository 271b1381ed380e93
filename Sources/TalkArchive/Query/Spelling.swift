/// The closest words to a misspelled one, for "did you mean Muennighoff?" when a search finds
/// nothing. Edit distance (insertions, deletions, substitutions and swaps of neighbours) over the
/// archive's own words and names, a few thousand: a scan costs well under a millisecond, and runs
/// only when a search found nothing.
enum Spelling {
    /// At most this many edits: one for short words, two from six letters.
    static func allowedEdits(_ word: String) -> Int { word.count >= 6 ? 2 : (word.count >= 4 ? 1 : 0) }

    /// The candidates within the allowed edits of `word`, closest first, then most frequent.
    static func closest(to word: String, among candidates: [(word: String, display: String, count: Int)], limit: Int = 3) -> [String] {
        let typed = Array(word.lowercased())
        let allowed = allowedEdits(word)
        guard allowed > 0 else { return [] }
        var found: [(distance: Int, count: Int, display: String)] = []
        for candidate in candidates where abs(candidate.word.count - typed.count) <= allowed && candidate.word != word {
            let distance = Spelling.distance(typed, Array(candidate.word), limit: allowed)
            if distance <= allowed { found.append((distance, candidate.count, candidate.display)) }
        }
        return found.sorted { ($0.distance, -$0.count, $0.display) < ($1.distance, -$1.count, $1.display) }.prefix(limit).map(\.display)
    }

    /// Optimal-string-alignment distance, or `limit + 1` once every path exceeds `limit`.
    static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var best = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, before[j - 2] + 1) }
                current[j] = value
                best = min(best, value)
            }
            if best > limit { return limit + 1 }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}

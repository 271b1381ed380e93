/// Makes synthetic records one at a time from a seeded generator: the same seed and the same
/// sequence of days give the same records, byte for byte.
///
/// Distributions (checked by the tests):
/// - words drawn from `Vocabulary.words` by Zipf's law on their archive frequency rank;
/// - titles of 5–15 words (mean 10), Title Case, a third of them with a "Head: rest" colon;
/// - abstracts of 120–249 words (mean ~184) in sentences of 8–27 words;
/// - 1–6 people, two or three most often.
public struct RecordGenerator: Sendable {
    /// Bounds the tests check and the documentation states.
    public static let titleWords = 5...15
    public static let abstractWords = 120...249
    public static let peopleCount = 1...6

    private var rng: SplitMix64
    private var numbering = ArxivNumbering()
    private let zipf = ZipfSampler(count: Vocabulary.words.count, exponent: 1.0)
    /// Cumulative weights of 1…6 people: 20, 30, 22, 14, 9, 5 percent.
    private static let peopleWeights = [20, 50, 72, 86, 95, 100]
    private static let categories = ["cs.LG", "stat.ML", "cs.AI", "math.OC", "cs.CV", "cs.CL",
                                     "cs.NE", "math.PR", "cond-mat.dis-nn", "math.ST"]
    /// Short words left in lower case inside a title.
    private static let minorWords: Set<String> = ["a", "an", "the", "of", "and", "or", "in", "on", "to",
                                                  "for", "by", "as", "at", "with", "via", "from", "is"]

    public init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    /// The next record, dated `day`.
    ///
    /// - Parameter withAbstract: the chance that the record has an abstract.
    public mutating func next(on day: CalendarDay, withAbstract: Double = 1) -> SyntheticRecord {
        let id = numbering.next(on: day, &rng)
        let title = makeTitle()
        let people = makePeople()
        let abstract = rng.chance(withAbstract) ? makeAbstract() : nil
        let primary = Self.categories[rng.below(Self.categories.count)]
        var categories = [primary]
        for _ in 0..<rng.below(3) {
            let other = Self.categories[rng.below(Self.categories.count)]
            if !categories.contains(other) { categories.append(other) }
        }
        return SyntheticRecord(arxivID: id, day: day, title: title, people: people,
                               abstract: abstract, categories: categories)
    }

    // MARK: Text

    private mutating func word() -> String { Vocabulary.words[zipf.sample(&rng)] }

    private mutating func makeTitle() -> String {
        let count = 5 + rng.below(6) + rng.below(6)
        let colonAfter = rng.chance(1.0 / 3) ? 1 + rng.below(2) : 0
        var words: [String] = []
        for index in 0..<count {
            let w = word()
            let capitalized = index == 0 || index == colonAfter || !Self.minorWords.contains(w)
            words.append((capitalized ? w.prefix(1).uppercased() + w.dropFirst() : w) + (index + 1 == colonAfter ? ":" : ""))
        }
        return words.joined(separator: " ")
    }

    private mutating func makeAbstract() -> String {
        let total = 120 + rng.below(44) + rng.below(44) + rng.below(44)
        var sentences: [String] = []
        var written = 0
        while written < total {
            let length = min(8 + rng.below(20), total - written)
            var words: [String] = []
            for index in 0..<length {
                let w = word()
                words.append(index == 0 ? w.prefix(1).uppercased() + w.dropFirst() : w)
                if index + 1 < length, index > 2, rng.chance(0.06) { words[index] += "," }
            }
            sentences.append(words.joined(separator: " ") + ".")
            written += length
        }
        return sentences.joined(separator: " ")
    }

    private mutating func makePeople() -> [SyntheticPerson] {
        let roll = rng.below(100)
        let count = (Self.peopleWeights.firstIndex { roll < $0 } ?? 0) + 1
        return (0..<count).map { _ in
            let first = People.firstNames[rng.below(People.firstNames.count)]
            let last = People.lastNames[rng.below(People.lastNames.count)]
            let affiliation = People.affiliations[rng.below(People.affiliations.count)]
            return SyntheticPerson(name: "\(first) \(last)", affiliation: affiliation)
        }
    }
}

/// Finds which areas of the group's topic list a record is about, and says why: the sub-themes
/// and the words of the record that matched.
///
/// Each area and sub-theme stands for terms: those split from the list's own lines (weak
/// evidence) and those of the lexicon (`TopicLexicon`, strong or weak). A record's titles and
/// texts are split into words and stemmed (`WordForms`); a term matches where its words occur in a
/// row (or as an acronym, or `a .. b` nearby). An area's points are its distinct terms' weights, a
/// title's counting `Weights.title` times and weak terms found only in texts adding at most
/// `Weights.weakTextCap`; it is assigned at `Weights.threshold` points, and, when none of its terms
/// is in a title, only with `Weights.relative` of the best area's points too. A term inside a
/// longer one of the same area ("optimizer" in "second-order optimizer") does not count.
///
/// ```swift
/// let matcher = TopicMatcher(topics: archive.topics)
/// matcher.match(.init(titles: ["Sophia: A Scalable Stochastic Second-order Optimizer"], bodies: []))
/// // [TopicMatch(topic: "Optimization & Training Dynamics", terms: ["Second-order Optimizer"], themes: […]), …]
/// ```
public struct TopicMatcher: Sendable {
    /// How much evidence counts, and how much an area needs: chosen on the tuning part of the hand
    /// labels (`talks-bench topics --sweep`), never on the held-out part.
    public struct Weights: Sendable, Hashable {
        public var strong = 2.0
        public var weak = 1.0
        /// A term found in a title counts this many times.
        public var title = 2.0
        public var threshold = 2.0
        /// An area found only in a record's texts, not its titles, also needs this share of the
        /// best area's points: a paper on pruning that mentions its training once is not about training.
        public var relative = 0.5
        /// The most that weak terms found only in texts add to an area: passing words don't add up
        /// to a subject.
        public var weakTextCap = 1.0

        public init() {}
        public static let standard = Weights()
    }

    /// What the matcher reads of a record: its titles (its own, and the paper a session discussed)
    /// and its texts (abstracts, notes).
    public struct Text: Sendable {
        public var titles: [String]
        public var bodies: [String]

        public init(titles: [String], bodies: [String]) {
            self.titles = titles
            self.bodies = bodies
        }
    }

    /// A term of an area, or of one of its sub-themes.
    struct Term: Sendable {
        let area: Int
        let theme: Int?
        let weight: Double
    }

    /// How a term is found in a text: its words in a row, or a second run of words within
    /// `nearWindow` words after a first.
    enum Pattern: Sendable {
        case words([String])
        case near([String], [String])
    }

    static let nearWindow = 4

    let areas: [Topic]
    let terms: [Term]
    /// Every pattern of every term, filed under its first stem.
    let patterns: [String: [(term: Int, pattern: Pattern)]]
    /// Acronym terms by their upper-case spelling.
    let acronyms: [String: [Int]]
    let weights: Weights

    /// - Parameters:
    ///   - lexicon: terms beyond the list's own words, by area and sub-theme.
    ///   - corpus: texts to learn acronyms from ("Sharpness-Aware Minimization (SAM)"), so a term
    ///     also matches its acronym or its expansion.
    public init(topics: [Topic], lexicon: TopicLexicon = .standard, corpus: [String] = [], weights: Weights = .standard) {
        var builder = TermTable(areas: topics, weights: weights)
        builder.add(lexicon)
        builder.addListTerms()
        builder.learnAcronyms(from: corpus)
        areas = topics
        terms = builder.terms
        patterns = builder.patterns
        acronyms = builder.acronyms
        self.weights = weights
    }

    /// The areas `text` is about, in list order, with the words that matched.
    public func match(_ text: Text) -> [TopicMatch] {
        let fields = text.titles.map { ($0, true) } + text.bodies.map { ($0, false) }
        var hits: [Hit] = []
        for (field, (string, isTitle)) in fields.enumerated() where !string.isEmpty {
            hits += withoutNested(find(in: string, field: field, isTitle: isTitle))
        }
        let byArea = areas.indices.map { area in hits.filter { terms[$0.term].area == area } }
        let scores = byArea.map(score)
        let best = scores.max() ?? 0
        return areas.indices.compactMap { area in
            let inTitle = byArea[area].contains(where: \.isTitle)
            let needed = inTitle ? weights.threshold : max(weights.threshold, weights.relative * best)
            return scores[area] >= needed ? explain(area, byArea[area]) : nil
        }
    }

    /// The areas a text is about, reading it as a record's abstract.
    public func match(_ text: String) -> [TopicMatch] { match(Text(titles: [], bodies: [text])) }

    // MARK: Finding terms

    /// A term found in a field: words `start ..< end`, as written there.
    struct Hit {
        let term: Int
        let field: Int
        let isTitle: Bool
        let start: Int
        let end: Int
        let surface: String
    }

    private func find(in string: String, field: Int, isTitle: Bool) -> [Hit] {
        let words = WordForms.words(of: string)
        let stems = words.map(\.stem)
        var hits: [Hit] = []
        func hit(_ term: Int, _ start: Int, _ end: Int) {
            let surface = String(string[words[start].range.lowerBound..<words[end - 1].range.upperBound])
            hits.append(Hit(term: term, field: field, isTitle: isTitle, start: start, end: end, surface: surface))
        }
        for i in stems.indices {
            for (term, pattern) in patterns[stems[i]] ?? [] {
                if let end = TopicMatcher.end(of: pattern, in: stems, at: i) { hit(term, i, end) }
            }
            // "over-parameterized" also finds the one-word term "overparameterized".
            if i + 1 < words.count, string[words[i].range.upperBound..<words[i + 1].range.lowerBound] == "-" {
                let joined = WordForms.stem((string[words[i].range] + string[words[i + 1].range]).lowercased())
                for (term, pattern) in patterns[joined] ?? [] {
                    if case .words(let run) = pattern, run.count == 1 { hit(term, i, i + 2) }
                }
            }
            if words[i].capitals >= 2 {
                for key in TopicMatcher.acronymKeys(string[words[i].range]) {
                    for term in acronyms[key] ?? [] { hit(term, i, i + 1) }
                }
            }
        }
        return hits
    }

    /// Where `pattern` ends if it matches at `start`.
    static func end(of pattern: Pattern, in stems: [String], at start: Int) -> Int? {
        switch pattern {
        case .words(let run):
            return occurs(run, in: stems, at: start) ? start + run.count : nil
        case .near(let first, let second):
            guard occurs(first, in: stems, at: start) else { return nil }
            let from = start + first.count
            for i in from...(from + nearWindow) where occurs(second, in: stems, at: i) { return i + second.count }
            return nil
        }
    }

    private static func occurs(_ run: [String], in stems: [String], at start: Int) -> Bool {
        start + run.count <= stems.count && stems[start..<(start + run.count)].elementsEqual(run)
    }

    /// The spellings under which a word written with capitals can name an acronym: itself, without
    /// a plural "s", and its tails from a capital within its first four letters ("AdaLoRA" → "LORA").
    static func acronymKeys(_ word: Substring) -> [String] {
        let letters = Array(word)
        var keys: [String] = []
        for start in 0...min(4, max(0, letters.count - 3)) where start == 0 || letters[start].isUppercase {
            let tail = String(letters[start...]).uppercased()
            keys.append(tail)
            if letters.last == "s", tail.count > 2 { keys.append(String(tail.dropLast())) }
        }
        return keys
    }

    /// Drops hits inside a longer hit of the same area ("optimizer" within "second-order
    /// optimizer"), and all but the first term of one area found at the same words.
    func withoutNested(_ hits: [Hit]) -> [Hit] {
        hits.filter { inner in
            !hits.contains { outer in
                outer.term != inner.term && terms[outer.term].area == terms[inner.term].area
                    && outer.start <= inner.start && inner.end <= outer.end
                    && (outer.end - outer.start > inner.end - inner.start || outer.term < inner.term)
            }
        }
    }

    // MARK: Scoring and explaining

    /// The points of an area's hits: each term once, counted more when found in a title.
    private func score(_ hits: [Hit]) -> Double {
        var inTitle: [Int: Bool] = [:]
        for hit in hits { inTitle[hit.term] = (inTitle[hit.term] ?? false) || hit.isTitle }
        var points = 0.0, weakInTexts = 0.0
        for (term, title) in inTitle {
            let weight = terms[term].weight
            if title { points += weight * weights.title }
            else if weight < weights.strong { weakInTexts += weight }
            else { points += weight }
        }
        return points + min(weakInTexts, weights.weakTextCap)
    }

    /// The area's match: the words found, each term once as first written, per sub-theme.
    private func explain(_ area: Int, _ hits: [Hit]) -> TopicMatch {
        var seen = Set<Int>()
        let firsts = hits.sorted { ($0.field, $0.start) < ($1.field, $1.start) }.filter { seen.insert($0.term).inserted }
        let themes = areas[area].themes.indices.compactMap { theme -> ThemeMatch? in
            let words = TopicMatcher.distinct(firsts.filter { terms[$0.term].theme == theme }.map(\.surface))
            return words.isEmpty ? nil : ThemeMatch(theme: areas[area].themes[theme].name, terms: words)
        }
        return TopicMatch(topic: areas[area].name, terms: TopicMatcher.distinct(firsts.map(\.surface)), themes: themes)
    }

    /// The words in order, each once whatever its case, and none that a longer one holds
    /// ("perturbations" found alone beside "input perturbations").
    static func distinct(_ words: [String]) -> [String] {
        var seen = Set<String>()
        let unique = words.filter { seen.insert($0.lowercased()).inserted }
        let stems = unique.map { " " + WordForms.stems($0).joined(separator: " ") + " " }
        return unique.indices.filter { i in
            !stems.indices.contains { j in stems[j].count > stems[i].count && stems[j].contains(stems[i]) }
        }.map { unique[$0] }
    }
}

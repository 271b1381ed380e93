/// Builds the matcher's terms: the lexicon's, attached to the list's areas and sub-themes by their
/// words, then the list's own words, then acronyms learned from the archive.
struct TermTable {
    let areas: [Topic]
    let weights: TopicMatcher.Weights
    private(set) var terms: [TopicMatcher.Term] = []
    private(set) var patterns: [String: [(term: Int, pattern: TopicMatcher.Pattern)]] = [:]
    private(set) var acronyms: [String: [Int]] = [:]
    /// Each term's words (stems joined by spaces) per area, so the list's own words don't repeat the lexicon's.
    private var known: [Set<String>]
    /// Terms by their words and by their acronym, for learned acronyms.
    private var termsByWords: [String: [Int]] = [:]
    private var termsByAcronym: [String: [Int]] = [:]

    init(areas: [Topic], weights: TopicMatcher.Weights) {
        self.areas = areas
        self.weights = weights
        known = Array(repeating: [], count: areas.count)
    }

    // MARK: Sources of terms

    /// The lexicon's sections, each on the area and sub-theme whose words it shares most. A term
    /// whose words an earlier one of the area has ("memorize" after "memorization") is not repeated.
    mutating func add(_ lexicon: TopicLexicon) {
        for section in lexicon.sections {
            guard let area = TermTable.closest(section.area, among: areas.map(\.name)) else { continue }
            let theme = section.theme.flatMap { TermTable.closest($0, among: areas[area].themes.map(\.name)) }
            for entry in section.entries where !isKnown(entry.term, in: area) {
                switch entry.strength {
                case .strong: add(entry.term, area: area, theme: theme, weight: weights.strong)
                case .weak: add(entry.term, area: area, theme: theme, weight: weights.weak)
                case .skip: known[area].insert(TermTable.key(entry.term))
                }
            }
        }
    }

    /// The list's own words, as weak terms: each line's for its sub-theme, the others (the
    /// heading's) for the area.
    mutating func addListTerms() {
        for (area, topic) in areas.enumerated() {
            for (theme, line) in topic.themes.enumerated() {
                for term in line.terms where !isKnown(term, in: area) {
                    add(term, area: area, theme: theme, weight: weights.weak)
                }
            }
            for term in topic.terms where !isKnown(term, in: area) {
                add(term, area: area, theme: nil, weight: weights.weak)
            }
        }
    }

    /// Acronyms the corpus defines ("Neural Tangent Kernel (NTK)") join the terms they spell, and
    /// expansions join the acronym terms they define.
    mutating func learnAcronyms(from corpus: [String]) {
        for (acronym, expansion) in Acronyms.expansions(in: corpus) {
            let words = WordForms.stems(expansion)
            for term in termsByWords[words.joined(separator: " ")] ?? [] {
                acronyms[acronym.uppercased(), default: []].append(term)
            }
            for term in termsByAcronym[acronym.uppercased()] ?? [] where !words.isEmpty {
                patterns[words[0], default: []].append((term, .words(words)))
            }
        }
    }

    // MARK: One term

    private func isKnown(_ term: String, in area: Int) -> Bool { known[area].contains(TermTable.key(term)) }

    /// A term's stems, lowercase for acronyms: "Saddles" and "saddle" are one term.
    static func key(_ term: String) -> String {
        parts(term).map { WordForms.stems($0).joined(separator: " ") }.joined(separator: " .. ")
    }

    /// "a .. b" → ["a", "b"]; a term without " .. " → [term].
    static func parts(_ term: String) -> [String] {
        guard term.utf8.contains(UInt8(ascii: ".")) else { return [term] }
        return term.components(separatedBy: " .. ")
    }

    /// Files a term under its patterns: an acronym, `a .. b`, or words in a row (with the words
    /// written together as a second spelling when there are two or three).
    private mutating func add(_ text: String, area: Int, theme: Int?, weight: Double) {
        let index = terms.count
        if TermTable.isAcronym(text) {
            terms.append(TopicMatcher.Term(area: area, theme: theme, weight: weight))
            acronyms[text.uppercased(), default: []].append(index)
            termsByAcronym[text.uppercased(), default: []].append(index)
            known[area].insert(TermTable.key(text))
            return
        }
        let parts = TermTable.parts(text)
        let first = WordForms.stems(parts[0])
        guard let head = first.first else { return }
        terms.append(TopicMatcher.Term(area: area, theme: theme, weight: weight))
        known[area].insert(TermTable.key(text))
        if parts.count == 2 {
            patterns[head, default: []].append((index, .near(first, WordForms.stems(parts[1]))))
            return
        }
        patterns[head, default: []].append((index, .words(first)))
        termsByWords[first.joined(separator: " "), default: []].append(index)
        let raw = WordForms.words(of: text).map { text[$0.range].lowercased() }
        if (2...3).contains(raw.count) {
            let joined = WordForms.stem(raw.joined())
            patterns[joined, default: []].append((index, .words([joined])))
        }
    }

    /// One word of letters and digits with two capitals or more: "SGD", "MoE", "LoRA", "CO2".
    static func isAcronym(_ text: String) -> Bool {
        text.allSatisfy { $0.isLetter || $0.isNumber } && text.filter(\.isUppercase).count >= 2
    }

    /// The name among `names` sharing the most words with `name` (Jaccard over stems, at least a half).
    static func closest(_ name: String, among names: [String]) -> Int? {
        let words = Set(WordForms.stems(name))
        let scored = names.enumerated().map { index, other -> (Int, Double) in
            let others = Set(WordForms.stems(other))
            let union = words.union(others).count
            return (index, union == 0 ? 0 : Double(words.intersection(others).count) / Double(union))
        }
        guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 >= 0.5 else { return nil }
        return best.0
    }
}

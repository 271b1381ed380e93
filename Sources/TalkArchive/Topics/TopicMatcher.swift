/// Finds which topics a text is about, by their terms, and says which terms matched.
///
/// Matching is on word sequences after light normalization (case, hyphens, plurals, British
/// "-isation" spellings), so "saddle points" matches the term "saddles" and "generalisation"
/// matches "Generalization".
public struct TopicMatcher: Sendable {
    private struct Term: Sendable {
        let shown: String
        /// The term's words, and those of its expansion when it is an acronym ("NTK").
        let alternatives: [[String]]
    }

    private let topics: [(name: String, terms: [Term])]
    /// Every word sequence of every term, filed under its first word.
    private let termsByFirstWord: [String: [(ref: TermRef, words: [String])]]

    /// - Parameter corpus: texts to learn acronyms from ("Neural Tangent Kernel (NTK)"), so the
    ///   term "NTK" also matches a talk titled "Neural Tangent Kernel".
    public init(topics: [Topic], corpus: [String] = []) {
        let acronyms = Acronyms.expansions(in: corpus)
        self.topics = topics.map { topic in
            (topic.name, topic.terms.map { term in
                let words = TopicMatcher.words(term)
                let expansion = acronyms[term.trimmingSuffix("s")].map { [TopicMatcher.words($0)] } ?? []
                return Term(shown: term, alternatives: [words] + expansion)
            }.filter { !$0.alternatives[0].isEmpty })
        }
        var index: [String: [(ref: TermRef, words: [String])]] = [:]
        for (t, topic) in self.topics.enumerated() {
            for (i, term) in topic.terms.enumerated() {
                for words in term.alternatives where !words.isEmpty {
                    index[words[0], default: []].append((TermRef(topic: t, term: i), words))
                }
            }
        }
        termsByFirstWord = index
    }

    /// The topics whose terms occur in `text`, in list order, each with its matched terms.
    public func match(_ text: String) -> [TopicMatch] {
        let words = TopicMatcher.words(text)
        guard !words.isEmpty else { return [] }
        // One pass over the text: at each word, only the terms starting with it are tried.
        var found = Set<TermRef>()
        for start in words.indices {
            for candidate in termsByFirstWord[words[start]] ?? [] where !found.contains(candidate.ref) {
                let sequence = candidate.words
                if start + sequence.count <= words.count, words[start..<(start + sequence.count)].elementsEqual(sequence) {
                    found.insert(candidate.ref)
                }
            }
        }
        guard !found.isEmpty else { return [] }
        return topics.enumerated().compactMap { t, topic in
            let matched = topic.terms.indices.filter { found.contains(TermRef(topic: t, term: $0)) }.map { topic.terms[$0].shown }
            return matched.isEmpty ? nil : TopicMatch(topic: topic.name, terms: matched)
        }
    }

    /// A term of a topic, by position.
    private struct TermRef: Hashable, Sendable {
        let topic: Int
        let term: Int
    }

    /// Lowercased, normalized words; hyphens and punctuation separate words.
    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { stem(String($0)) }
    }

    static func stem(_ word: String) -> String {
        var w = word
        for (british, american) in [("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ise", "ize")]
        where w.hasSuffix(british) && w.count > british.count + 2 {
            w = String(w.dropLast(british.count)) + american
            break
        }
        if w.hasSuffix("ies") && w.count > 4 { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("s") && w.count > 3 && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is") {
            return String(w.dropLast())
        }
        return w
    }
}

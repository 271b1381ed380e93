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
    }

    /// The topics whose terms occur in `text`, in list order, each with its matched terms.
    public func match(_ text: String) -> [TopicMatch] {
        let words = TopicMatcher.words(text)
        guard !words.isEmpty else { return [] }
        var result: [TopicMatch] = []
        for topic in topics {
            let matched = topic.terms.filter { term in
                term.alternatives.contains { TopicMatcher.contains(words, $0) }
            }.map(\.shown)
            if !matched.isEmpty { result.append(TopicMatch(topic: topic.name, terms: matched)) }
        }
        return result
    }

    private static func contains(_ haystack: [String], _ needle: [String]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        outer: for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            for offset in 1..<needle.count where haystack[start + offset] != needle[offset] { continue outer }
            return true
        }
        return false
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

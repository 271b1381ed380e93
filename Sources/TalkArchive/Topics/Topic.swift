/// A topic of the group's list (a heading such as "Optimization & Training Dynamics") with its
/// sub-themes (the lines below it) and the terms that stand for it, split from both.
public struct Topic: Hashable, Sendable, Codable {
    public var name: String
    public var terms: [String]
    /// The lines below the heading, each with the terms split from it.
    public var themes: [TopicTheme]

    public init(name: String, terms: [String], themes: [TopicTheme] = []) {
        self.name = name
        self.terms = terms
        self.themes = themes
    }

    /// Builds topics from the parsed list: terms are split out of each line's phrases.
    ///
    /// ```swift
    /// Topic.from(TopicCategory(name: "Generalization & Robustness", items: ["NTK vs finite networks, stability"]))
    /// // terms: ["Generalization", "Robustness", "NTK", "finite networks", "stability"]
    /// // themes: [TopicTheme(name: "NTK vs finite networks, stability", terms: ["NTK", "finite networks", "stability"])]
    /// ```
    public static func from(_ category: TopicCategory) -> Topic {
        var terms: [String] = []
        for phrase in [category.name] + category.items {
            for term in TermSplitter.terms(of: phrase) where !terms.contains(where: { $0.lowercased() == term.lowercased() }) {
                terms.append(term)
            }
        }
        let themes = category.items.map { TopicTheme(name: $0, terms: TermSplitter.terms(of: $0)) }
        return Topic(name: category.name, terms: terms, themes: themes)
    }

    enum CodingKeys: String, CodingKey { case name, terms, themes }

    /// Topics stored before sub-themes were kept decode with none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        terms = try container.decode([String].self, forKey: .terms)
        themes = try container.decodeIfPresent([TopicTheme].self, forKey: .themes) ?? []
    }
}

/// A sub-theme of a topic: one line of the list, such as "NTK vs finite networks, memorization, stability".
public struct TopicTheme: Hashable, Sendable, Codable {
    public var name: String
    public var terms: [String]

    public init(name: String, terms: [String]) {
        self.name = name
        self.terms = terms
    }
}

/// Splits a topic line into the short phrases worth matching.
enum TermSplitter {
    private static let leadingStopwords: Set<String> = ["their", "its", "the", "of", "on", "to", "a", "an", "and", "or"]
    private static let maxWords = 4

    static func terms(of line: String) -> [String] {
        var phrases: [String] = []
        for part in line.split(separator: ":") {
            for (outer, inner) in splitParentheses(String(part)) {
                phrases += splitList(outer)
                if let inner { phrases += splitList(inner) }
            }
        }
        return phrases.filter { phrase in
            let words = phrase.split(separator: " ")
            guard let first = words.first, words.count <= maxWords else { return false }
            return !leadingStopwords.contains(first.lowercased())
        }
    }

    /// "stationary points (local minima, saddles)" → [("stationary points", "local minima, saddles")].
    private static func splitParentheses(_ text: String) -> [(String, String?)] {
        guard let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { return [(text, nil)] }
        let outer = String(text[..<open]) + String(text[text.index(after: close)...])
        return [(outer, String(text[text.index(after: open)..<close]))]
    }

    /// Splits on commas, "&", " vs " and " and "; "distributed and collaborative learning" distributes
    /// its last words over both sides: "distributed learning", "collaborative learning".
    private static func splitList(_ text: String) -> [String] {
        var out: [String] = []
        for piece in text.split(whereSeparator: { $0 == "," || $0 == "&" }) {
            for side in TextTools.collapse(piece).components(separatedBy: " vs ") {
                out += distribute(TextTools.collapse(side))
            }
        }
        return out.map { TextTools.collapse($0) }.filter { !$0.isEmpty }
    }

    private static func distribute(_ text: String) -> [String] {
        var text = text
        if text.lowercased().hasPrefix("and ") { text = String(text.dropFirst(4)) }
        // A part that starts a clause ("their effect on …") ends the list: the rest belongs to it.
        let sides = Array(text.components(separatedBy: " and ")
            .prefix { part in !leadingStopwords.contains(part.split(separator: " ").first?.lowercased() ?? "") })
        guard sides.count == 2 else { return sides }
        let left = sides[0].split(separator: " "), right = sides[1].split(separator: " ")
        if left.count == 1 && right.count >= 2 {
            let tail = right.dropFirst().joined(separator: " ")
            return ["\(left[0]) \(tail)", sides[1]]
        }
        return sides
    }
}

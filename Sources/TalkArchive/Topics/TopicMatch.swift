/// An area of the group's topic list that a record is about, and why: the words of the record
/// that matched, and the sub-themes they stand for.
///
/// ```swift
/// TopicMatch(topic: "Optimization & Training Dynamics", terms: ["Second-order Optimizer"],
///            themes: [ThemeMatch(theme: "Gradient-based methods: SGD vs GD, adaptive optimizers, Hessian-based methods",
///                                terms: ["Second-order Optimizer"])])
/// ```
public struct TopicMatch: Hashable, Sendable, Codable {
    /// The area: a heading of the list.
    public var topic: String
    /// Every word or phrase of the record that counted for the area, as the record writes it.
    public var terms: [String]
    /// The sub-themes the terms stand for, in list order (terms for the area as a whole are in
    /// `terms` only).
    public var themes: [ThemeMatch]

    public init(topic: String, terms: [String], themes: [ThemeMatch] = []) {
        self.topic = topic
        self.terms = terms
        self.themes = themes
    }

    enum CodingKeys: String, CodingKey { case topic, terms, themes }

    /// Matches stored before sub-themes were kept decode with none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        topic = try container.decode(String.self, forKey: .topic)
        terms = try container.decode([String].self, forKey: .terms)
        themes = try container.decodeIfPresent([ThemeMatch].self, forKey: .themes) ?? []
    }

    /// What `topic:` searches: the area, its matched sub-themes and the matched words.
    public var searchedWords: [String] { [topic] + themes.map(\.theme) + terms }

    /// The record's terms not shown under any sub-theme: those that stand for the area as a whole.
    public var areaTerms: [String] {
        let inThemes = Set(themes.flatMap(\.terms))
        return terms.filter { !inThemes.contains($0) }
    }

    /// Why the area: each matched sub-theme with its words, then the words for the area as a whole.
    ///
    /// ```swift
    /// match.reasons  // [("Gradient-based methods: SGD vs GD, …", ["Second-order Optimizer"]), ("the area as a whole", ["optimization"])]
    /// ```
    public var reasons: [(name: String, terms: [String])] {
        themes.map { ($0.theme, $0.terms) } + (areaTerms.isEmpty ? [] : [("the area as a whole", areaTerms)])
    }
}

/// A sub-theme (a line of the topic list) and the words of a record that matched it.
public struct ThemeMatch: Hashable, Sendable, Codable {
    public var theme: String
    public var terms: [String]

    public init(theme: String, terms: [String]) {
        self.theme = theme
        self.terms = terms
    }
}

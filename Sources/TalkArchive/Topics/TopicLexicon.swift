/// The words that stand for the areas and sub-themes of the topic list, read from a plain-text
/// lexicon (the bundled one is `TopicLexicon.text`; its format is described there).
///
/// ```swift
/// let lexicon = TopicLexicon.parse("area: Generalization & Robustness\ntheme: NTK vs finite networks\n  strong: neural tangent kernel")
/// lexicon.sections[0].theme   // "NTK vs finite networks"
/// lexicon.sections[0].entries // [Entry(term: "neural tangent kernel", strength: .strong)]
/// ```
public struct TopicLexicon: Sendable, Hashable {
    public enum Strength: Sendable, Hashable {
        case strong, weak
        /// A word of the list itself not to count.
        case skip
    }

    public struct Entry: Sendable, Hashable {
        public var term: String
        public var strength: Strength
    }

    /// The entries of an area (`theme` nil) or of one of its sub-themes.
    public struct Section: Sendable, Hashable {
        public var area: String
        public var theme: String?
        public var entries: [Entry]
    }

    public var sections: [Section]

    /// The lexicon written for the ELLIS group's topic list.
    public static let standard = parse(text)

    /// Reads `area:`, `theme:`, `strong:`, `weak:` and `skip:` lines; a list may continue on the lines
    /// below it (indented, without a key); `#` starts a comment line.
    public static func parse(_ text: String) -> TopicLexicon {
        var sections: [Section] = []
        var strength: Strength?
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = TextTools.collapse(raw)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            if let area = value(of: "area", in: line) {
                sections.append(Section(area: area, theme: nil, entries: []))
                strength = nil
            } else if let theme = value(of: "theme", in: line), let area = sections.last?.area {
                sections.append(Section(area: area, theme: theme, entries: []))
                strength = nil
            } else if !sections.isEmpty {
                var list = line
                if let strong = value(of: "strong", in: line) { strength = .strong; list = strong }
                else if let weak = value(of: "weak", in: line) { strength = .weak; list = weak }
                else if let skip = value(of: "skip", in: line) { strength = .skip; list = skip }
                guard let strength else { continue }
                sections[sections.count - 1].entries += list.split(separator: ",").map { TextTools.collapse($0) }
                    .filter { !$0.isEmpty }.map { Entry(term: $0, strength: strength) }
            }
        }
        return TopicLexicon(sections: sections)
    }

    /// "area: X" → "X" for key "area".
    private static func value(of key: String, in line: String) -> String? {
        guard line.hasPrefix(key + ":") else { return nil }
        return TextTools.collapse(line.dropFirst(key.count + 1))
    }
}

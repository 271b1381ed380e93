/// The links and plain text of a Markdown table cell: `[text](url)`, `<url>` and bare URLs.
///
/// ```swift
/// let cell = MarkdownInline("[Git Re-Basin](https://arxiv.org/abs/2209.04836) Section 4")
/// cell.text   // "Git Re-Basin Section 4"
/// cell.links  // [arxiv link labelled "Git Re-Basin"]
/// ```
struct MarkdownInline {
    var text: String
    var links: [Link]

    init(_ cell: String) {
        var text = ""
        var links: [Link] = []
        var rest = Substring(cell)
        var next = NextIndex(in: rest)
        while !rest.isEmpty {
            if let (label, url, after) = MarkdownInline.inlineLink(rest, &next) {
                let shown = TextTools.collapse(label)
                links.append(Link(url: url, label: shown.isEmpty ? url : shown))
                text += shown
                rest = after
            } else if let (url, after) = MarkdownInline.autolink(rest, &next) {
                links.append(Link(url: url, label: MarkdownInline.host(of: url)))
                rest = after
            } else {
                text.append(rest.removeFirst())
            }
        }
        for range in TextTools.urls(in: text) {
            links.append(Link(url: String(text[range]), label: MarkdownInline.host(of: String(text[range]))))
        }
        if !links.isEmpty {
            for range in TextTools.urls(in: text).reversed() { text.removeSubrange(range) }
        }
        self.text = TextTools.collapse(text)
        self.links = links
    }

    /// `[label](url)` at the start of `s`.
    private static func inlineLink(_ s: Substring, _ next: inout NextIndex) -> (Substring, String, Substring)? {
        guard s.first == "[", let close = next.of("]", from: s.startIndex) else { return nil }
        let afterBracket = s.index(after: close)
        guard afterBracket < s.endIndex, s[afterBracket] == "(",
              let paren = next.of(")", from: afterBracket) else { return nil }
        let url = s[s.index(after: afterBracket)..<paren].trimmingCharacters(in: .whitespaces)
        guard url.hasPrefix("http://") || url.hasPrefix("https://") else { return nil }
        return (s[s.index(after: s.startIndex)..<close], url, s[s.index(after: paren)...])
    }

    /// `<https://…>` at the start of `s`.
    private static func autolink(_ s: Substring, _ next: inout NextIndex) -> (String, Substring)? {
        guard s.first == "<", let close = next.of(">", from: s.startIndex) else { return nil }
        let url = String(s[s.index(after: s.startIndex)..<close])
        guard url.hasPrefix("http://") || url.hasPrefix("https://"), !url.contains(" ") else { return nil }
        return (url, s[s.index(after: close)...])
    }

    static func host(of url: String) -> String {
        url.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first.map(String.init) ?? url
    }

    /// Where a closing character next occurs, remembered across the left-to-right scan: looking
    /// ahead afresh from every "[" or "<" of a cell full of them made parsing quadratic.
    struct NextIndex {
        private let text: Substring
        /// Per character: the first index found at or after the last start asked about (nil: none).
        private var found: [Character: String.Index?] = [:]

        init(in text: Substring) { self.text = text }

        /// The first index of `character` at or after `start`; starts must not decrease between calls.
        mutating func of(_ character: Character, from start: String.Index) -> String.Index? {
            if let known = found[character], known.map({ $0 >= start }) ?? true { return known }
            let index = text[start...].firstIndex(of: character)
            found[character] = index
            return index
        }
    }
}

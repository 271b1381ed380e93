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
        while !rest.isEmpty {
            if let (label, url, after) = MarkdownInline.inlineLink(rest) {
                let shown = TextTools.collapse(label)
                links.append(Link(url: url, label: shown.isEmpty ? url : shown))
                text += shown
                rest = after
            } else if let (url, after) = MarkdownInline.autolink(rest) {
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
    private static func inlineLink(_ s: Substring) -> (Substring, String, Substring)? {
        guard s.first == "[", let close = s.firstIndex(of: "]") else { return nil }
        let afterBracket = s.index(after: close)
        guard afterBracket < s.endIndex, s[afterBracket] == "(",
              let paren = s[afterBracket...].firstIndex(of: ")") else { return nil }
        let url = s[s.index(after: afterBracket)..<paren].trimmingCharacters(in: .whitespaces)
        guard url.hasPrefix("http://") || url.hasPrefix("https://") else { return nil }
        return (s[s.index(after: s.startIndex)..<close], url, s[s.index(after: paren)...])
    }

    /// `<https://…>` at the start of `s`.
    private static func autolink(_ s: Substring) -> (String, Substring)? {
        guard s.first == "<", let close = s.firstIndex(of: ">") else { return nil }
        let url = String(s[s.index(after: s.startIndex)..<close])
        guard url.hasPrefix("http://") || url.hasPrefix("https://"), !url.contains(" ") else { return nil }
        return (url, s[s.index(after: close)...])
    }

    static func host(of url: String) -> String {
        url.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first.map(String.init) ?? url
    }
}

/// The links and plain text of a Markdown table cell: `[text](url)`, `<url>` and bare URLs, with
/// or without a scheme, read by ``LinkTarget``.
///
/// ```swift
/// let cell = MarkdownInline("[Git Re-Basin](https://arxiv.org/abs/2209.04836) Section 4")
/// cell.text   // "Git Re-Basin Section 4"
/// cell.links  // [arxiv link labelled "Git Re-Basin"]
/// ```
struct MarkdownInline {
    /// A target written as a link but not read as one; a `[label](…)` keeps its label as text.
    struct Refusal: Equatable {
        var written: String
        var reason: String
    }

    /// A link whose target was written without a scheme, or relative to the page's site.
    struct Repair: Equatable {
        var written: String
        var url: String
        var form: LinkTarget.Form
    }

    var text: String
    /// In the order the cell writes them.
    var links: [Link]
    /// The label of the first `[label](url)` link: the title of the paper a cell links to.
    var firstLabel: String?
    var refused: [Refusal]
    var repaired: [Repair]

    init(_ cell: String, site: PageSite? = nil) {
        var text = ""
        var found: [(offset: Int, link: Link)] = []  // offset: where in `text`, to keep the cell's order
        var firstLabel: String?
        var refused: [Refusal] = []
        var repaired: [Repair] = []
        func read(_ written: String) -> String? {
            switch LinkTarget.resolve(written, site: site) {
            case .url(let url, .absolute): return url
            case .url(let url, let form): repaired.append(Repair(written: written, url: url, form: form)); return url
            case .refused(let reason): refused.append(Refusal(written: written, reason: reason)); return nil
            }
        }
        var rest = Substring(cell)
        var next = NextIndex(in: rest)
        while !rest.isEmpty {
            if let (label, target, after) = MarkdownInline.inlineLink(rest, &next) {
                let shown = TextTools.collapse(label)
                if let url = read(target) {
                    found.append((text.utf8.count, Link(url: url, label: shown.isEmpty ? url : shown)))
                    if firstLabel == nil, !shown.isEmpty { firstLabel = shown }
                }
                text += shown
                rest = after
            } else if let (target, after) = MarkdownInline.autolink(rest, &next) {
                if let url = read(target) { found.append((text.utf8.count, Link(url: url, label: MarkdownInline.host(of: url)))) }
                rest = after
            } else {
                text.append(rest.removeFirst())
            }
        }
        let bare = MarkdownInline.bareURLs(in: text)
        for range in bare {
            if let url = read(String(text[range])) {
                found.append((text.utf8.distance(from: text.startIndex, to: range.lowerBound), Link(url: url, label: MarkdownInline.host(of: url))))
            }
        }
        for range in bare.reversed() { text.removeSubrange(range) }
        self.text = TextTools.collapse(text)
        self.links = found.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }.map(\.element.link)
        self.firstLabel = firstLabel
        self.refused = refused
        self.repaired = repaired
    }

    /// The URLs written bare in `text`, with a scheme or without, in order.
    private static func bareURLs(in text: String) -> [Range<String.Index>] {
        let withScheme = TextTools.urls(in: text)
        let withoutScheme = TextTools.schemelessURLs(in: text).filter { range in !withScheme.contains { $0.overlaps(range) } }
        return (withScheme + withoutScheme).sorted { $0.lowerBound < $1.lowerBound }
    }

    /// `[label](target)` at the start of `s`; a target with spaces makes it no link, as in Markdown.
    private static func inlineLink(_ s: Substring, _ next: inout NextIndex) -> (Substring, String, Substring)? {
        guard s.first == "[", let close = next.of("]", from: s.startIndex) else { return nil }
        let afterBracket = s.index(after: close)
        guard afterBracket < s.endIndex, s[afterBracket] == "(",
              let paren = next.of(")", from: afterBracket) else { return nil }
        let target = s[s.index(after: afterBracket)..<paren].trimmingCharacters(in: .whitespaces)
        guard !target.isEmpty, !target.contains(where: \.isWhitespace) else { return nil }
        return (s[s.index(after: s.startIndex)..<close], target, s[s.index(after: paren)...])
    }

    /// `<target>` at the start of `s`, when the target has a scheme or starts with a host.
    private static func autolink(_ s: Substring, _ next: inout NextIndex) -> (String, Substring)? {
        guard s.first == "<", let close = next.of(">", from: s.startIndex) else { return nil }
        let target = String(s[s.index(after: s.startIndex)..<close])
        guard !target.contains(where: \.isWhitespace),
              LinkTarget.hasScheme(target) || TextTools.schemelessURLs(in: target).first?.lowerBound == target.startIndex
        else { return nil }
        return (target, s[s.index(after: close)...])
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

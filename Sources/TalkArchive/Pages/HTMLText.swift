/// The text of an HTML fragment, as schedules put it in abstracts (`<p>FOSDEM welcome…</p>`):
/// paragraphs and line breaks become line breaks, list items lines starting "• ", other tags go,
/// and character references are decoded. Text without a tag or reference comes back unchanged.
///
/// ```swift
/// HTMLText.plain("<p>Open &amp; free</p><p>Second<br/>line</p>")  // "Open & free\n\nSecond\nline"
/// ```
/// Our own: only tags and references are undone, no layout, and the allowed packages hold no HTML reader.
enum HTMLText {
    static func plain(_ html: String) -> String {
        guard html.contains("<") || html.contains("&") else { return html }
        var out = ""
        var rest = Substring(html)
        while let open = rest.firstIndex(where: { $0 == "<" || $0 == "&" }) {
            out += rest[..<open]
            rest = rest[open...]
            if rest.first == "&" {
                let (text, length) = reference(rest)
                out += text
                rest = rest.dropFirst(length)
            } else if let close = rest.firstIndex(of: ">"), isTag(rest[rest.index(after: rest.startIndex)..<close]) {
                out += replacement(forTag: rest[rest.index(after: rest.startIndex)..<close])
                rest = rest[rest.index(after: close)...]
            } else {
                out += "<"  // a lone "<" ("x < y") is text
                rest = rest.dropFirst()
            }
        }
        out += rest
        return tidy(out)
    }

    /// `p`, `/p`, `br/`, `a href="…"`: a name, then anything.
    private static func isTag(_ inside: Substring) -> Bool {
        let name = inside.drop { $0 == "/" }
        return name.first?.isLetter == true && inside.count < 2000
    }

    private static func replacement(forTag inside: Substring) -> String {
        let name = inside.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
        switch name {
        case "br": return "\n"
        case "p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table": return "\n\n"
        case "li": return inside.hasPrefix("/") ? "" : "\n• "
        case "tr": return "\n"
        case "td", "th": return " "
        default: return ""
        }
    }

    /// A character reference at the start of `text` and how many characters it spans; a bare "&" is itself.
    private static func reference(_ text: Substring) -> (String, Int) {
        guard let semicolon = text.prefix(12).firstIndex(of: ";") else { return ("&", 1) }
        let body = text[text.index(after: text.startIndex)..<semicolon]
        let length = body.count + 2
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–",
                     "mdash": "—", "hellip": "…", "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“"]
        if let value = named[String(body)] { return (value, length) }
        guard body.hasPrefix("#") else { return ("&", 1) }
        let digits = body.dropFirst()
        let code = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let code, let scalar = Unicode.Scalar(code), code != 0 else { return ("&", 1) }
        return (String(Character(scalar)), length)
    }

    /// Spaces collapsed within lines, at most one blank line between paragraphs, no blank edges.
    private static func tidy(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            let joined = words.joined(separator: " ")
            if joined.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(joined)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}

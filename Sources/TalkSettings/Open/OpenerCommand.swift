/// An opener command line split into words without a shell, and the argv it makes for a URL.
///
/// ```swift
/// let opener = try OpenerCommand(#"firefox --new-tab "%u""#)
/// opener.arguments(for: "https://arxiv.org/pdf/2211.05729")
/// // ["firefox", "--new-tab", "https://arxiv.org/pdf/2211.05729"]
/// try OpenerCommand("xdg-open").arguments(for: url)  // ["xdg-open", url]: appended when there is no %u
/// ```
/// Words are separated by spaces and tabs. `'…'` quotes literally; `"…"` quotes too, with `\"` and
/// `\\` inside; outside quotes a backslash takes the next character literally. Nothing else is
/// special: no variables, globs, pipes or command substitution, because no shell ever runs.
public struct OpenerCommand: Hashable, Sendable {
    /// The words, the program first.
    public let words: [String]

    /// Splits `text` into words.
    ///
    /// - Throws: ``OpenerError`` for an empty command, control characters (line breaks), an unclosed
    ///   quote or a trailing backslash.
    public init(_ text: String) throws(OpenerError) {
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\t" }) {
            throw OpenerError("the opener command has control characters (a line break?)")
        }
        var splitter = WordSplitter()
        for c in text { try splitter.feed(c) }
        words = try splitter.finish()
        guard !words.isEmpty, !words[0].isEmpty else { throw OpenerError("the opener command is empty") }
    }

    /// The argv that opens `url`: each `%u` in a word replaced by the URL, or the URL appended as a
    /// last word when no word has `%u`. The URL is never split or interpreted, whatever it holds.
    public func arguments(for url: String) -> [String] {
        guard words.contains(where: { $0.contains("%u") }) else { return words + [url] }
        return words.map { $0.replacingAll("%u", with: url) }
    }
}

extension String {
    /// `self` with every `target` replaced in one pass, so text inserted is never scanned again.
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}

/// The state of splitting an opener command into words.
private struct WordSplitter {
    private enum Mode { case between, word, single, double, escaped(inDouble: Bool) }
    private var mode = Mode.between
    private var current = ""
    private var words: [String] = []

    mutating func feed(_ c: Character) throws(OpenerError) {
        switch mode {
        case .between:
            if c == " " || c == "\t" { return }
            mode = .word
            try feed(c)
        case .word:
            switch c {
            case " ", "\t": words.append(current); current = ""; mode = .between
            case "'": mode = .single
            case "\"": mode = .double
            case "\\": mode = .escaped(inDouble: false)
            default: current.append(c)
            }
        case .single:
            if c == "'" { mode = .word } else { current.append(c) }
        case .double:
            switch c {
            case "\"": mode = .word
            case "\\": mode = .escaped(inDouble: true)
            default: current.append(c)
            }
        case .escaped(let inDouble):
            // Inside "…" only \" and \\ are escapes; any other backslash is kept as written.
            if inDouble && c != "\"" && c != "\\" { current.append("\\") }
            current.append(c)
            mode = inDouble ? .double : .word
        }
    }

    mutating func finish() throws(OpenerError) -> [String] {
        switch mode {
        case .between: break
        case .word: words.append(current)
        case .single: throw OpenerError("the ' quote is not closed")
        case .double: throw OpenerError("the \" quote is not closed")
        case .escaped: throw OpenerError("the opener command ends with a backslash")
        }
        return words
    }
}

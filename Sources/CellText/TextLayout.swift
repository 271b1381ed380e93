/// Fitting text into columns of terminal cells.
public enum TextLayout {
    /// Cuts `text` to at most `width` cells, ending with `ellipsis` when something was cut.
    ///
    /// ```swift
    /// TextLayout.truncate("Finite-Time Lyapunov", width: 10)  // "Finite-Ti…"
    /// ```
    public static func truncate(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let room = width - DisplayWidth.of(ellipsis)
        guard room >= 0 else { return String(repeating: ".", count: width) }
        var used = 0
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let w = DisplayWidth.of(scalar)
            if used + w > room { break }
            used += w
            out.append(scalar)
        }
        return String(out) + ellipsis
    }

    /// The end of `text` that fits in `width` cells, whole characters only: a search line keeps
    /// the last thing typed in view. Walks back from the end once, so a 100 KB paste costs the
    /// same per character as a word.
    ///
    /// ```swift
    /// TextLayout.tail("gradient descent", width: 7)  // "descent"
    /// ```
    public static func tail(_ text: String, width: Int) -> Substring {
        var used = 0
        var start = text.endIndex
        while start > text.startIndex {
            let before = text.index(before: start)
            let w = DisplayWidth.of(text[before..<start])
            if used + w > width { break }
            used += w
            start = before
        }
        return text[start...]
    }

    /// Pads `text` with spaces on the right to exactly `width` cells (truncating if longer).
    public static func pad(_ text: String, width: Int) -> String {
        let fitted = truncate(text, width: width)
        return fitted + String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted)))
    }

    /// Word-wraps `text` into lines of at most `width` cells. Newlines start new lines;
    /// a word longer than a line is broken across lines.
    ///
    /// ```swift
    /// TextLayout.wrap("a bb ccc", width: 4)  // ["a bb", "ccc"]
    /// ```
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(contentsOf: wrapParagraph(paragraph, width: width))
        }
        return lines
    }

    private static func wrapParagraph(_ paragraph: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            var wordWidth = DisplayWidth.of(word)
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
            if wordWidth > width {
                var pieces = breakWord(word, width: width)
                word = pieces.removeLast()
                wordWidth = DisplayWidth.of(word)
                lines += pieces
            }
            line = word
            lineWidth = wordWidth
        }
        lines.append(line)
        return lines
    }

    /// Breaks a word wider than a line into pieces of at most `width` cells (at least one scalar
    /// each), in one pass, so a very long word (a pasted URL, a run of symbols) costs linear time.
    private static func breakWord(_ word: String, width: Int) -> [String] {
        var pieces: [String] = []
        var piece = String.UnicodeScalarView()
        var used = 0
        for scalar in word.unicodeScalars {
            let w = DisplayWidth.of(scalar)
            if used + w > width && !piece.isEmpty {
                pieces.append(String(piece))
                piece = String.UnicodeScalarView()
                used = 0
            }
            piece.append(scalar)
            used += w
        }
        pieces.append(String(piece))
        return pieces
    }
}

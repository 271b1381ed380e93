import Foundation

/// Small text helpers the parsers share.
enum TextTools {
    /// Collapses runs of white space to one space and trims the ends. A NUL counts as white space:
    /// FTS5 and C strings end a text there. (Other controls are kept, and sanitized for display.)
    static func collapse(_ text: some StringProtocol) -> String {
        // Byte by byte where the bytes decide it: Character.isWhitespace looks up Unicode
        // properties per character, which dominated importing abstracts (and names).
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes in collapseSimple(bytes) }
        if let fast = fast ?? nil { return fast }
        return text.split(whereSeparator: { $0.isWhitespace || $0.unicodeScalars.first == "\0" }).joined(separator: " ")
    }

    /// Whether UTF-8 `bytes` hold only scalars up to U+02FF other than U+0085 and U+00A0: there
    /// every character is one scalar (or CR LF), no scalar combines with its neighbours, and the
    /// only white space is ASCII's, so splitting and trimming bytes equals doing it by characters.
    static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0xC2 {
                if byte >= 0xCC { return false }
                if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 { return false }
            }
            index += 1
        }
        return true
    }

    /// `collapse` of simple text (`isSimple`), or nil for any other.
    private static func collapseSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let input = bytes.baseAddress, !bytes.isEmpty else { return "" }
        guard isSimple(bytes) else { return nil }
        let length = bytes.count
        return String(unsafeUninitializedCapacity: length) { buffer in
            guard let output = buffer.baseAddress else { return 0 }
            var count = 0
            var pendingSpace = false
            var index = 0
            while index < length {
                let byte = input[index]
                index += 1
                if byte == 0x20 || (byte <= 0x0D && byte >= 0x09) || byte == 0 {
                    pendingSpace = count > 0
                    continue
                }
                if pendingSpace { output[count] = 0x20; count += 1; pendingSpace = false }
                output[count] = byte
                count += 1
            }
            return count
        }
    }

    /// A name as the index stores it: followed, after U+001F (a separator to the tokenizer), by
    /// its spelling without the letters SQLite's unicode61 tokenizer keeps as they are (they
    /// decompose into no letter and accent: ø, ł, ß, æ, đ …), so that `speaker:obro` finds Øbro as
    /// `speaker:balazs` finds Balázs. `ImportedPaper.authors(joined:)` drops what follows U+001F.
    ///
    /// ```swift
    /// TextTools.indexedName("Mikkel Øbro")   // "Mikkel Øbro\u{1F}Mikkel Obro"
    /// TextTools.indexedName("C. Balázs")     // "C. Balázs" (unicode61 folds á itself)
    /// ```
    static func indexedName(_ name: String) -> String {
        guard name.utf8.contains(where: { $0 >= 0xC3 }) else { return name }
        var folded = ""
        var changed = false
        for scalar in name.unicodeScalars {
            if let plain = unfoldedLetters[scalar] { folded += plain; changed = true } else { folded.unicodeScalars.append(scalar) }
        }
        return changed ? name + aliasSeparator + folded : name
    }

    static let aliasSeparator = "\u{1F}"

    private static let unfoldedLetters: [Unicode.Scalar: String] = [
        "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
        "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "ȷ": "j", "ŋ": "ng", "Ŋ": "Ng",
        "ħ": "h", "Ħ": "H", "ŀ": "l", "Ŀ": "L", "ŧ": "t", "Ŧ": "T",
    ]

    /// A key for comparing titles: lowercase letters and digits, diacritics folded, words single-spaced.
    ///
    /// ```swift
    /// TextTools.titleKey("Gödel's  Theorem!")  // "godel s theorem"
    /// ```
    static func titleKey(_ text: some StringProtocol) -> String {
        String(text).folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }

    /// Every http(s) URL in `text`, with trailing punctuation that belongs to the sentence removed.
    static func urls(in text: some StringProtocol) -> [Range<String.Index>] {
        ranges(of: #"https?://[^\s<>"\]\[{}|\\^`]+"#, in: String(text))
    }

    /// Every URL written without a scheme in `text`: a host followed by a path
    /// (`thomasheap.github.io/files/a.pdf`) or a host starting `www.`, not inside a longer word.
    ///
    /// ```swift
    /// TextTools.schemelessURLs(in: "see www.foo.org/a, or foo.org")  // the range of "www.foo.org/a"
    /// ```
    static func schemelessURLs(in text: some StringProtocol) -> [Range<String.Index>] {
        ranges(of: #"(?i)(?<![\w@/.:\-])(?:www\.[a-z0-9\-]+(?:\.[a-z0-9\-]+)+|[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,63}/)[^\s<>"\]\[{}|\\^`]*"#,
               in: String(text))
    }

    /// The matches of a URL `pattern`, each without the sentence's punctuation at its end.
    private static func ranges(of pattern: String, in string: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var searchStart = string.startIndex
        while let match = string.range(of: pattern, options: .regularExpression,
                                       range: searchStart..<string.endIndex) {
            var end = match.upperBound
            // Once, not per trimmed character: a URL ending in thousands of ")" stays linear.
            let hasOpenParen = string[match].contains("(")
            while end > match.lowerBound, let last = string[..<end].last, ".,;:!?)'".contains(last) {
                if last == ")" && hasOpenParen { break }
                end = string.index(before: end)
            }
            ranges.append(match.lowerBound..<end)
            searchStart = match.upperBound
        }
        return ranges
    }

    /// `text` cut to `limit` characters with "…", for quoting page text in a message.
    static func shortened(_ text: some StringProtocol, to limit: Int = 70) -> String {
        text.count > limit ? String(text.prefix(limit - 1)) + "…" : String(text)
    }

    /// Whether `text` contains an http(s) URL.
    static func containsURL(_ text: some StringProtocol) -> Bool {
        text.range(of: "http://") != nil || text.range(of: "https://") != nil
    }
}

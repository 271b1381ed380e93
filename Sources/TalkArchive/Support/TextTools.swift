import Foundation

/// Small text helpers the parsers share.
enum TextTools {
    /// Collapses runs of white space to one space and trims the ends.
    static func collapse(_ text: some StringProtocol) -> String {
        // ASCII text (most of it) byte by byte: Character.isWhitespace looks up Unicode
        // properties per character, which dominated importing abstracts.
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var ascii = true
            for byte in bytes where byte >= 0x80 { ascii = false; break }
            guard ascii else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { output in
                var count = 0
                var pendingSpace = false
                for byte in bytes {
                    if byte == 0x20 || (0x09...0x0D).contains(byte) {
                        pendingSpace = count > 0
                    } else {
                        if pendingSpace { output[count] = 0x20; count += 1; pendingSpace = false }
                        output[count] = byte
                        count += 1
                    }
                }
                return count
            }
        }
        if let fast = fast ?? nil { return fast }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

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
        let string = String(text)
        var ranges: [Range<String.Index>] = []
        var searchStart = string.startIndex
        while let match = string.range(of: #"https?://[^\s<>"\]\[{}|\\^`]+"#, options: .regularExpression,
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

    /// Whether `text` contains an http(s) URL.
    static func containsURL(_ text: some StringProtocol) -> Bool {
        text.range(of: "http://") != nil || text.range(of: "https://") != nil
    }
}

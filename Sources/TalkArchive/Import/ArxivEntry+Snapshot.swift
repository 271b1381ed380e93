import Foundation

// What the real snapshot's fields mean: names from `authors_parsed`, dates from `versions`,
// withdrawals from `comments` and the abstract.

// MARK: Names

extension ArxivEntry {
    /// `authors_parsed` as names and affiliations ("" for none), or nil when any name is empty
    /// (the `authors` text is read instead).
    ///
    /// ```swift
    /// ArxivEntry.names(parsed: [["Balázs", "C.", ""], ["Evans", "Neal J.", "II"], ["Müller", "Thomas", "", "Queen Mary"]])
    /// // [("C. Balázs", ""), ("Neal J. Evans II", ""), ("Thomas Müller", "Queen Mary")]
    /// ```
    static func names(parsed: [[String]]) -> [(name: String, affiliation: String)]? {
        guard !parsed.isEmpty else { return nil }
        var names: [(name: String, affiliation: String)] = []
        names.reserveCapacity(parsed.count)
        for parts in parsed {
            let name = fullName(parts)
            guard !name.isEmpty else { return nil }
            names.append((name, parts.count > 3 ? affiliation(parts[3]) : ""))
        }
        return names
    }

    /// "First Last Suffix", single-spaced, without TeX or the "; " the index joins names with.
    private static func fullName(_ parts: [String]) -> String {
        let last = parts[0], first = parts.count > 1 ? parts[1] : "", suffix = parts.count > 2 ? parts[2] : ""
        var name = first.isEmpty ? last : last.isEmpty ? first : first + " " + last
        if !suffix.isEmpty { name += " " + suffix }
        return cleaned(name)
    }

    /// The affiliation, or "" for the reference numbers some lines put there ("1 and 2", "2,3").
    private static func affiliation(_ text: String) -> String {
        let cleaned = cleaned(text)
        let words = cleaned.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "&" })
        return words.allSatisfy({ $0 == "and" || $0.allSatisfy(\.isNumber) }) ? "" : cleaned
    }

    /// Collapsed, TeX letters as Unicode where any are left, no ";" (it joins names in the index),
    /// and `C. -P.` (how `authors_parsed` splits hyphenated initials) back to `C.-P.`.
    private static func cleaned(_ text: String) -> String {
        var text = text
        // One look at the bytes decides whether anything is to be done (it seldom is).
        var tex = false, semicolon = false, hyphen = false, spacing = false
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "~"): tex = true
            case UInt8(ascii: ";"): semicolon = true
            case UInt8(ascii: "-") where previous == (UInt8(ascii: "."), UInt8(ascii: " ")): hyphen = true
            case UInt8(ascii: " ") where previous.1 == UInt8(ascii: " ") || previous.1 == 0: spacing = true
            case 0x09...0x0D, 0x80...: spacing = true   // other white space, or maybe (non-ASCII)
            default: break
            }
            previous = (previous.1, byte)
        }
        if spacing || previous.1 == UInt8(ascii: " ") { text = TextTools.collapse(text) }
        if tex { text = TextTools.collapse(TeXText.name(text)) }
        if semicolon { text = text.replacingOccurrences(of: ";", with: ",") }
        if hyphen { text = text.replacingOccurrences(of: ". -", with: ".-") }
        return text
    }
}

// MARK: Dates

extension ArxivEntry {
    /// The day of an RFC 2822 time as `versions` writes it: `Mon, 2 Apr 2007 19:18:42 GMT` → 2007-04-02.
    static func day(rfc2822 text: String) -> Day? {
        var words = text.split(separator: " ", omittingEmptySubsequences: true)[...]
        if let first = words.first, first.hasSuffix(",") { words = words.dropFirst() }
        guard words.count >= 3, let day = Int(words[words.startIndex]), words[words.startIndex + 1].count == 3,
              let month = Day.month(named: words[words.startIndex + 1]), let year = Int(words[words.startIndex + 2]),
              words[words.startIndex + 2].count == 4 else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// The month an id was first posted in, when the line gives no date: `2304.09871` → 2023-04-01,
    /// `hep-th/9608091` → 1996-08-01.
    static func dateFromID(_ id: String) -> Day? {
        let number = id.split(separator: "/").last.map(String.init) ?? id
        guard number.count >= 4, let yy = Int(number.prefix(2)), let mm = Int(number.dropFirst(2).prefix(2)) else { return nil }
        // arXiv began in 1991: old-style numbers from 91 on are the 1990s.
        return Day(year: (id.contains("/") && yy >= 91 ? 1900 : 2000) + yy, month: mm, day: 1)
    }
}

// MARK: Withdrawals

extension ArxivEntry {
    /// Whether the paper was withdrawn: its comments say so ("This paper has been withdrawn by
    /// the authors", "Withdrawn due to …", "withdrawn by arXiv administrators"), or its abstract,
    /// which a withdrawal replaces, opens by saying so ("This paper has been withdrawn …"). An
    /// abstract that mentions a withdrawal otherwise ("patients who had been withdrawn") does not count.
    static func isWithdrawn(comments: String?, abstract: String?) -> Bool {
        if let comments, mentionsWithdrawal(comments.utf8), saysWithdrawn(comments) { return true }
        // Only the opening is read: a withdrawal says so first.
        guard let abstract, mentionsWithdrawal(abstract.utf8.prefix(200)) else { return false }
        let opening = abstract.prefix(200).lowercased().trimmingCharacters(in: .whitespaces)
        let sentence = opening.prefix { $0 != "." }
        return sentence.hasPrefix("withdrawn") || sentence.hasPrefix("paper withdrawn")
            || ((sentence.hasPrefix("this ") || sentence.hasPrefix("the ")) && saysWithdrawn(String(sentence)))
    }

    /// Whether `bytes` hold "withdraw" in any case: nearly no line does.
    private static func mentionsWithdrawal(_ bytes: some Sequence<UInt8>) -> Bool {
        let needle = withdrawNeedle
        var matched = 0
        for byte in bytes {
            let lower = byte | 0x20
            if lower == needle[matched] { matched += 1; if matched == needle.count { return true } }
            else { matched = lower == needle[0] ? 1 : 0 }
        }
        return false
    }

    private static let withdrawNeedle = Array("ithdraw".utf8)

    private static func saysWithdrawn(_ text: String) -> Bool {
        let lower = text.lowercased().trimmingCharacters(in: .whitespaces)
        return lower.hasPrefix("withdrawn") || lower.hasPrefix("paper withdrawn")
            || ["been withdrawn", "is withdrawn", "withdrawn by", "was withdrawn"].contains { lower.contains($0) }
    }
}

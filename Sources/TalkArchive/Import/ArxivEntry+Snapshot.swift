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
    /// By bytes: every line of an import has one.
    static func day(rfc2822 text: String) -> Day? {
        var text = text
        return text.withUTF8 { bytes -> Day? in
            var index = 0
            // "Mon, " (optional)
            if let comma = bytes.prefix(5).firstIndex(of: UInt8(ascii: ",")) { index = comma + 1 }
            func skipSpaces() { while index < bytes.count, bytes[index] == 0x20 { index += 1 } }
            func number(maxDigits: Int) -> Int? {
                var value = 0, digits = 0
                while index < bytes.count, digits < maxDigits, (0x30...0x39).contains(bytes[index]) {
                    value = value * 10 + Int(bytes[index] - 0x30)
                    index += 1
                    digits += 1
                }
                return digits > 0 ? value : nil
            }
            skipSpaces()
            guard let day = number(maxDigits: 2), index < bytes.count, bytes[index] == 0x20 else { return nil }
            skipSpaces()
            guard index + 3 < bytes.count, bytes[index + 3] == 0x20,
                  let month = monthNumber(bytes[index] | 0x20, bytes[index + 1] | 0x20, bytes[index + 2] | 0x20) else { return nil }
            index += 4
            let start = index
            guard let year = number(maxDigits: 4), index - start == 4 else { return nil }
            guard index == bytes.count || bytes[index] == 0x20 else { return nil }
            return Day(year: year, month: month, day: day)
        }
    }

    /// "jan" → 1 … "dec" → 12, from lowercase ASCII bytes.
    private static func monthNumber(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int? {
        let key = UInt32(a) << 16 | UInt32(b) << 8 | UInt32(c)
        return monthKeys.firstIndex(of: key).map { $0 + 1 }
    }

    private static let monthKeys: [UInt32] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map { name in
        let bytes = Array(name.utf8)
        return UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2])
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
        if let comments, mentionsWithdrawal(comments), saysWithdrawn(comments) { return true }
        // Only the opening is read: a withdrawal says so first.
        guard let abstract, mentionsWithdrawal(abstract, within: 200) else { return false }
        let opening = abstract.prefix(200).lowercased().trimmingCharacters(in: .whitespaces)
        let sentence = opening.prefix { $0 != "." }
        return sentence.hasPrefix("withdrawn") || sentence.hasPrefix("paper withdrawn")
            || ((sentence.hasPrefix("this ") || sentence.hasPrefix("the ")) && saysWithdrawn(String(sentence)))
    }

    /// Whether the first `limit` bytes of `text` hold "withdraw" in any case: nearly no line does.
    private static func mentionsWithdrawal(_ text: String, within limit: Int = .max) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let needle = withdrawNeedle
            var matched = 0
            for byte in bytes.prefix(limit) {
                let lower = byte | 0x20
                if lower == needle[matched] { matched += 1; if matched == needle.count { return true } }
                else { matched = lower == needle[0] ? 1 : 0 }
            }
            return false
        }
    }

    private static let withdrawNeedle = Array("ithdraw".utf8)

    private static func saysWithdrawn(_ text: String) -> Bool {
        let lower = text.lowercased().trimmingCharacters(in: .whitespaces)
        return lower.hasPrefix("withdrawn") || lower.hasPrefix("paper withdrawn")
            || ["been withdrawn", "is withdrawn", "withdrawn by", "was withdrawn"].contains { lower.contains($0) }
    }
}

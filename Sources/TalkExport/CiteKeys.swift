import Foundation

/// Cite keys of the form `surnameYEARword`, de-duplicated with a, b, …
///
/// ```swift
/// CiteKeys.base(for: jacot)   // "jacot2018neural"
/// CiteKeys.assign([a, b, c])  // ["dltrg2022monte", "dltrg2022montea", "dltrg2022monteb"]
/// ```
/// The surname is the first author's family name (a talk without speakers: its series, a paper
/// without authors: "anon"), folded to ASCII letters; the word is the title's first word that is
/// not a small word. Keys are the same on every run: the same records get the same keys, and of
/// records sharing a key the oldest (then the smallest id) keeps it bare, so a newer namesake
/// never changes an older key.
enum CiteKeys {
    static func assign(_ citations: [Citation]) -> [String] {
        var keys = [String](repeating: "", count: citations.count)
        var used = Set<String>()
        let order = citations.map { ($0.date, $0.record.id) }
        let oldestFirst = citations.indices.sorted { order[$0] < order[$1] }
        for index in oldestFirst {
            let base = base(for: citations[index])
            var key = base
            var rank = 0
            while used.contains(key) {
                rank += 1
                key = base + suffix(rank)
            }
            used.insert(key)
            keys[index] = key
        }
        return keys
    }

    static func base(for citation: Citation) -> String {
        let author = citation.authors.first.map { $0.literal ?? $0.family } ?? ""
        var name = ascii(author)
        if name.isEmpty { name = citation.isTalk ? ascii(citation.record.series?.slug ?? "") : "" }
        if name.isEmpty { name = "anon" }
        // TeX commands in titles ("$\\mathcal{O}(n)$") are not words.
        let words = !citation.title.contains("\\") ? citation.title
            : citation.title.replacingOccurrences(of: #"\\[A-Za-z]+"#, with: " ", options: .regularExpression)
        let word = words.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { ascii(String($0)) }.first { !$0.isEmpty && !smallWords.contains($0) } ?? ""
        return name + String(citation.date.year) + word
    }

    /// 1 → "a", 26 → "z", 27 → "aa": the suffix of the rank-th record sharing a key.
    static func suffix(_ rank: Int) -> String {
        var n = rank
        var letters: [Character] = []
        while n > 0 {
            n -= 1
            letters.insert(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(n % 26))), at: 0)
            n /= 26
        }
        return String(letters)
    }

    /// Lowercase ASCII letters and digits: accents dropped ("Mørup" → "morup", "Çelikkanat" → "celikkanat").
    static func ascii(_ text: String) -> String {
        var out = ""
        let folded = text.utf8.allSatisfy { $0 < 0x80 } ? text.lowercased()
            : text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        for character in folded {
            if let spelled = spellings[character] { out += spelled; continue }
            for scalar in character.unicodeScalars where scalar.isASCII
                && (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)) {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Letters folding leaves as they are.
    private static let spellings: [Character: String] = [
        "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
    ]

    private static let smallWords: Set<String> = [
        "a", "an", "the", "on", "of", "in", "for", "and", "to", "with", "is", "at", "by", "from", "via", "are", "do", "does",
    ]
}

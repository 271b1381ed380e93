/// Learns acronyms from text that defines them: "Neural Tangent Kernel (NTK)" → NTK = "Neural Tangent Kernel".
enum Acronyms {
    /// Acronym (plural "s" dropped) → expansion, for every definition found whose initials spell it.
    ///
    /// A definition is an acronym of 2 to 8 ASCII letters, starting with a capital, in brackets,
    /// after up to six words of letters and hyphens separated by white space; the last words, one
    /// per capital, must start with those capitals. Scans bytes around each "(" (no regular
    /// expression: this runs over every abstract at every index build).
    static func expansions(in texts: [String]) -> [String: String] {
        var found: [String: String] = [:]
        for text in texts {
            let bytes = Array(text.utf8)
            for open in bytes.indices where bytes[open] == UInt8(ascii: "(") {
                guard let raw = acronym(after: open, in: bytes) else { continue }
                let acronym = raw.trimmingSuffix("s")
                let letters = acronym.filter(\.isUppercase)
                guard letters.count >= 2, letters.count == acronym.count, found[acronym] == nil else { continue }
                let words = wordsBefore(open, in: bytes).flatMap { $0.split(separator: "-") }
                guard words.count >= letters.count else { continue }
                let tail = words.suffix(letters.count)
                if String(tail.compactMap(\.first)).uppercased() == letters {
                    found[acronym] = tail.joined(separator: " ")
                }
            }
        }
        return found
    }

    /// "NTK" in "(NTK)" at `open`: a capital, then 1 to 7 letters, then ")".
    private static func acronym(after open: Int, in bytes: [UInt8]) -> String? {
        var end = open + 1
        while end < bytes.count, isLetter(bytes[end]) { end += 1 }
        let length = end - open - 1
        guard end < bytes.count, bytes[end] == UInt8(ascii: ")"), (2...8).contains(length),
              bytes[open + 1] >= UInt8(ascii: "A"), bytes[open + 1] <= UInt8(ascii: "Z") else { return nil }
        return String(decoding: bytes[(open + 1)..<end], as: UTF8.self)
    }

    /// Up to six words of letters and hyphens right before `open`, each followed by white space.
    private static func wordsBefore(_ open: Int, in bytes: [UInt8]) -> [String] {
        var words: [String] = []
        var k = open - 1
        while words.count < 6, k >= 0, isSpace(bytes[k]) {
            while k >= 0, isSpace(bytes[k]) { k -= 1 }
            let end = k + 1
            while k >= 0, isLetter(bytes[k]) || bytes[k] == UInt8(ascii: "-") { k -= 1 }
            var start = k + 1
            while start < end, !isLetter(bytes[start]) { start += 1 }
            guard start < end else { break }
            words.insert(String(decoding: bytes[start..<end], as: UTF8.self), at: 0)
            if start > k + 1 { break }
        }
        return words
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }
}

/// Learns acronyms from text that defines them: "Neural Tangent Kernel (NTK)" → NTK = "Neural Tangent Kernel".
enum Acronyms {
    /// Acronym (plural "s" dropped) → expansion, for every definition found whose initials spell it.
    static func expansions(in texts: [String]) -> [String: String] {
        var found: [String: String] = [:]
        for text in texts where text.contains("(") {
            for m in Regex.matches(#"((?:[A-Za-z][A-Za-z-]*\s+){1,6})\(([A-Z][A-Za-z]{1,7})\)"#, text) {
                let acronym = m[2].trimmingSuffix("s")
                let letters = acronym.filter(\.isUppercase)
                guard letters.count >= 2, letters.count == acronym.count else { continue }
                let words = m[1].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "-" })
                guard words.count >= letters.count else { continue }
                let tail = words.suffix(letters.count)
                let initials = String(tail.compactMap(\.first)).uppercased()
                if initials == letters, found[acronym] == nil {
                    found[acronym] = tail.joined(separator: " ")
                }
            }
        }
        return found
    }
}

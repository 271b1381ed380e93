/// A person's name split as bibliographies want it: given names, particle, family name, suffix.
///
/// ```swift
/// PersonName("Arthur Jacot")           // given "Arthur", family "Jacot"
/// PersonName("Marcel van Gerven")      // given "Marcel", particle "van", family "Gerven"
/// PersonName("Martin Luther King Jr.") // suffix "Jr."
/// PersonName("Saxe, Andrew M.")        // already "Family, Given"
/// PersonName("OpenAI")                 // one word: a literal, never split
/// ```
/// Pages give names as one string, so the last word is taken as the family name: "Jesús García
/// Fernández" comes out as family "Fernández". A name that cannot be split safely (one word, or
/// holding "and", which separates names in BibTeX) is kept whole as a literal.
struct PersonName: Hashable {
    var given = ""
    var particle = ""
    var family = ""
    var suffix = ""
    /// The whole name, when it is not split.
    var literal: String?

    private static let particles: Set<String> = [
        "van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "dos", "das", "le", "la", "ter", "ten", "zu",
    ]
    private static let suffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]

    init(_ raw: String) {
        let name = ExportText.line(raw)
        let words = name.split(separator: " ").map(String.init)
        if words.count < 2 || words.contains(where: { $0.lowercased() == "and" }) || name.filter({ $0 == "," }).count > 1 {
            literal = name
            return
        }
        if let comma = name.firstIndex(of: ",") {
            family = ExportText.line(String(name[..<comma]))
            given = ExportText.line(String(name[name.index(after: comma)...]))
            if family.isEmpty { literal = name }
            return
        }
        var rest = words
        if let last = rest.last, Self.suffixes.contains(last.lowercased()), rest.count > 2 { suffix = rest.removeLast() }
        family = rest.removeLast()
        var particleWords: [String] = []
        while let last = rest.last, rest.count > 1, Self.particles.contains(last) { particleWords.insert(rest.removeLast(), at: 0) }
        particle = particleWords.joined(separator: " ")
        given = rest.joined(separator: " ")
    }

    /// The family name with its particle, as sorted and cited: "van Gerven".
    var familyWithParticle: String { particle.isEmpty ? family : particle + " " + family }
}

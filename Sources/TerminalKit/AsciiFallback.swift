/// One-column ASCII stand-ins for characters, for terminals whose locale is not UTF-8.
///
/// ```swift
/// AsciiFallback.character(for: "—")   // "-"
/// AsciiFallback.character(for: "ö")   // "o"
/// AsciiFallback.character(for: "量")  // "?"
/// ```
enum AsciiFallback {
    private static let replacements: [Unicode.Scalar: Character] = [
        "—": "-", "–": "-", "‐": "-", "−": "-", "…": ".", "•": "*", "·": ".",
        "‘": "'", "’": "'", "‚": ",", "“": "\"", "”": "\"", "„": "\"", "«": "<", "»": ">",
        "▶": ">", "▸": ">", "◀": "<", "│": "|", "─": "-", "┼": "+", "→": ">", "←": "<",
        "\u{A0}": " ", "×": "x",
    ]

    /// An ASCII character shown in place of the cell text `text`.
    static func character(for text: String) -> Character {
        guard let first = text.unicodeScalars.first else { return " " }
        if first.isASCII { return Character(first) }
        if let replacement = replacements[first] { return replacement }
        return baseLetter(of: first) ?? "?"
    }

    /// The base of a Latin letter with diacritics, read from its Unicode name (ö, "LATIN SMALL LETTER O WITH DIAERESIS" → o).
    private static func baseLetter(of scalar: Unicode.Scalar) -> Character? {
        guard let name = scalar.properties.name else { return nil }
        for (prefix, uppercase) in [("LATIN SMALL LETTER ", false), ("LATIN CAPITAL LETTER ", true)] {
            guard name.hasPrefix(prefix) else { continue }
            let rest = name.dropFirst(prefix.count)
            guard let letter = rest.first, letter.isASCII, letter.isLetter,
                  rest.count == 1 || rest.dropFirst().hasPrefix(" WITH ") else { return nil }
            return uppercase ? letter : Character(letter.lowercased())
        }
        return nil
    }
}

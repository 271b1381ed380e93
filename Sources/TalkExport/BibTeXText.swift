/// Text as the value of a braced BibTeX field.
///
/// ```swift
/// BibTeXText.escape("50% of {x}_1 & $y$ #2 ~ ^ \\")
/// // "50\\% of \\textbraceleft{}x\\textbraceright{}\\_1 \\& \\$y\\$ \\#2 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}"
/// ```
/// Braces become `\textbraceleft{}` and `\textbraceright{}`, not `\{` and `\}`: BibTeX and biber
/// count every brace of a field, escaped or not, so one stray `\{` would end the entry elsewhere.
/// The other specials are LaTeX's own escapes. Line breaks become spaces (`ExportText.line`).
enum BibTeXText {
    static func escape(_ text: String) -> String {
        ExportText.replacing(ExportText.line(text), specials)
    }

    private static let specials: [Unicode.Scalar: String] = [
        "{": "\\textbraceleft{}", "}": "\\textbraceright{}", "\\": "\\textbackslash{}", "~": "\\textasciitilde{}",
        "^": "\\textasciicircum{}", "%": "\\%", "&": "\\&", "$": "\\$", "#": "\\#", "_": "\\_",
    ]

    /// A name list: `Jacot, Arthur and van Gerven, Marcel and Plato and {Tom and Jerry}`: a name
    /// kept whole is braced where BibTeX would split it (spaces, commas).
    static func names(_ people: [PersonName]) -> String {
        people.map { person in
            if let literal = person.literal {
                return literal.contains(where: { $0 == " " || $0 == "," }) ? "{" + escape(literal) + "}" : escape(literal)
            }
            var parts = [escape(person.familyWithParticle)]
            if !person.suffix.isEmpty { parts.append(escape(person.suffix)) }
            if !person.given.isEmpty || !person.suffix.isEmpty { parts.append(escape(person.given)) }
            return parts.joined(separator: ", ")
        }.joined(separator: " and ")
    }
}

/// The words inside a mixed-case token, from each capital that starts a new part: "QLoRA" and
/// "AdaLoRA" hold `lora`, "GrokAlign" `align`. The tokenizer indexes each token whole
/// (`qlora`), so the index keeps these tails beside it, and a search for `lora` finds both.
/// A tail is at least three letters; the token's start needs none (prefix search finds it).
enum InnerWords {
    static let shortest = 3

    static func of(_ token: some StringProtocol) -> [String] {
        let characters = Array(token)
        guard characters.count > shortest, characters.contains(where: \.isLowercase),
              characters.dropFirst().contains(where: \.isUppercase) else { return [] }
        var tails: [String] = []
        for index in 1..<characters.count where characters[index].isUppercase {
            let previous = characters[index - 1]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            // "aL" (a new word after a lower-case one) or "QLo" (a capital that starts "Lo" after an acronym).
            guard previous.isLowercase || previous.isNumber || (previous.isUppercase && next?.isLowercase == true) else { continue }
            let tail = String(characters[index...]).lowercased()
            if tail.count >= shortest { tails.append(tail) }
        }
        return tails
    }

    /// Every mixed-case token of `text` with its tails: ("qlora", "lora").
    static func pairs(in text: String) -> [(token: String, part: String)] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).flatMap { token in
            of(token).map { (token.lowercased(), $0) }
        }
    }
}

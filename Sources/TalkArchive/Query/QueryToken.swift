/// One token of query text: a word, a "phrase", a field:value, each maybe negated with a leading `-`.
struct QueryToken: Hashable {
    var value: String
    var field: String?
    var negated = false
    var quoted = false
    /// A phrase whose closing quote has not been typed yet.
    var unterminated = false

    var isOrOperator: Bool { value == "OR" && field == nil && !quoted && !negated }

    /// Splits on white space outside quotes. Never fails: an open quote runs to the end.
    static func split(_ input: String) -> [QueryToken] {
        var tokens: [QueryToken] = []
        var chars = Substring(input)
        while true {
            chars = chars.drop(while: { $0.isWhitespace })
            guard !chars.isEmpty else { break }
            var token = QueryToken(value: "")
            // Looks at one character, not `count`: counting the rest for every token made long pastes quadratic.
            if chars.first == "-", let next = chars.dropFirst().first, !next.isWhitespace {
                token.negated = true
                chars = chars.dropFirst()
            }
            // field: prefix (letters and digits, then a colon)
            let head = chars.prefix(while: { $0.isLetter || $0.isNumber })
            if !head.isEmpty, chars.dropFirst(head.count).first == ":" {
                token.field = String(head)
                chars = chars.dropFirst(head.count + 1)
            }
            if chars.first == "\"" {
                chars = chars.dropFirst()
                token.quoted = true
                if let close = chars.firstIndex(of: "\"") {
                    token.value = String(chars[..<close])
                    chars = chars[chars.index(after: close)...]
                } else {
                    token.value = String(chars)
                    token.unterminated = true
                    chars = chars[chars.endIndex...]
                }
            } else {
                let word = chars.prefix(while: { !$0.isWhitespace })
                token.value = String(word)
                chars = chars.dropFirst(word.count)
            }
            tokens.append(token)
        }
        return tokens
    }
}

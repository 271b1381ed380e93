import Foundation

/// Acronyms and the phrases they stand for, learned from an archive's own text when its index is
/// built, so that `ntk` finds "Neural Tangent Kernel" and back without a list of this field's words:
///
/// - a definition: words followed by their initials in parentheses, "the Neural Tangent Kernel
///   (NTK)", "large language models (LLMs)", "Low-Rank Adaptation (LoRA)" (a word may give more
///   than its first letter, a small word none);
/// - a name: a run of three or four capitalized words on its own, hyphen parts counted, whose
///   words recur, "Sharpness-Aware Minimization" → `sam`, unless its initials are a word the
///   text uses.
///
/// Phrases are lowercase words joined by spaces, the last without a plural `s` (it is searched
/// as a prefix, so "kernel" finds "kernels").
enum AcronymLearner {
    struct Pair: Hashable, Sendable {
        var acronym: String
        var phrase: String
    }

    /// Small words a definition may skip: "Mixture of Experts (MoE)".
    static let skippable: Set<String> = ["of", "the", "and", "for", "in", "on", "to", "a", "an", "with", "via", "by"]
    /// At most this many phrases per acronym, the most frequent.
    static let phrasesPerAcronym = 3

    static func learn(from texts: some Sequence<String>) -> [Pair] {
        var defined: [Pair: Int] = [:]
        // Names by their words as written (lowercase), and how often any three or four words occur.
        var names: [String: Pair] = [:]
        var phrases: [String: Int] = [:]
        var lowercaseWords = Set<String>()
        for text in texts {
            let tokens = Token.split(text)
            for token in tokens where token.word.first?.isLowercase == true { lowercaseWords.insert(token.word) }
            for pair in definitions(in: tokens) { defined[pair, default: 0] += 1 }
            for (words, pair) in capitalizedNames(in: tokens) { names[words] = pair }
            let words = tokens.map { $0.word.lowercased() }
            for length in 3...4 where words.count >= length {
                for start in 0...(words.count - length) { phrases[words[start..<(start + length)].joined(separator: " "), default: 0] += 1 }
            }
        }
        // A name counts where it recurs, alone or inside a longer run ("How Does Sharpness-Aware Minimization …").
        var recurring: [Pair: Int] = [:]
        for (words, pair) in names where !lowercaseWords.contains(pair.acronym) {
            if let count = phrases[words], count >= 2 { recurring[pair, default: 0] += count }
        }
        var byAcronym: [String: [(String, Int)]] = [:]
        for (pair, count) in defined.merging(recurring, uniquingKeysWith: +) {
            byAcronym[pair.acronym, default: []].append((pair.phrase, count))
        }
        return byAcronym.sorted { $0.key < $1.key }.flatMap { acronym, phrases in
            phrases.sorted { ($1.1, $0.0) < ($0.1, $1.0) }.prefix(phrasesPerAcronym).map { Pair(acronym: acronym, phrase: $0.0) }
        }
    }

    /// `phrase` as stored: lowercase words, the last without a plural `s`.
    static func normalizedPhrase(_ words: [String]) -> String {
        var words = words.map { $0.lowercased() }
        if let last = words.last { words[words.count - 1] = singular(last) }
        return words.joined(separator: " ")
    }

    static func singular(_ word: String) -> String {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
    }

    // MARK: Definitions in parentheses

    private static func definitions(in tokens: [Token]) -> [Pair] {
        var pairs: [Pair] = []
        for (index, token) in tokens.enumerated() where token.inParentheses {
            let letters = token.word.filter { $0.isLetter || $0.isNumber }
            guard (2...10).contains(letters.count), letters.filter(\.isUppercase).count >= 2 else { continue }
            var candidates = [letters.lowercased()]
            if letters.last == "s" { candidates.insert(String(letters.dropLast()).lowercased(), at: 0) }
            // The words before it, back to the last punctuation that ends a phrase.
            var before: [String] = []
            var position = index - 1
            while position >= 0, before.count < 10, !tokens[position].inParentheses {
                before.insert(tokens[position].word, at: 0)
                if tokens[position].startsClause { break }
                position -= 1
            }
            for acronym in candidates where acronym.count >= 2 {
                if let words = shortestSpelling(of: Array(acronym), by: before) {
                    pairs.append(Pair(acronym: acronym, phrase: normalizedPhrase(words)))
                    break
                }
            }
        }
        return pairs
    }

    /// The fewest last words of `words` (at least two) whose beginnings spell `letters`.
    private static func shortestSpelling(of letters: [Character], by words: [String]) -> [String]? {
        guard words.count >= 2 else { return nil }
        for count in 2...words.count {
            let tail = Array(words.suffix(count)).map { Array($0.lowercased()) }
            if spells(letters[...], tail[...]) { return Array(words.suffix(count)) }
        }
        return nil
    }

    /// Whether each word, in order, gives the next letters from its start (one or more; a
    /// skippable word inside may give none), using up every letter.
    private static func spells(_ letters: ArraySlice<Character>, _ words: ArraySlice<[Character]>) -> Bool {
        guard let word = words.first else { return letters.isEmpty }
        let rest = words.dropFirst()
        if !rest.isEmpty, words.startIndex != 0, skippable.contains(String(word)), spells(letters, rest) { return true }
        var taken = 0
        while taken < word.count, taken < letters.count, word[taken] == letters[letters.startIndex + taken] {
            taken += 1
            if spells(letters.dropFirst(taken), rest) { return true }
        }
        return false
    }

    // MARK: Capitalized names

    /// Runs of three or four capitalized words on their own, by their lowercase words.
    private static func capitalizedNames(in tokens: [Token]) -> [(String, Pair)] {
        var names: [(String, Pair)] = []
        var run: [String] = []
        func close() {
            if (3...4).contains(run.count) {
                let acronym = String(run.compactMap { $0.first?.lowercased() }.joined())
                names.append((run.map { $0.lowercased() }.joined(separator: " "), Pair(acronym: acronym, phrase: normalizedPhrase(run))))
            }
            run = []
        }
        for token in tokens {
            let capitalized = token.word.first?.isUppercase == true && token.word.dropFirst().contains { $0.isLowercase }
                && token.word.dropFirst().allSatisfy { !$0.isUppercase }
            if !capitalized || token.startsClause || token.inParentheses { close() }
            if capitalized && !token.inParentheses { run.append(token.word) }
        }
        close()
        return names
    }

    /// A word of text with what stands before it: clause punctuation, or an opening parenthesis.
    private struct Token {
        var word: String
        /// Punctuation other than a space or hyphen comes before it: a phrase cannot run across.
        var startsClause: Bool
        /// The whole of a parenthesis: "(NTK)".
        var inParentheses: Bool

        static func split(_ text: String) -> [Token] {
            var tokens: [Token] = []
            var word = ""
            var separator = ""
            func flush(_ closing: Character?) {
                guard !word.isEmpty else { return }
                let opened = separator.last == "("
                let clause = separator.contains { !$0.isWhitespace && $0 != "-" && $0 != "–" }
                tokens.append(Token(word: word, startsClause: clause || tokens.isEmpty, inParentheses: opened && closing == ")"))
                word = ""
                separator = ""
            }
            for character in text {
                if character.isLetter || character.isNumber {
                    word.append(character)
                } else {
                    flush(character)
                    separator.append(character)
                }
            }
            flush(nil)
            return tokens
        }
    }
}

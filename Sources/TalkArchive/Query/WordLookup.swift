/// What the index knows of words beyond their spelling, handed to the query compiler
/// (`ArchiveIndex.wordLookup`); without an index at hand, nothing (`.none`): every word is
/// searched as typed.
struct WordLookup {
    /// The indexed words a prefix stands for, when there are few enough to list.
    var prefixTerms: (String) -> [String]? = { _ in nil }
    /// Other indexed words a word (lowercase ASCII) may be written as: its stem's other forms
    /// ("optimizer" for "optimizers"), compounds holding it ("qlora" for "lora").
    var forms: (_ word: String, _ isPrefix: Bool) -> [String] = { _, _ in [] }
    /// The phrases an acronym stands for ("neural tangent kernel" for "ntk").
    var phrases: (String) -> [String] = { _ in [] }
    /// The acronym of a phrase (`AcronymLearner.normalizedPhrase`), when one was learned.
    var acronym: (String) -> String? = { _ in nil }

    static var none: WordLookup { WordLookup() }

    /// Whether `word` is plain ASCII letters and digits: the tokenizer's folding is then just
    /// lowercasing, so the word can be compared with indexed terms as it is.
    static func isPlain(_ word: some StringProtocol) -> Bool {
        word.utf8.allSatisfy { $0 < 0x80 && (($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || (0x30...0x39).contains($0)) }
    }
}

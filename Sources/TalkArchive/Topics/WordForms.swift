import Foundation

/// Words of a text as the topic matcher compares them: lowercased, accents folded, hyphens and
/// punctuation separating words, and each word reduced to a stem that its inflections share.
///
/// ```swift
/// WordForms.stem("optimizers")      // "optimiz"   (optimizer, optimization, optimizing, optimise)
/// WordForms.stem("efficiency")      // "efficient"
/// WordForms.stem("pruning")         // "prune"     (pruned, prunes)
/// WordForms.stem("generation")      // "generation" (not "generalization": no derivational stripping)
/// ```
///
/// The stemmer is Porter's steps 1 and 5 (plurals, -ed, -ing, final -e, -ll) plus derivational rules
/// that keep a family together without merging unrelated words the way a full Porter stemmer does
/// ("general", "generalization" and "generation" all become "gener" there):
/// -ization, -izer, -ize → -iz (British -is- too); -iency → -ient.
enum WordForms {
    /// A word of a text: where it is, as written, and its stem.
    struct Word: Sendable {
        let stem: String
        let range: Range<String.Index>
        /// How many capitals it is written with: two or more may make an acronym ("SGD", "LoRA").
        let capitals: Int
    }

    /// The words of `text`, in order: runs of letters and digits (any script, accents included).
    ///
    /// Reads UTF-8 bytes: an ASCII word is lowercased and stemmed from its bytes; only words with
    /// other letters go through `String` lowercasing and accent folding.
    static func words(of text: String) -> [Word] {
        var words: [Word] = []
        let utf8 = text.utf8
        var start: String.Index?
        var bytes: [UInt8] = []
        var capitals = 0
        var ascii = true
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            let next: String.Index
            let isWordCharacter: Bool
            if byte < 0x80 {
                let lower = byte | 0x20
                isWordCharacter = (byte >= 0x30 && byte <= 0x39) || (lower >= 0x61 && lower <= 0x7A)
                next = utf8.index(after: index)
            } else {
                let scalar = text.unicodeScalars[index]
                let properties = scalar.properties
                isWordCharacter = properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
                next = text.unicodeScalars.index(after: index)
            }
            if isWordCharacter {
                if start == nil { start = index; bytes.removeAll(keepingCapacity: true); capitals = 0; ascii = true }
                if byte < 0x80 {
                    if byte >= 0x41 && byte <= 0x5A { capitals += 1; bytes.append(byte | 0x20) } else { bytes.append(byte) }
                } else {
                    ascii = false
                }
            } else if let first = start {
                words.append(word(text, first..<index, bytes: bytes, ascii: ascii, capitals: capitals))
                start = nil
            }
            index = next
        }
        if let first = start { words.append(word(text, first..<text.endIndex, bytes: bytes, ascii: ascii, capitals: capitals)) }
        return words
    }

    /// The stems of a phrase's words: `"Sharpness-Aware Minimization"` → `["sharpness", "aware", "minimization"]`.
    static func stems(_ phrase: String) -> [String] { words(of: phrase).map(\.stem) }

    private static func word(_ text: String, _ range: Range<String.Index>, bytes: [UInt8], ascii: Bool, capitals: Int) -> Word {
        if ascii { return Word(stem: stem(bytes), range: range, capitals: capitals) }
        let written = text[range]
        let folded = written.lowercased().folding(options: .diacriticInsensitive, locale: nil)
        return Word(stem: stem(folded), range: range, capitals: written.filter(\.isUppercase).count)
    }

    // MARK: Stemming

    /// The stem of a lowercase word; words that are not plain ASCII letters are kept whole.
    static func stem(_ word: String) -> String {
        let bytes = Array(word.utf8)
        return bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) ? stem(bytes) : word
    }

    /// The stem of a lowercase ASCII word's bytes; with digits it is kept whole.
    static func stem(_ bytes: [UInt8]) -> String {
        var w = bytes
        guard w.count > 2, w.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return String(decoding: bytes, as: UTF8.self) }
        britishSpelling(&w)
        plural(&w)
        derivational(&w)
        pastAndProgressive(&w)
        finalE(&w)
        if ends(w, "ll"), measure(w, w.count) > 1 { w.removeLast() }
        return String(decoding: w, as: UTF8.self)
    }

    /// -isation, -ise, -ised, -ising, -iser → -iz…: "regularisation" → "regularization".
    private static func britishSpelling(_ w: inout [UInt8]) {
        let suffixes: [StaticString] = ["isation", "isations", "ise", "ises", "ised", "ising", "iser", "isers"]
        for suffix in suffixes where ends(w, suffix) && w.count > suffix.utf8CodeUnitCount + 3 {
            w[w.count - suffix.utf8CodeUnitCount + 1] = UInt8(ascii: "z")
            return
        }
    }

    /// Porter 1a, with -ies → -y and -(c|s)hes, -xes, -zes → drop -es: "approaches" → "approach".
    private static func plural(_ w: inout [UInt8]) {
        if ends(w, "sses") { w.removeLast(2) }
        else if ends(w, "ies"), w.count > 4 { w.removeLast(3); w.append(UInt8(ascii: "y")) }
        else if ends(w, "ches") || ends(w, "shes") || ends(w, "xes") || (ends(w, "zes") && !ends(w, "izes")) { w.removeLast(2) }
        else if ends(w, "s"), w.count > 3, !ends(w, "ss"), !ends(w, "us"), !ends(w, "is") { w.removeLast() }
    }

    /// -ization, -izer, -ize → -iz; -iency → -ient.
    private static func derivational(_ w: inout [UInt8]) {
        let suffixes: [StaticString] = ["ization", "izer", "ize"]
        for suffix in suffixes where ends(w, suffix) && w.count > suffix.utf8CodeUnitCount + 2 {
            w.removeLast(suffix.utf8CodeUnitCount - 2)
            return
        }
        if ends(w, "iency") { w.removeLast(2); w.append(UInt8(ascii: "t")) }
    }

    /// Porter 1b: -eed → -ee; -ed, -ing dropped when a vowel precedes, then -at, -bl, -iz gain an
    /// e, a doubled consonant is undoubled, and a short word ending consonant-vowel-consonant gains an e.
    private static func pastAndProgressive(_ w: inout [UInt8]) {
        if ends(w, "eed") {
            if measure(w, w.count - 3) > 0 { w.removeLast() }
            return
        }
        let suffix = ends(w, "ing") ? 3 : ends(w, "ed") ? 2 : 0
        guard suffix > 0, hasVowel(w, w.count - suffix) else { return }
        w.removeLast(suffix)
        if ends(w, "at") || ends(w, "bl") || ends(w, "iz") { w.append(UInt8(ascii: "e")) }
        else if let last = w.last, w.count >= 2, w[w.count - 2] == last, isConsonant(w, w.count - 1),
                last != UInt8(ascii: "l"), last != UInt8(ascii: "s"), last != UInt8(ascii: "z") { w.removeLast() }
        else if measure(w, w.count) == 1, endsConsonantVowelConsonant(w, w.count) { w.append(UInt8(ascii: "e")) }
    }

    /// Porter 5a: a final e goes when the rest is long, or short but not consonant-vowel-consonant.
    private static func finalE(_ w: inout [UInt8]) {
        guard ends(w, "e") else { return }
        let m = measure(w, w.count - 1)
        if m > 1 || (m == 1 && !endsConsonantVowelConsonant(w, w.count - 1)) { w.removeLast() }
    }

    // MARK: Porter's measures, over the first `count` letters of a word

    private static func ends(_ w: [UInt8], _ suffix: StaticString) -> Bool {
        suffix.withUTF8Buffer { s in
            guard w.count >= s.count else { return false }
            let offset = w.count - s.count
            for i in 0..<s.count where w[offset + i] != s[i] { return false }
            return true
        }
    }

    private static func isConsonant(_ w: [UInt8], _ offset: Int) -> Bool {
        switch w[offset] {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): return false
        case UInt8(ascii: "y"): return offset == 0 || !isConsonant(w, offset - 1)
        default: return true
        }
    }

    private static func hasVowel(_ w: [UInt8], _ count: Int) -> Bool {
        (0..<count).contains { !isConsonant(w, $0) }
    }

    /// Porter's m: the number of vowel-consonant sequences.
    private static func measure(_ w: [UInt8], _ count: Int) -> Int {
        var m = 0
        var previousVowel = false
        for i in 0..<count {
            let vowel = !isConsonant(w, i)
            if previousVowel && !vowel { m += 1 }
            previousVowel = vowel
        }
        return m
    }

    /// Consonant, vowel, consonant at the end, the last not w, x or y: "hop", not "snow".
    private static func endsConsonantVowelConsonant(_ w: [UInt8], _ n: Int) -> Bool {
        guard n >= 3, isConsonant(w, n - 1), !isConsonant(w, n - 2), isConsonant(w, n - 3) else { return false }
        return w[n - 1] != UInt8(ascii: "w") && w[n - 1] != UInt8(ascii: "x") && w[n - 1] != UInt8(ascii: "y")
    }
}

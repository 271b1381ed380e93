/// Texts that must stay told apart when cut to a column: titles of a list that share a long
/// start ("CSC2541 Winter 2022 Topics in Machine Learning: … Lecture 3") keep the part that
/// differs in view, the shared middle going instead of the end.
///
/// ```swift
/// let titles = ["CSC2541 Winter 2022 Topics in ML: Lecture 1", "CSC2541 Winter 2022 Topics in ML: Lecture 2"]
/// let shared = DistinctText.sharedStarts(titles)                     // [41, 41]
/// DistinctText.fit(titles[0], width: 24, sharedStart: shared[0])     // "CSC2541 Winter…Lecture 1"
/// ```
/// Widths are terminal cells (`DisplayWidth`); text is cut between characters (grapheme
/// clusters), never inside one, so a combining mark stays on its letter.
public enum DistinctText {
    /// For each text, how many characters it shares from its start with the most alike other:
    /// where it starts to differ. Sorted neighbours are the most alike, so n log n, not n².
    public static func sharedStarts(_ texts: [String]) -> [Int] {
        let characters = texts.map(Array.init)
        let order = characters.indices.sorted { characters[$0].lexicographicallyPrecedes(characters[$1]) }
        var shared = Array(repeating: 0, count: texts.count)
        for (a, b) in zip(order, order.dropFirst()) {
            let common = zip(characters[a], characters[b]).prefix(while: ==).count
            shared[a] = max(shared[a], common)
            shared[b] = max(shared[b], common)
        }
        return shared
    }

    /// `text` in at most `width` cells, keeping in view the word at character `sharedStart`
    /// (where it differs from its neighbours) and the word before it; cut at the end as usual
    /// when that word shows anyway.
    ///
    /// - Parameters:
    ///   - sharedStart: the characters `text` shares with another (`sharedStarts`); 0: none.
    ///   - ellipsis: what stands for the cut part, one cell.
    public static func fit(_ text: String, width: Int, sharedStart: Int, ellipsis: Character = "…") -> String {
        guard DisplayWidth.of(text) > width else { return text }
        let characters = Array(text)
        let differs = min(max(0, sharedStart), characters.count - 1)
        let wordEnd = characters[differs...].firstIndex(of: " ") ?? characters.count
        // The differing word shows when the text is cut at its end: nothing to do.
        let plain = TextLayout.truncate(text, width: width, ellipsis: String(ellipsis))
        guard sharedStart > 0, width >= 5, cells(characters[..<wordEnd]) > width - 1 else { return plain }
        // At least a few cells of the start stay, so the row still reads as what it is.
        let minimumHead = min(12, width / 3)
        // The word before and the differing one ("Lecture 3"), else that word, else from the difference on.
        let word = wordStart(characters, differs)
        for start in [contextStart(characters, before: differs), word, differs] where start > 0 {
            let tail = characters[start...]
            let headRoom = width - 1 - cells(tail)
            if headRoom >= minimumHead {
                return String(prefix(characters, cells: headRoom)) + String(ellipsis) + String(tail)
            }
        }
        // Too narrow for the rest whole: from the difference on, cut at the end.
        let head = String(prefix(characters, cells: minimumHead)) + String(ellipsis)
        return head + TextLayout.truncate(String(characters[differs...]), width: width - DisplayWidth.of(head), ellipsis: String(ellipsis))
    }

    /// The start of the word at `index`.
    private static func wordStart(_ characters: [Character], _ index: Int) -> Int {
        var i = index
        while i > 0, characters[i - 1] != " " { i -= 1 }
        return i
    }

    /// The start of the word before the one at `index` (or of that word, when it is the first).
    private static func contextStart(_ characters: [Character], before index: Int) -> Int {
        let word = wordStart(characters, index)
        var before = word
        while before > 0, characters[before - 1] == " " { before -= 1 }
        return before == 0 ? word : wordStart(characters, before)
    }

    /// The longest start of `characters` in at most `cells`, without the spaces it ends with.
    private static func prefix(_ characters: [Character], cells limit: Int) -> ArraySlice<Character> {
        var used = 0, end = 0
        while end < characters.count {
            let w = DisplayWidth.of(String(characters[end]))
            if used + w > limit { break }
            used += w
            end += 1
        }
        var head = characters[..<end]
        while head.last == " " { head = head.dropLast() }
        return head
    }

    private static func cells(_ characters: ArraySlice<Character>) -> Int {
        characters.reduce(0) { $0 + DisplayWidth.of(String($1)) }
    }
}

import Foundation

/// TeX in arXiv metadata, made readable: accents and TeX letters as Unicode, and on screen,
/// math as the Unicode characters it stands for where Unicode has them.
///
/// ```swift
/// TeXText.name(#"C. Bal\'azs"#)                            // "C. Balázs"
/// TeXText.accents(#"Djokovi\'{c}'s $(k,\ell)$-sparse"#)     // "Djoković's $(k,\ell)$-sparse"
/// TeXText.readable(#"the $(k,\ell)$-pebble game"#)          // "the (k,ℓ)-pebble game"
/// TeXText.readable(#"$\mathcal{O}(\alpha_s^3)$ \emph{and} Q\&A"#) // "𝒪(αₛ³) and Q&A"
/// ```
/// Each is one pass over the text whatever it holds (unbalanced braces and dollars, runs of
/// backslashes): linear time, no recursion, and text without TeX is returned as it is.
public enum TeXText {
    /// Text accents and TeX letters outside math as Unicode, everything else as written: what
    /// the index stores for titles and abstracts, so that `Schr\"odinger` is found as schrodinger
    /// while `$\alpha$` keeps its word for a search for alpha.
    public static func accents(_ text: String) -> String {
        guard needsWork(text, for: .accents) else { return text }
        return TeXConverter.convert(text, mode: .accents)
    }

    /// A person's name from TeX: accents and letters as Unicode, braces dropped, `~` a space.
    public static func name(_ text: String) -> String {
        guard needsWork(text, for: .name) else { return text }
        return TeXConverter.convert(text, mode: .name)
    }

    /// A title or abstract for the screen: `accents`, plus math without its `$`s, symbols and
    /// Greek letters, `^2`/`_i` as super- and subscripts where Unicode has them (`^(…)` where
    /// not), math alphabets, `\frac{a}{b}` as a/b, `\emph{x}` as x, `\&` as &, TeX quotes and
    /// dashes. A command it does not know is left as written, and so are braces and `~` in
    /// text outside commands (`K in {5, 10}`, `~10 epochs`), which arXiv shows as written too.
    public static func readable(_ text: String) -> String {
        guard needsWork(text, for: .readable) else { return text }
        return TeXConverter.convert(text, mode: .readable)
    }

    /// Whether `text` holds anything the mode changes, by its bytes (most lines hold nothing;
    /// an import asks for every title and abstract, so a backslash is looked for with `memchr`).
    static func needsWork(_ text: String, for mode: TeXConverter.Mode) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            if mode == .accents { return memchr(base, Int32(UInt8(ascii: "\\")), bytes.count) != nil }
            var previous: UInt8 = 0
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\\"): return true
                case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "~"): if mode == .name { return true }
                case UInt8(ascii: "$"): if mode == .readable { return true }
                case UInt8(ascii: "-"), UInt8(ascii: "`"), UInt8(ascii: "'"): if mode == .readable && previous == byte { return true }
                default: break
                }
                previous = byte
            }
            return false
        }
    }
}

/// The one pass behind `TeXText`: reads scalars left to right, writes scalars, and keeps a
/// stack of the open groups whose content is changed when they close (a math alphabet, a
/// superscript, a fraction's part), at most `maxGroups` deep so that closing stays linear.
struct TeXConverter {
    enum Mode { case accents, name, readable }

    /// An open `{`: what to do with what it held when it closes, which starts at `start` in `out`.
    struct Group {
        enum Kind {
            case plain
            /// Braces in text that are text: the closing one is written too.
            case literal
            case alphabet(TeXText.Alphabet)
            case script(superscript: Bool)
            case root
            case numerator, denominator
            case accent(Unicode.Scalar)

            /// How a group still open at the end of the text closes: no "}" written, no "/" awaited.
            func atEnd(of group: Group) -> Group {
                switch self {
                case .numerator: Group(kind: .root, start: group.start)
                case .literal: Group(kind: .plain, start: group.start)
                default: group
                }
            }
        }
        var kind: Kind
        var start: Int
    }

    static let maxGroups = 64
    static let openMark = Highlight.open.unicodeScalars.first!
    static let closeMark = Highlight.close.unicodeScalars.first!

    let mode: Mode
    var input: [Unicode.Scalar]
    var position = 0
    var out: [Unicode.Scalar] = []
    var math = false
    var groups: [Group] = []
    /// Braces opened beyond `maxGroups`: closed without any change.
    var untracked = 0

    static func convert(_ text: String, mode: Mode) -> String {
        var converter = TeXConverter(text, mode: mode)
        return converter.run()
    }

    init(_ text: String, mode: Mode) {
        self.mode = mode
        input = Array(text.unicodeScalars)
        out.reserveCapacity(input.count)
    }

    var current: Unicode.Scalar? { position < input.count ? input[position] : nil }
    func peek(_ offset: Int) -> Unicode.Scalar? { position + offset < input.count ? input[position + offset] : nil }

    mutating func run() -> String {
        while let scalar = current {
            switch scalar {
            case "\\": command()
            case "{": open()
            case "}": close()
            case "$" where mode != .name: dollar()
            // A tie in a name or in math; elsewhere "~10" means about ten, as arXiv shows it.
            case "~" where mode == .name || (mode == .readable && math): out.append(" "); position += 1
            case "^" where mode == .readable && math, "_" where mode == .readable && math: script(superscript: scalar == "^")
            case "-" where mode == .readable && !math, "`" where mode == .readable && !math,
                 "'" where mode == .readable && !math:
                ligature(scalar)
            default: out.append(scalar); position += 1
            }
        }
        if mode == .readable {
            // Groups left open at the end (`\mathcal{O`) close there.
            while let group = groups.popLast() { finish(group.kind.atEnd(of: group)) }
            collapseSpaces()
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: out)
        return String(text)
    }

    // MARK: Letters: `\'a`, `\'{a}`, `{\'a}`, `\v{s}`, `\ss`, `{\O}`

    /// The letter a command at `start` (a backslash) stands for, and where it ends; nil when
    /// the command is no accent on a letter and no TeX letter. Reads nothing else.
    func letter(at start: Int) -> (letter: String, end: Int)? {
        guard start + 1 < input.count, input[start] == "\\" else { return nil }
        let name = commandName(at: start + 1)
        var end = start + 1 + max(1, name.count)
        if let letter = TeXText.letters[name] {
            // `\o{}`: an empty group ends the command; as in TeX, spaces after it are not
            // printed either (`Bj\o rn`, `Stra\ss e`).
            if end + 1 < input.count, input[end] == "{", input[end + 1] == "}" {
                end += 2
            } else {
                var after = end
                while after < input.count, input[after] == " " { after += 1 }
                if after < input.count, input[after].properties.isAlphabetic { end = after }
            }
            return (letter, end)
        }
        let command = name.isEmpty ? String(input[start + 1]) : name
        guard let mark = TeXText.accentMarks[command] else { return nil }
        while end < input.count, input[end] == " " { end += 1 }
        let braced = end < input.count && input[end] == "{"
        if braced { end += 1 }
        guard let (base, afterBase) = accentBase(at: end) else { return nil }
        end = afterBase
        if braced {
            guard end < input.count, input[end] == "}" else { return nil }
            end += 1
        }
        var composed = String.UnicodeScalarView([base, mark])
        composed = String(composed).precomposedStringWithCanonicalMapping.unicodeScalars
        return (String(composed), end)
    }

    /// What an accent sits on: a letter, or `\i`/`\j` (dotless: the accent replaces the dot).
    private func accentBase(at index: Int) -> (Unicode.Scalar, Int)? {
        guard index < input.count else { return nil }
        let scalar = input[index]
        if scalar.properties.isAlphabetic { return (scalar, index + 1) }
        guard scalar == "\\", index + 1 < input.count else { return nil }
        let name = commandName(at: index + 1)
        switch name {
        case "i": return ("i", index + 2)
        case "j": return ("j", index + 2)
        default: return nil
        }
    }

    /// The letters of a command's name starting at `index` ("" for a control symbol like `\'`).
    func commandName(at index: Int) -> String {
        var end = index
        while end < input.count, Self.isASCIILetter(input[end]) { end += 1 }
        var name = String.UnicodeScalarView()
        name.append(contentsOf: input[index..<end])
        return String(name)
    }

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
    }

    // MARK: Commands

    mutating func command() {
        guard let next = peek(1) else { out.append("\\"); position += 1; return }
        // A search match marked inside a command (`\` open-mark `alpha`): the mark goes first.
        if next == Self.openMark || next == Self.closeMark {
            out.append(next)
            input.swapAt(position, position + 1)
            position += 1
            return
        }
        if !math, let (letter, end) = letter(at: position) {
            out.append(contentsOf: letter.unicodeScalars)
            position = end
            return
        }
        let name = commandName(at: position + 1)
        if mode == .readable {
            if name.isEmpty { controlSymbol(next) } else { word(name) }
            return
        }
        // Kept as written: the backslash with its name or symbol, so `\\` never starts a command.
        let end = position + 1 + max(1, name.count)
        if next == "(" || next == "[" { math = true }
        if next == ")" || next == "]" { math = false }
        out.append(contentsOf: input[position..<end])
        position = end
    }

    /// `\&`, `\%`, `\,`, `\\`, `\(`: what a backslash and one non-letter stand for on screen.
    mutating func controlSymbol(_ symbol: Unicode.Scalar) {
        position += 2
        switch symbol {
        case "&", "%", "$", "#", "_", "{", "}": out.append(symbol)
        case "\\", ",", ";", ":", ">", " ": out.append(" ")
        case "!", "-", "/", "@": break
        case "(", "[": math = true
        case ")", "]": math = false
        case "|": out.append("‖")
        default: out.append("\\"); out.append(symbol)
        }
    }

    /// A command with a name, on screen.
    mutating func word(_ name: String) {
        let nameStart = position + 1
        position = nameStart + name.count
        if let symbol = TeXText.symbols[name] {
            out.append(contentsOf: symbol.unicodeScalars)
        } else if TeXText.ignored.contains(name) {
            // `\left.` and `\right.`: an empty delimiter; `{\bf x}`: the space that ends the name.
            if (name == "left" || name == "right"), current == "." { position += 1 }
            while current == " " { position += 1 }
        } else if let alphabet = TeXText.Alphabet(command: name) {
            argument(.alphabet(alphabet)) { scalar in alphabet.letter(scalar).map { [$0] } }
        } else if TeXText.plainArgument.contains(name) {
            argument(.plain) { [$0] }
        } else if let mark = TeXText.mathAccents[name] {
            argument(.accent(mark)) { [$0, mark] }
        } else if name == "sqrt" {
            out.append("√")
            skipOptionalArgument()
            argument(.root) { [$0] }
        } else if name == "frac" || name == "dfrac" || name == "tfrac" {
            fraction()
        } else {
            out.append("\\")
            out.append(contentsOf: input[nameStart..<position])
        }
    }

    /// `\frac{a+b}{2}` → (a+b)/2; `\frac12` → 1/2.
    mutating func fraction() {
        while current == " " { position += 1 }
        if let first = current, let second = peek(1), first != "{", Self.isAlphanumeric(first), Self.isAlphanumeric(second) {
            out.append(contentsOf: [first, "/", second])
            position += 2
        } else {
            argument(.numerator) { [$0] }
        }
    }

    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The argument of a command: a group opened as `kind`, or one scalar written as `single` gives it.
    mutating func argument(_ kind: Group.Kind, single: (Unicode.Scalar) -> [Unicode.Scalar]?) {
        while current == " " { position += 1 }
        guard let next = current else { return }
        if next == "{" {
            position += 1
            push(kind)
        } else if next != "\\" && next != "}" && next != "$", let written = single(next) {
            out.append(contentsOf: written)
            position += 1
        }
    }

    /// `\sqrt[3]{x}`: the index is dropped.
    mutating func skipOptionalArgument() {
        guard current == "[" else { return }
        while let scalar = current, scalar != "]" { position += 1 }
        if current == "]" { position += 1 }
    }

    // MARK: Groups

    mutating func push(_ kind: Group.Kind) {
        if groups.count < Self.maxGroups { groups.append(Group(kind: kind, start: out.count)) } else { untracked += 1 }
    }

    mutating func open() {
        switch mode {
        case .readable:
            position += 1
            // Braces group in math and around commands (`{\em x}`); in text, `{5, 10}` is text.
            if math || current == "\\" {
                push(.plain)
            } else {
                out.append("{")
                push(.literal)
            }
        case .accents, .name:
            // `{\'e}`, `{\O}`: braces around a letter go with it (they would split a word in the index).
            if !math, let (letter, end) = letter(at: position + 1), end < input.count, input[end] == "}" {
                out.append(contentsOf: letter.unicodeScalars)
                position = end + 1
            } else {
                if mode == .accents { out.append("{") }
                position += 1
            }
        }
    }

    mutating func close() {
        position += 1
        switch mode {
        case .accents: out.append("}")
        case .name: break
        case .readable:
            if untracked > 0 {
                untracked -= 1
            } else if let group = groups.popLast() {
                finish(group)
            } else if !math {
                out.append("}")
            }
        }
    }

    /// What a closed group's content becomes: it is `out[group.start...]`, at the end of `out`.
    mutating func finish(_ group: Group) {
        let start = min(group.start, out.count)
        switch group.kind {
        case .plain: break
        case .literal: out.append("}")
        case .alphabet(let alphabet):
            for index in start..<out.count { out[index] = alphabet.letter(out[index]) ?? out[index] }
        case .script(let superscript): finishScript(from: start, superscript: superscript)
        case .root, .denominator: parenthesize(from: start)
        case .numerator:
            parenthesize(from: start)
            out.append("/")
            while current == " " { position += 1 }
            if current == "{" { position += 1; push(.denominator) }
        case .accent(let mark):
            if out.count - start == 1 { out.append(mark) }
        }
    }

    /// `(a+b)` for a fraction's part or a root of more than one letter or number.
    mutating func parenthesize(from start: Int) {
        guard out[start...].contains(where: { !Self.isAlphanumeric($0) }) else { return }
        out.insert("(", at: start)
        out.append(")")
    }

    // MARK: Math: dollars and scripts

    mutating func dollar() {
        let double = peek(1) == "$"
        position += double ? 2 : 1
        math.toggle()
        if mode == .accents { out.append(contentsOf: double ? ["$", "$"] : ["$"]) }
    }

    /// `^2`, `_{n=0}`, `^\infty`: the next scalar, symbol or group as a super- or subscript.
    mutating func script(superscript: Bool) {
        let mark: Unicode.Scalar = superscript ? "^" : "_"
        position += 1
        while current == " " { position += 1 }
        guard let next = current else { out.append(mark); return }
        if next == "{" {
            position += 1
            push(.script(superscript: superscript))
            return
        }
        let start = out.count
        if next == "\\", let symbol = TeXText.symbols[commandName(at: position + 1)], peek(1).map(Self.isASCIILetter) == true {
            position += 1 + commandName(at: position + 1).count
            out.append(contentsOf: symbol.unicodeScalars)
        } else if next != "\\", next != "}", next != "$", next != "^", next != "_" {
            position += 1
            out.append(next)
        } else {
            out.append(mark)
            return
        }
        finishScript(from: start, superscript: superscript)
    }

    /// The content from `start` in script forms if each of its scalars has one, else `^(content)`.
    mutating func finishScript(from start: Int, superscript: Bool) {
        let content = out[start...].filter { $0 != " " }
        guard !content.isEmpty else { return }
        let forms = superscript ? TeXText.superscripts : TeXText.subscripts
        let converted = content.compactMap { forms[$0] }
        out.removeSubrange(start...)
        if converted.count == content.count {
            out.append(contentsOf: converted)
        } else {
            out.append(superscript ? "^" : "_")
            if content.count > 1 { out.append("(") }
            out.append(contentsOf: content)
            if content.count > 1 { out.append(")") }
        }
    }

    // MARK: Text

    /// TeX's dashes and quotes: `--` –, `---` —, ``` `` ``` “, `''` ”.
    mutating func ligature(_ scalar: Unicode.Scalar) {
        var run = 1
        while run < 3, peek(run) == scalar { run += 1 }
        switch (scalar, run) {
        case ("-", 3): out.append("—")
        case ("-", 2): out.append("–")
        case ("`", 2...): out.append("“"); run = 2
        case ("'", 2...): out.append("”"); run = 2
        case ("`", 1): out.append("‘")
        default: out.append(contentsOf: repeatElement(scalar, count: 1)); run = 1
        }
        position += run
    }

    /// Runs of spaces the commands left (`a \, b`) as one.
    mutating func collapseSpaces() {
        var kept = 0
        for index in out.indices where !(out[index] == " " && kept > 0 && out[kept - 1] == " ") {
            out[kept] = out[index]
            kept += 1
        }
        out.removeSubrange(kept...)
    }
}

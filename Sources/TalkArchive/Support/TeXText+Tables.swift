// The characters TeX commands stand for, as `TeXConverter` reads them.

extension TeXText {
    // MARK: Text mode: accents and letters (names, titles, abstracts)

    /// The combining mark of each accent command: `\'e` is e + U+0301, composed to é.
    static let accentMarks: [String: Unicode.Scalar] = [
        "'": "\u{301}", "`": "\u{300}", "^": "\u{302}", "\"": "\u{308}", "~": "\u{303}", "=": "\u{304}", ".": "\u{307}",
        "u": "\u{306}", "v": "\u{30C}", "H": "\u{30B}", "c": "\u{327}", "d": "\u{323}", "b": "\u{331}", "k": "\u{328}",
        "r": "\u{30A}",
    ]

    /// Letters TeX writes as commands: `\ss`, `\o`, `{\O}bro`, `\l`.
    static let letters: [String: String] = [
        "ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
        "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð", "th": "þ", "TH": "Þ", "ng": "ŋ", "NG": "Ŋ",
        "dj": "đ", "DJ": "Đ",
    ]

    // MARK: Display: symbols, math alphabets, scripts

    /// Commands that stand for one character or word, in or out of math.
    static let symbols: [String: String] = {
        var table: [String: String] = [
            // Greek
            "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ",
            "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "varkappa": "ϰ", "lambda": "λ",
            "mu": "μ", "nu": "ν", "xi": "ξ", "omicron": "ο", "pi": "π", "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ",
            "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ", "phi": "φ", "varphi": "φ", "chi": "χ",
            "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
            "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
            // Letters and constants
            "ell": "ℓ", "hbar": "ℏ", "infty": "∞", "partial": "∂", "nabla": "∇", "aleph": "ℵ", "Re": "ℜ", "Im": "ℑ",
            "wp": "℘", "emptyset": "∅", "varnothing": "∅", "prime": "′", "dagger": "†", "ddagger": "‡", "dag": "†",
            "S": "§", "P": "¶", "copyright": "©", "pounds": "£", "degree": "°", "textdegree": "°", "textmu": "µ",
            "LaTeX": "LaTeX", "TeX": "TeX", "textbackslash": "\\", "textasciitilde": "~", "backslash": "\\",
            // Operators and relations
            "pm": "±", "mp": "∓", "times": "×", "div": "÷", "cdot": "·", "cdots": "⋯", "ldots": "…", "dots": "…",
            "vdots": "⋮", "ddots": "⋱", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠", "ne": "≠",
            "approx": "≈", "sim": "∼", "simeq": "≃", "cong": "≅", "equiv": "≡", "propto": "∝", "ll": "≪", "gg": "≫",
            "lesssim": "≲", "gtrsim": "≳", "prec": "≺", "succ": "≻", "preceq": "⪯", "succeq": "⪰",
            "to": "→", "rightarrow": "→", "leftarrow": "←", "gets": "←", "Rightarrow": "⇒", "Leftarrow": "⇐",
            "Leftrightarrow": "⇔", "iff": "⇔", "leftrightarrow": "↔", "mapsto": "↦", "longrightarrow": "⟶",
            "longmapsto": "⟼", "Longrightarrow": "⟹", "hookrightarrow": "↪", "uparrow": "↑", "downarrow": "↓",
            "leadsto": "⇝", "in": "∈", "notin": "∉", "ni": "∋", "subset": "⊂", "subseteq": "⊆", "supset": "⊃",
            "supseteq": "⊇", "cup": "∪", "cap": "∩", "bigcup": "⋃", "bigcap": "⋂", "sqcup": "⊔", "setminus": "∖",
            "forall": "∀", "exists": "∃", "neg": "¬", "lnot": "¬", "wedge": "∧", "land": "∧", "vee": "∨", "lor": "∨",
            "sum": "∑", "prod": "∏", "coprod": "∐", "int": "∫", "iint": "∬", "oint": "∮",
            "langle": "⟨", "rangle": "⟩", "lceil": "⌈", "rceil": "⌉", "lfloor": "⌊", "rfloor": "⌋",
            "circ": "∘", "bullet": "•", "star": "⋆", "ast": "∗", "otimes": "⊗", "oplus": "⊕", "ominus": "⊖",
            "odot": "⊙", "perp": "⊥", "bot": "⊥", "top": "⊤", "parallel": "∥", "mid": "∣", "vdash": "⊢",
            "models": "⊨", "triangle": "△", "Box": "□", "square": "□", "diamond": "⋄", "angle": "∠",
            "colon": ":", "vert": "|", "Vert": "‖", "lvert": "|", "rvert": "|", "lVert": "‖", "rVert": "‖",
            "lbrace": "{", "rbrace": "}",
            // Spacing
            "quad": " ", "qquad": " ", "enspace": " ", "thinspace": " ",
        ]
        // Operator names read as their word: `\log n` → "log n".
        for word in ["log", "ln", "lg", "exp", "sin", "cos", "tan", "cot", "sec", "csc", "sinh", "cosh", "tanh",
                     "arcsin", "arccos", "arctan", "max", "min", "sup", "inf", "lim", "liminf", "limsup", "det",
                     "dim", "ker", "deg", "arg", "Pr", "gcd", "hom", "mod", "bmod", "tr", "Tr", "rank"] {
            table[word] = word
        }
        return table
    }()

    /// Commands whose argument is shown as it is: `\emph{x}` → x, `\mathrm{d}x` → dx.
    static let plainArgument: Set<String> = [
        "text", "textrm", "textit", "textbf", "textsf", "texttt", "textsc", "textup", "textmd", "textnormal",
        "emph", "mathrm", "mathit", "mathsf", "mathtt", "mathbf", "mathnormal", "boldsymbol", "bm", "operatorname",
        "mbox", "hbox", "underline", "overline", "url", "ensuremath",
    ]

    /// Commands that only size or space what follows, dropped: `\left(` → (, `\bf x` → x.
    static let ignored: Set<String> = [
        "left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl",
        "Biggr", "displaystyle", "textstyle", "scriptstyle", "limits", "nolimits", "nonumber", "noindent",
        "it", "bf", "rm", "em", "sl", "sf", "tt", "sc", "normalsize", "small", "large", "Large", "footnotesize",
        "mathstrut", "relax", "protect",
    ]

    /// Math accents, as the combining mark put on a single letter: `\hat{x}` → x̂.
    static let mathAccents: [String: Unicode.Scalar] = [
        "hat": "\u{302}", "widehat": "\u{302}", "tilde": "\u{303}", "widetilde": "\u{303}", "bar": "\u{304}",
        "vec": "\u{20D7}", "dot": "\u{307}", "ddot": "\u{308}", "check": "\u{30C}", "breve": "\u{306}",
        "acute": "\u{301}", "grave": "\u{300}",
    ]

    /// The math alphabets Unicode has: `\mathcal{O}` → 𝒪, `\mathbb{R}` → ℝ.
    enum Alphabet {
        case script, doubleStruck, fraktur

        init?(command: String) {
            switch command {
            case "mathcal", "mathscr", "cal": self = .script
            case "mathbb", "Bbb": self = .doubleStruck
            case "mathfrak", "frak": self = .fraktur
            default: return nil
            }
        }

        /// The letter in this alphabet, or nil for any other scalar.
        func letter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
            if let hole = holes[scalar] { return hole }
            let value = scalar.value
            switch value {
            case 0x41...0x5A: return Unicode.Scalar(bases.upper + value - 0x41)
            case 0x61...0x7A: return Unicode.Scalar(bases.lower + value - 0x61)
            case 0x30...0x39: return bases.digit.flatMap { Unicode.Scalar($0 + value - 0x30) }
            default: return nil
            }
        }

        /// Where the alphabet's A, a and 0 are in Unicode's Mathematical Alphanumeric Symbols.
        private var bases: (upper: UInt32, lower: UInt32, digit: UInt32?) {
            switch self {
            case .script: (0x1D49C, 0x1D4B6, nil)
            case .doubleStruck: (0x1D538, 0x1D552, 0x1D7D8)
            case .fraktur: (0x1D504, 0x1D51E, nil)
            }
        }

        /// Letters Unicode had encoded elsewhere before (Letterlike Symbols): the block leaves their places empty.
        private var holes: [Unicode.Scalar: Unicode.Scalar] {
            switch self {
            case .script: Alphabet.scriptHoles
            case .doubleStruck: Alphabet.doubleStruckHoles
            case .fraktur: Alphabet.frakturHoles
            }
        }

        private static let scriptHoles: [Unicode.Scalar: Unicode.Scalar] = [
            "B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ", "e": "ℯ", "g": "ℊ", "o": "ℴ"]
        private static let doubleStruckHoles: [Unicode.Scalar: Unicode.Scalar] = [
            "C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"]
        private static let frakturHoles: [Unicode.Scalar: Unicode.Scalar] = ["C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"]
    }

    /// Superscript forms, where Unicode has them: `x^2` → x².
    static let superscripts: [Unicode.Scalar: Unicode.Scalar] = scripts(
        "0123456789+-−=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVWαβγδεθφχ′*∗",
        "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂᵅᵝᵞᵟᵋᶿᵠᵡ′**")

    /// Subscript forms, where Unicode has them: `x_i` → xᵢ.
    static let subscripts: [Unicode.Scalar: Unicode.Scalar] = scripts(
        "0123456789+-−=()aehijklmnoprstuvxβγρφχ",
        "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ")

    private static func scripts(_ plain: String, _ forms: String) -> [Unicode.Scalar: Unicode.Scalar] {
        precondition(plain.unicodeScalars.count == forms.unicodeScalars.count)
        return Dictionary(zip(plain.unicodeScalars, forms.unicodeScalars), uniquingKeysWith: { first, _ in first })
    }
}

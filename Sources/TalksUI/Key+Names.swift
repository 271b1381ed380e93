import ScreenModel

extension Key {
    /// How a key is written on the help screen.
    public var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .alt(let c): return "M-\(c)"
        case .ctrl(let c): return "^\(c)"
        case .function(let n): return "F\(n)"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Bksp"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .delete: return "Del"
        }
    }

    /// Parses a key as a configuration file names it: `j`, `G`, `ctrl-d` (or `C-d`, `^d`), `enter`,
    /// `esc`, `tab`, `space`, `up`, `pgdn`, `home`, `f5`, …; nil when it names no key.
    public init?(configName name: String) {
        let lower = name.lowercased()
        let named: [String: Key] = [
            "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab,
            "s-tab": .backTab, "backtab": .backTab, "space": .char(" "), "up": .up, "down": .down,
            "left": .left, "right": .right, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown,
            "pagedown": .pageDown, "home": .home, "end": .end, "backspace": .backspace, "bksp": .backspace,
            "delete": .delete, "del": .delete,
        ]
        if let key = named[lower] { self = key; return }
        if name.count == 1, let c = name.first, !c.isWhitespace, !c.isNewline, c.isASCII || c.isLetter {
            self = .char(c); return
        }
        for prefix in ["ctrl-", "c-", "^"] where lower.hasPrefix(prefix) && lower.count == prefix.count + 1 {
            let c = lower.last!
            guard c.isLetter, c.isASCII else { return nil }
            self = .ctrl(c); return
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) { self = .function(n); return }
        return nil
    }
}

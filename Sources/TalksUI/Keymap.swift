import ScreenModel
import TalkArchive

/// Which key runs which command: the focused pane's bindings first, then the global ones.
/// Data, not code: the help screen lists it, and the configuration file can rebind any command.
public struct Keymap: Sendable {
    public typealias Binding = (keys: [Key], command: Command)
    public enum Pane: Sendable { case global, list, detail }

    public private(set) var global: [Binding]
    public private(set) var list: [Binding]
    public private(set) var detail: [Binding]

    public static let standard = Keymap(
        global: [
            ([.ctrl("c")], .quit),
            ([.ctrl("l")], .repaint),
            ([.ctrl("z")], .suspend),
        ],
        list: [
            ([.char("j"), .down], .moveDown),
            ([.char("k"), .up], .moveUp),
            ([.ctrl("d")], .halfPageDown),
            ([.ctrl("u")], .halfPageUp),
            ([.pageDown, .char(" ")], .pageDown),
            ([.pageUp], .pageUp),
            ([.char("g"), .home], .first),
            ([.char("G"), .end], .last),
            ([.enter, .char("l"), .right], .open),
            ([.tab], .switchPane),
            ([.char("v")], .togglePreview),
            ([.escape], .back),
            ([.char("/")], .search),
            ([.char("n")], .nextResult),
            ([.char("N")], .previousResult),
            ([.char("s")], .cycleSort),
            ([.char("f")], .cycleSeries),
            ([.char("p")], .togglePapers),
            ([.char("t")], .browseTopics),
            ([.char("a")], .browseSpeakers),
            ([.char("R")], .goToRelated),
            ([.char("o")], .openLink),
            ([.char("y")], .copyLink),
            ([.char("r")], .readPaper),
            ([.char("?")], .help),
            ([.char("q")], .quit),
        ],
        detail: [
            ([.char("j"), .down], .moveDown),
            ([.char("k"), .up], .moveUp),
            ([.ctrl("d"), .pageDown, .char(" ")], .halfPageDown),
            ([.ctrl("u"), .pageUp], .halfPageUp),
            ([.char("g"), .home], .first),
            ([.char("G"), .end], .last),
            ([.escape, .char("h"), .left, .char("q")], .back),
            ([.tab], .switchPane),
            ([.char("n")], .nextResult),
            ([.char("N")], .previousResult),
            ([.char("/")], .search),
            ([.char("t")], .browseTopics),
            ([.char("a")], .browseSpeakers),
            ([.char("R")], .goToRelated),
            ([.char("o")], .openLink),
            ([.char("y")], .copyLink),
            ([.char("r")], .readPaper),
            ([.char("?")], .help),
        ]
    )

    func command(for key: Key, in pane: Pane) -> Command? {
        bindings(pane).first { $0.keys.contains(key) }?.command
    }

    private func bindings(_ pane: Pane) -> [Binding] {
        switch pane {
        case .global: return global
        case .list: return list
        case .detail: return detail
        }
    }

    /// Binds `keys` to `command` in the list and the detail, wherever the command has a binding;
    /// the keys leave any other command of that pane, so the new binding wins. The global keys
    /// (Ctrl-C, Ctrl-L, Ctrl-Z) stay: they are the terminal's conventions.
    public func rebinding(_ command: Command, to keys: [Key]) -> Keymap {
        func rebind(_ bindings: [Binding]) -> [Binding] {
            guard bindings.contains(where: { $0.command == command }) else { return bindings }
            return bindings.map { binding in
                binding.command == command ? (keys, command) : (binding.keys.filter { !keys.contains($0) }, binding.command)
            }
        }
        return Keymap(global: global, list: rebind(list), detail: rebind(detail))
    }

    /// Help lines: each command once, with the keys that run it in the list or anywhere; under
    /// kiosk mode without the commands it refuses.
    public func helpEntries(under policy: KioskPolicy = .unrestricted) -> [(keys: String, help: String)] {
        Keymap.entries(list + global, policy)
    }

    /// The detail pane's bindings that differ from the list's.
    public func detailHelpEntries(under policy: KioskPolicy = .unrestricted) -> [(keys: String, help: String)] {
        let listEntries = helpEntries(under: policy)
        return Keymap.entries(detail, policy).filter { entry in !listEntries.contains { $0 == entry } }
    }

    private static func entries(_ bindings: [Binding], _ policy: KioskPolicy) -> [(keys: String, help: String)] {
        Command.allCases.compactMap { command in
            let labels = bindings.filter { $0.command == command }.flatMap(\.keys).map(\.label)
            guard !labels.isEmpty, let help = command.help(under: policy) else { return nil }
            return (labels.joined(separator: " "), help)
        }
    }
}

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

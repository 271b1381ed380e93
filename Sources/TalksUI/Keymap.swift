import ScreenModel

/// Which key runs which command: the focused pane's bindings first, then the global ones.
/// Data, not code: the help screen lists it.
public enum Keymap {
    public typealias Binding = (keys: [Key], command: Command)

    public static let global: [Binding] = [
        ([.ctrl("c")], .quit),
        ([.ctrl("l")], .repaint),
        ([.ctrl("z")], .suspend),
    ]

    public static let list: [Binding] = [
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
    ]

    public static let detail: [Binding] = [
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

    static func command(for key: Key, in bindings: [Binding]) -> Command? {
        bindings.first { $0.keys.contains(key) }?.command
    }

    /// Help lines: each command once, with the keys that run it in the list or anywhere.
    public static var helpEntries: [(keys: String, help: String)] { entries(list + global) }

    /// The detail pane's bindings that differ from the list's.
    public static var detailHelpEntries: [(keys: String, help: String)] {
        let listEntries = entries(list + global)
        return entries(detail).filter { entry in !listEntries.contains { $0 == entry } }
    }

    private static func entries(_ bindings: [Binding]) -> [(keys: String, help: String)] {
        Command.allCases.compactMap { command in
            let labels = bindings.filter { $0.command == command }.flatMap(\.keys).map(\.label)
            return labels.isEmpty ? nil : (labels.joined(separator: " "), command.help)
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
}

import TalkArchive
import TalkSettings

// The help screen's lines, made from the keymap: the README's table of keys is made from them too.
extension Keymap {
    public typealias HelpEntry = (keys: String, help: String)

    /// The keys of one pane on the help screen, under its heading (none for the list's, which come first).
    public struct HelpSection {
        public var heading: String?
        public var entries: [HelpEntry]
    }

    /// Help lines: each command once, with the keys that run it in the list or anywhere; under
    /// kiosk mode without the commands it refuses.
    public func helpEntries(under policy: KioskPolicy = .unrestricted) -> [HelpEntry] {
        Keymap.entries(self[.list] + self[.global], policy)
    }

    /// The detail pane's bindings that differ from the list's.
    public func detailHelpEntries(under policy: KioskPolicy = .unrestricted) -> [HelpEntry] {
        let listEntries = helpEntries(under: policy)
        return Keymap.entries(self[.detail], policy).filter { entry in !listEntries.contains { $0 == entry } }
    }

    /// Every pane's keys, in the order of `Pane`: the list's with the global ones, the detail's
    /// where they differ, then each other pane's in full (nothing else works there).
    ///
    /// ```swift
    /// Keymap.standard.helpSections()[2]   // "On the search line": Enter keeps, Esc cancels, …
    /// ```
    public func helpSections(under policy: KioskPolicy = .unrestricted) -> [HelpSection] {
        Pane.allCases.compactMap { pane in
            switch pane {
            case .global: return nil
            case .list: return HelpSection(heading: pane.heading, entries: helpEntries(under: policy))
            case .detail: return HelpSection(heading: pane.heading, entries: detailHelpEntries(under: policy))
            default: return HelpSection(heading: pane.heading, entries: Keymap.entries(self[pane], policy))
            }
        }
    }

    private static func entries(_ bindings: [Binding], _ policy: KioskPolicy) -> [HelpEntry] {
        Command.allCases.compactMap { command in
            let labels = bindings.filter { $0.command == command }.flatMap(\.keys).map(\.label)
            guard !labels.isEmpty, let help = command.help(under: policy) else { return nil }
            return (labels.joined(separator: " "), help)
        }
    }
}

extension Keymap.Pane {
    /// What the help screen calls the pane, above its keys; none for the list's, which come first.
    var heading: String? {
        switch self {
        case .global, .list: return nil
        case .detail: return "In the detail"
        case .search: return "On the search line"
        case .markLine: return "Writing a note or tags"
        case .picker: return "Choosing a topic, speaker or related record"
        case .reader: return "Reading a paper"
        case .readerSearch: return "Searching in the paper"
        case .download: return "While a paper downloads"
        case .help: return "In this help"
        }
    }
}

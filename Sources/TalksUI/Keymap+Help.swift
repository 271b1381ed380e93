import TalkArchive

// The help screen's lines, made from the keymap.
extension Keymap {
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

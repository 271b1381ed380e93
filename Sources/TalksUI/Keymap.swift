import ScreenModel

/// Which key runs which command: the focused pane's bindings first, then the global ones.
/// Data, not code: the help screen lists it, and the configuration file can rebind any command.
public struct Keymap: Sendable {
    public typealias Binding = (keys: [Key], command: Command)
    public enum Pane: Sendable { case global, list, detail }

    public private(set) var global: [Binding]
    public private(set) var list: [Binding]
    public private(set) var detail: [Binding]

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
}

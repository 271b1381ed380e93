import ScreenModel

/// Which key runs which command, pane by pane: the global keys first, then those of the pane in
/// front (a download's while one runs, then the reader, the help, a picker, the search line, the
/// detail or the list). Data, not code: the help screen lists it, and the configuration file can
/// rebind any command.
///
/// ```swift
/// Keymap.standard.command(for: .char("j"), in: .list)     // .moveDown
/// Keymap.standard.command(for: .enter, in: .search)       // .keepSearch
/// Keymap.standard.rebinding(.close, to: [.char("x")])     // x closes the reader and the pickers
/// ```
public struct Keymap: Sendable {
    public typealias Binding = (keys: [Key], command: Command)

    /// Where a key is looked up. A key no binding of the pane claims is text on the search lines
    /// and a letter to jump to in a picker, a link's number in the list and the detail, and
    /// closes the help. In the order of the help screen, the global keys aside.
    public enum Pane: Int, CaseIterable, Sendable {
        /// Ctrl-C, Ctrl-L, Ctrl-Z: the terminal's conventions, in front of every pane.
        case global
        case list, detail
        /// The search line at the bottom, while `/` has it take the keys.
        case search
        /// The note or tag line at the bottom, while `e` or `+` has it take the keys.
        case markLine
        /// A list to choose from: topics (`t`), speakers (`a`), related records (`R`).
        case picker
        /// A paper read in the terminal (`r`), and its own search line (`/` there).
        case reader, readerSearch
        /// While a paper downloads, in front of whichever pane shows.
        case download
        /// The help (`?`).
        case help
    }

    /// Each pane's bindings, at the pane's `rawValue`.
    private var panes: [[Binding]]

    /// A keymap from each pane's bindings; a pane left out has none.
    init(_ table: [Pane: [Binding]]) {
        panes = Pane.allCases.map { table[$0] ?? [] }
    }

    /// The bindings of `pane`, in the order they are looked up.
    public subscript(pane: Pane) -> [Binding] { panes[pane.rawValue] }

    func command(for key: Key, in pane: Pane) -> Command? {
        panes[pane.rawValue].first { $0.keys.contains(key) }?.command
    }

    /// Binds `keys` to `command` in every pane where the command has a binding; the keys leave
    /// any other command of that pane, so the new binding wins. The global keys (Ctrl-C, Ctrl-L,
    /// Ctrl-Z) stay: they are the terminal's conventions.
    public func rebinding(_ command: Command, to keys: [Key]) -> Keymap {
        var keymap = self
        for pane in Pane.allCases where pane != .global && self[pane].contains(where: { $0.command == command }) {
            keymap.panes[pane.rawValue] = self[pane].map { binding in
                binding.command == command ? (keys, command) : (binding.keys.filter { !keys.contains($0) }, binding.command)
            }
        }
        return keymap
    }
}

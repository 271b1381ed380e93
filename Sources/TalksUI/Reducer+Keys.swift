import ScreenModel
import TalkArchive
import TalkSettings

// Keys: each goes through the keymap, the global keys first, then the pane in front's.
extension Reducer {
    static func keyPressed(_ state: inout AppState, _ key: Key) -> [Effect] {
        state.message = nil
        if let command = state.keymap.command(for: key, in: .global) { return perform(&state, command, in: .global) }
        if state.download != nil, let command = state.keymap.command(for: key, in: .download) {
            return perform(&state, command, in: .download)
        }
        let pane = keyPane(state)
        if let command = state.keymap.command(for: key, in: pane) { return perform(&state, command, in: pane) }
        return unbound(&state, key, in: pane)
    }

    /// The pane whose bindings the keys go to: what covers the others, else the focused one.
    static func keyPane(_ state: AppState) -> Keymap.Pane {
        if let reader = state.reader { return reader.searching ? .readerSearch : .reader }
        if state.overlay == .help { return .help }
        if state.picker != nil { return .picker }
        if state.markLine != nil { return .markLine }
        switch state.focus {
        case .search: return .search
        case .list: return .list
        case .detail: return .detail
        }
    }

    /// Carries out a command in `pane`, unless kiosk mode refuses it (whichever key runs it, wherever).
    static func perform(_ state: inout AppState, _ command: Command, in pane: Keymap.Pane) -> [Effect] {
        if let capability = command.requires, !state.policy.allows(capability) {
            state.message = KioskPolicy.refusalMessage
            return []
        }
        switch pane {
        case .global, .list, .detail: return perform(&state, command)
        case .search: return searchLine(&state, command)
        case .markLine: return markLine(&state, command)
        case .picker: return picker(&state, command)
        case .reader: return reader(&state, command)
        case .readerSearch: return readerSearch(&state, command)
        case .download: return download(&state, command)
        case .help: return help(&state, command)
        }
    }

    /// A key no binding claims: text typed on a search line, a letter to jump to in a picker, a
    /// link's number in the list or the detail; in the help, any key closes it.
    static func unbound(_ state: inout AppState, _ key: Key, in pane: Keymap.Pane) -> [Effect] {
        switch (pane, key) {
        case (.search, .char(let c)): return type(c, &state)
        case (.markLine, .char(let c)): state.markLine?.text.append(c)
        case (.readerSearch, .char(let c)): state.reader?.type(c)
        case (.picker, .char(let c)) where c.isLetter: jump(to: c, &state)
        case (.help, _): closeHelp(&state)
        case (.list, .char(let c)), (.detail, .char(let c)): return openLink(numbered: c, &state)
        default: break
        }
        return []
    }

    /// A digit in the list or the detail opens that link of the selected record.
    static func openLink(numbered digit: Character, _ state: inout AppState) -> [Effect] {
        guard let n = digit.wholeNumberValue, n >= 1, let record = state.selected?.record else { return [] }
        guard n <= record.links.count else { state.message = "this record has \(record.links.count) links"; return [] }
        return [linkEffect(state, record.id, number: n)]
    }

    static func download(_ state: inout AppState, _ command: Command) -> [Effect] {
        guard command == .cancelDownload else { return [] }
        state.download = nil
        state.message = "download cancelled"
        return [.cancelDownload]
    }
}

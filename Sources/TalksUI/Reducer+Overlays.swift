import ScreenModel

// What covers the panes takes the keys: the paper reader, the help, a picker.
extension Reducer {
    // MARK: The reader

    static func reader(_ state: inout AppState, _ command: Command) -> [Effect] {
        guard var reader = state.reader else { return [] }
        let rows = ReaderPane.visibleRows(for: state)
        let count = reader.lines.count
        switch command {
        case .moveDown: reader.scroll.move(by: 1, count: count, height: rows)
        case .moveUp: reader.scroll.move(by: -1, count: count, height: rows)
        // A page keeps its last line in view.
        case .pageDown: reader.scroll.move(by: rows - 1, count: count, height: rows)
        case .pageUp: reader.scroll.move(by: -(rows - 1), count: count, height: rows)
        case .first: reader.scroll = .text
        case .last: reader.scroll.move(by: count, count: count, height: rows)
        case .search: reader.searching = true; reader.query = ""
        case .nextResult: reader.jump(forward: true)
        case .previousResult: reader.jump(forward: false)
        case .close: state.reader = nil; return []
        default: break
        }
        state.reader = reader
        return []
    }

    /// The reader's search line: the text typed searches as it goes.
    static func readerSearch(_ state: inout AppState, _ command: Command) -> [Effect] {
        switch command {
        case .keepSearch: state.reader?.searching = false
        case .cancelSearch:
            state.reader?.searching = false
            state.reader?.query = ""
            state.reader?.matches = []
        case .deleteBackward: state.reader?.deleteBackward()
        default: break
        }
        return []
    }

    // MARK: The help

    /// The help scrolls with the movement keys; any other key closes it.
    static func help(_ state: inout AppState, _ command: Command) -> [Effect] {
        switch command {
        case .moveDown: scrollHelp(&state, by: 1)
        case .moveUp: scrollHelp(&state, by: -1)
        case .halfPageDown: scrollHelp(&state, by: max(1, state.height / 2))
        case .halfPageUp: scrollHelp(&state, by: -max(1, state.height / 2))
        default: closeHelp(&state)
        }
        return []
    }

    static func closeHelp(_ state: inout AppState) {
        state.overlay = .none
        state.helpScroll = .text
    }

    static func scrollHelp(_ state: inout AppState, by delta: Int) {
        state.helpScroll.move(by: delta, count: state.helpLength, height: HelpOverlay.visibleRows(for: state))
    }

    /// Keeps the help's window on its lines after a resize.
    static func clampHelp(_ state: inout AppState) {
        guard state.overlay == .help else { return }
        state.helpScroll.clamp(count: state.helpLength, height: HelpOverlay.visibleRows(for: state))
    }

    // MARK: A picker

    static func picker(_ state: inout AppState, _ command: Command) -> [Effect] {
        guard var picker = state.picker else { return [] }
        let rows = PickerPane.visibleRows(for: state)
        let count = picker.items.count
        switch command {
        case .moveDown: picker.scroll.move(by: 1, count: count, height: rows)
        case .moveUp: picker.scroll.move(by: -1, count: count, height: rows)
        case .pageDown: picker.scroll.page(1, count: count, height: rows)
        case .pageUp: picker.scroll.page(-1, count: count, height: rows)
        case .first: picker.scroll.move(by: -count, count: count, height: rows)
        case .last: picker.scroll.move(by: count, count: count, height: rows)
        case .close:
            state.picker = nil
            return []
        case .choose:
            state.picker = nil
            guard picker.items.indices.contains(picker.selection) else { return [] }
            let item = picker.items[picker.selection]
            if let format = item.copy, let target = item.target { return [.copy(recordID: target.id, format)] }
            if let target = item.target { return goTo(&state, target) }
            state.searchText = picker.items[picker.selection].query
            if picker.kind == .speakers { state.collection = .talks }
            state.focus = .list
            return applySearchText(&state)
        default: break
        }
        state.picker = picker
        return []
    }

    /// A letter in a picker jumps to the next item it starts.
    static func jump(to letter: Character, _ state: inout AppState) {
        let rows = PickerPane.visibleRows(for: state)
        state.picker?.jump(to: letter, rows: rows)
    }

    /// Selects a record: in the list if it is there, else in the full list of its kind.
    static func goTo(_ state: inout AppState, _ target: Picker.Target) -> [Effect] {
        state.focus = .list
        state.detailOpen = false
        if let position = state.results.position(of: target.id) {
            select(&state, position)
            state.detailScroll = .text
            return []
        }
        // The list without a search holds every record of the kinds it shows: both, unless it shows the other kind only.
        if let kind = state.collection.kind, kind != target.kind { state.collection = .all }
        state.seriesFilter = nil
        state.searchText = ""
        apply("", &state)
        resetList(&state)
        return search(state, select: target.id)
    }
}

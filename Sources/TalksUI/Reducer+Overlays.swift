import ScreenModel

// What covers the panes takes the keys: the paper reader, the help, a picker.
extension Reducer {
    static func readerKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard var reader = state.reader else { return [] }
        let rows = ReaderPane.visibleRows(for: state)
        if reader.searching {
            switch key {
            case .char(let c): reader.query.append(c); reader.find()
            case .backspace: if !reader.query.isEmpty { reader.query.removeLast() }; reader.find()
            case .enter: reader.searching = false
            case .escape: reader.searching = false; reader.query = ""; reader.matches = []
            default: break
            }
            state.reader = reader
            return []
        }
        switch key {
        case .char("j"), .down: reader.scroll.move(by: 1, count: reader.lines.count, height: rows)
        case .char("k"), .up: reader.scroll.move(by: -1, count: reader.lines.count, height: rows)
        case .char(" "), .pageDown, .ctrl("d"): reader.scroll.move(by: rows - 1, count: reader.lines.count, height: rows)
        case .pageUp, .ctrl("u"), .char("b"): reader.scroll.move(by: -(rows - 1), count: reader.lines.count, height: rows)
        case .char("g"), .home: reader.scroll = .text
        case .char("G"), .end: reader.scroll.move(by: reader.lines.count, count: reader.lines.count, height: rows)
        case .char("/"): reader.searching = true; reader.query = ""
        case .char("n"): reader.jump(forward: true)
        case .char("N"): reader.jump(forward: false)
        case .escape, .char("q"):
            state.reader = nil
            return []
        default: break
        }
        state.reader = reader
        return []
    }

    /// The help scrolls with the movement keys; any other key closes it.
    static func helpKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        switch key {
        case .char("j"), .down: scrollHelp(&state, by: 1)
        case .char("k"), .up: scrollHelp(&state, by: -1)
        case .pageDown, .char(" "), .ctrl("d"): scrollHelp(&state, by: max(1, state.height / 2))
        case .pageUp, .ctrl("u"): scrollHelp(&state, by: -max(1, state.height / 2))
        default:
            state.overlay = .none
            state.helpScroll = .text
        }
        return []
    }

    static func scrollHelp(_ state: inout AppState, by delta: Int) {
        state.helpScroll.move(by: delta, count: HelpOverlay.lineCount(state), height: HelpOverlay.visibleRows(for: state))
    }

    /// Keeps the help's window on its lines after a resize.
    static func clampHelp(_ state: inout AppState) {
        guard state.overlay == .help else { return }
        state.helpScroll.clamp(count: HelpOverlay.lineCount(state), height: HelpOverlay.visibleRows(for: state))
    }

    static func pickerKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard var picker = state.picker else { return [] }
        let rows = PickerPane.visibleRows(for: state)
        let count = picker.items.count
        switch key {
        case .char("j"), .down: picker.scroll.move(by: 1, count: count, height: rows)
        case .char("k"), .up: picker.scroll.move(by: -1, count: count, height: rows)
        case .pageDown, .ctrl("d"), .char(" "): picker.scroll.page(1, count: count, height: rows)
        case .pageUp, .ctrl("u"): picker.scroll.page(-1, count: count, height: rows)
        case .home: picker.scroll.move(by: -count, count: count, height: rows)
        case .end: picker.scroll.move(by: count, count: count, height: rows)
        case .escape, .char("q"):
            state.picker = nil
            return []
        case .enter:
            state.picker = nil
            guard picker.items.indices.contains(picker.selection) else { return [] }
            if let target = picker.items[picker.selection].target { return goTo(&state, target) }
            state.searchText = picker.items[picker.selection].query
            if picker.kind == .speakers { state.collection = .talks }
            state.focus = .list
            return applySearchText(&state)
        case .char(let c) where c.isLetter:
            picker.jump(to: c, rows: rows)
        default: break
        }
        state.picker = picker
        return []
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
        state.collection = AppState.Collection(target.kind)
        state.seriesFilter = nil
        state.searchText = ""
        apply("", &state)
        resetList(&state)
        return search(state, select: target.id)
    }
}

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
        case .char("j"), .down: reader.scroll(by: 1, rows: rows)
        case .char("k"), .up: reader.scroll(by: -1, rows: rows)
        case .char(" "), .pageDown, .ctrl("d"): reader.scroll(by: rows - 1, rows: rows)
        case .pageUp, .ctrl("u"), .char("b"): reader.scroll(by: -(rows - 1), rows: rows)
        case .char("g"), .home: reader.scroll = 0
        case .char("G"), .end: reader.scroll(by: reader.lines.count, rows: rows)
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
        case .char("j"), .down: state.helpScroll += 1
        case .char("k"), .up: state.helpScroll = max(0, state.helpScroll - 1)
        case .pageDown, .char(" "), .ctrl("d"): state.helpScroll += max(1, state.height / 2)
        case .pageUp, .ctrl("u"): state.helpScroll = max(0, state.helpScroll - max(1, state.height / 2))
        default:
            state.overlay = .none
            state.helpScroll = 0
        }
        return []
    }

    static func pickerKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard var picker = state.picker else { return [] }
        let rows = PickerPane.visibleRows(for: state)
        switch key {
        case .char("j"), .down: picker.move(by: 1, rows: rows)
        case .char("k"), .up: picker.move(by: -1, rows: rows)
        case .pageDown, .ctrl("d"), .char(" "): picker.move(by: rows, rows: rows)
        case .pageUp, .ctrl("u"): picker.move(by: -rows, rows: rows)
        case .home: picker.move(by: -picker.items.count, rows: rows)
        case .end: picker.move(by: picker.items.count, rows: rows)
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
            state.selection = position
            state.detailScroll = 0
            clampScroll(&state)
            return []
        }
        state.collection = AppState.Collection(target.kind)
        state.seriesFilter = nil
        state.searchText = ""
        apply("", &state)
        state.selection = 0
        state.listScroll = 0
        return search(state, select: target.id)
    }
}

import ScreenModel
import TalkArchive

/// The browser's state machine: `reduce(&state, action)` changes the state and returns the
/// effects to run. Pure: no terminal, no database, no clock.
public enum Reducer {
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .resize(let width, let height):
            state.width = max(1, width)
            state.height = max(1, height)
            clampScroll(&state)
            return []
        case .searchCompleted(let query, let hits):
            guard query == state.effectiveQuery else { return [] } // stale: the user typed on
            let keepID = state.selected?.record.id
            state.hits = sorted(hits, by: state.sort)
            state.queryError = nil
            state.selection = keepID.flatMap { id in state.hits.firstIndex { $0.record.id == id } } ?? 0
            state.detailScroll = 0
            clampScroll(&state)
            return []
        case .searchFailed(let query, let message):
            guard query == state.effectiveQuery else { return [] }
            state.queryError = message
            return []
        case .mouse(let event):
            return mouse(&state, event)
        case .key(let key):
            state.message = nil
            if state.overlay == .help { state.overlay = .none; return key == .ctrl("c") ? [.quit] : [] }
            if let global = globalKey(&state, key) { return global }
            switch state.focus {
            case .search: return searchKey(&state, key)
            case .list: return listKey(&state, key)
            case .detail: return detailKey(&state, key)
            }
        }
    }

    // MARK: Keys

    private static func globalKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
        switch key {
        case .ctrl("c"): state.quitting = true; return [.quit]
        case .ctrl("l"): return [.repaint]
        case .ctrl("z"): return [.suspend]
        default: return nil
        }
    }

    private static func listKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        let page = max(1, state.layout.list.height)
        switch key {
        case .char("j"), .down, .char("n"): move(&state, by: 1)
        case .char("k"), .up, .char("N"): move(&state, by: -1)
        case .ctrl("d"): move(&state, by: page / 2)
        case .ctrl("u"): move(&state, by: -page / 2)
        case .pageDown, .char(" "): move(&state, by: page)
        case .pageUp: move(&state, by: -page)
        case .char("g"), .home: move(&state, by: -state.hits.count)
        case .char("G"), .end: move(&state, by: state.hits.count)
        case .enter, .tab, .char("l"), .right:
            guard state.selected != nil else { return [] }
            if state.layout.arrangement == .single { state.detailOpen = true }
            state.focus = .detail
        case .char("/"):
            state.queryBeforeSearch = state.appliedQuery
            state.searchText = state.appliedQuery
            state.focus = .search
            state.historyIndex = nil
        case .char("?"): state.overlay = .help
        case .char("q"): state.quitting = true; return [.quit]
        case .escape:
            guard !state.appliedQuery.isEmpty else { return [] }
            state.appliedQuery = ""
            state.searchText = ""
            return [.search(state.effectiveQuery)]
        case .char("s"):
            let all = AppState.SortOrder.allCases
            state.sort = all[(all.firstIndex(of: state.sort)! + 1) % all.count]
            state.hits = sorted(state.hits, by: state.sort)
            state.selection = 0
            state.message = "sorted by \(state.sort.rawValue)"
            clampScroll(&state)
        case .char("f"):
            let options: [String?] = [nil] + state.knownSeries.map { Optional($0) }
            let next = ((options.firstIndex(of: state.seriesFilter) ?? 0) + 1) % options.count
            state.seriesFilter = options[next]
            state.collection = .talks
            state.message = "showing " + (state.seriesFilter.map { "\($0.uppercased()) talks" } ?? "all talks")
            return [.search(state.effectiveQuery)]
        case .char("p"):
            state.collection = state.collection == .talks ? .papers : .talks
            state.selection = 0
            return [.search(state.effectiveQuery)]
        case .char("o"):
            state.message = state.selected.flatMap { PaperLink.best(for: $0.record) }.map { "paper: \($0)" } ?? "this record has no link"
        default: break
        }
        return []
    }

    private static func detailKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        let page = max(1, state.layout.detail.height)
        switch key {
        case .char("j"), .down: state.detailScroll += 1
        case .char("k"), .up: state.detailScroll = max(0, state.detailScroll - 1)
        case .ctrl("d"), .pageDown, .char(" "): state.detailScroll += page / 2
        case .ctrl("u"), .pageUp: state.detailScroll = max(0, state.detailScroll - page / 2)
        case .char("g"), .home: state.detailScroll = 0
        case .escape, .tab, .char("h"), .left, .char("q"):
            state.focus = .list
            state.detailOpen = false
        case .char("n"): move(&state, by: 1)
        case .char("N"): move(&state, by: -1)
        case .char("/"): return listKey(&state, key)
        case .char("?"): state.overlay = .help
        case .char("o"): return listKey(&state, key)
        default: break
        }
        return []
    }

    private static func searchKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        switch key {
        case .char(let c):
            state.searchText.append(c)
        case .backspace, .ctrl("h"):
            guard !state.searchText.isEmpty else { return [] }
            state.searchText.removeLast()
        case .ctrl("u"):
            state.searchText = ""
        case .ctrl("w"):
            let trimmed = state.searchText.reversed().drop(while: { $0 == " " }).drop(while: { $0 != " " })
            state.searchText = String(trimmed.reversed())
        case .escape:
            state.searchText = state.queryBeforeSearch
            state.appliedQuery = state.queryBeforeSearch
            state.focus = .list
            state.queryError = nil
            return [.search(state.effectiveQuery)]
        case .enter:
            let text = state.searchText.trimmingSpaces
            if !text.isEmpty && state.history.last != text { state.history.append(text) }
            state.focus = .list
            return []
        case .up, .down:
            recallHistory(&state, older: key == .up)
        default:
            return []
        }
        state.appliedQuery = state.searchText
        state.selection = 0
        state.listScroll = 0
        return [.search(state.effectiveQuery)]
    }

    private static func recallHistory(_ state: inout AppState, older: Bool) {
        guard !state.history.isEmpty else { return }
        let last = state.history.count - 1
        if older {
            state.historyIndex = max(0, (state.historyIndex ?? (last + 1)) - 1)
        } else {
            guard let index = state.historyIndex else { return }
            state.historyIndex = index < last ? index + 1 : nil
        }
        state.searchText = state.historyIndex.map { state.history[$0] } ?? ""
    }

    // MARK: Mouse

    private static func mouse(_ state: inout AppState, _ event: MouseEvent) -> [Effect] {
        let list = state.layout.list
        switch event.action {
        case .wheelUp: move(&state, by: -3)
        case .wheelDown: move(&state, by: 3)
        case .press(.left):
            guard event.x >= list.x, event.x < list.maxX, event.y >= list.y, event.y < list.maxY else { return [] }
            let index = state.listScroll + (event.y - list.y)
            if state.hits.indices.contains(index) {
                state.selection = index
                state.detailScroll = 0
                state.focus = .list
            }
        default: break
        }
        return []
    }

    // MARK: Selection and scrolling

    static func move(_ state: inout AppState, by delta: Int) {
        guard !state.hits.isEmpty else { return }
        let target = min(max(0, state.selection + delta), state.hits.count - 1)
        if target != state.selection { state.detailScroll = 0 }
        state.selection = target
        clampScroll(&state)
    }

    /// Keeps the selection on screen with the least scrolling.
    static func clampScroll(_ state: inout AppState) {
        state.selection = min(max(0, state.selection), max(0, state.hits.count - 1))
        let rows = max(1, state.layout.list.height)
        if state.selection < state.listScroll { state.listScroll = state.selection }
        if state.selection >= state.listScroll + rows { state.listScroll = state.selection - rows + 1 }
        state.listScroll = max(0, min(state.listScroll, max(0, state.hits.count - rows)))
    }

    static func sorted(_ hits: [SearchHit], by order: AppState.SortOrder) -> [SearchHit] {
        switch order {
        case .relevance: return hits
        case .date: return hits.sorted { ($0.record.date, $1.record.id) > ($1.record.date, $0.record.id) }
        case .title: return hits.sorted { $0.record.title.lowercased() < $1.record.title.lowercased() }
        }
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}

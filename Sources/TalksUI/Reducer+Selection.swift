import ScreenModel
import TalkArchive

// The selection and scrolling, by key or mouse, and the rows they bring on screen.
extension Reducer {
    // MARK: Mouse

    static func mouse(_ state: inout AppState, _ event: MouseEvent) -> [Effect] {
        let list = state.layout.list
        switch event.action {
        case .wheelUp: state.focus == .detail ? scrollDetail(&state, by: -3) : move(&state, by: -3)
        case .wheelDown: state.focus == .detail ? scrollDetail(&state, by: 3) : move(&state, by: 3)
        case .press(.left):
            guard event.x >= list.x, event.x < list.maxX, event.y >= list.y, event.y < list.maxY else { return [] }
            let index = state.listScroll + (event.y - list.y)
            if index < state.results.total {
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
        guard !state.results.isEmpty else { return }
        let target = min(max(0, state.selection + delta), state.results.total - 1)
        if target != state.selection { state.detailScroll = 0 }
        state.selection = target
        clampScroll(&state)
    }

    /// The detail pane clamps the offset when it draws, knowing how many lines there are.
    static func scrollDetail(_ state: inout AppState, by delta: Int) {
        state.detailScroll = max(0, state.detailScroll + delta)
    }

    /// Keeps the selection on screen with the least scrolling.
    static func clampScroll(_ state: inout AppState) {
        state.selection = min(max(0, state.selection), max(0, state.results.total - 1))
        let rows = max(1, state.layout.list.height)
        if state.selection < state.listScroll { state.listScroll = state.selection }
        if state.selection >= state.listScroll + rows { state.listScroll = state.selection - rows + 1 }
        state.listScroll = max(0, min(state.listScroll, max(0, state.results.total - rows)))
    }

    // MARK: Rows from the index

    /// Asks for the current query's results, selecting `select` when it is among them; nothing
    /// while the query does not parse.
    static func search(_ state: AppState, select: String?) -> [Effect] {
        guard let query = state.effectiveQuery else { return [] }
        return [.search(SearchRequest(query: query, order: state.sort, rows: windowRows(state), select: select))]
    }

    /// Asks for the current query's results, keeping the selected record when it is among them.
    static func search(_ state: AppState) -> [Effect] {
        search(state, select: state.selected?.record.id)
    }

    /// Three screenfuls: the one shown and one either side, so most moves need no query.
    static func windowRows(_ state: AppState) -> Int {
        max(30, 3 * state.layout.list.height)
    }

    /// Loads the rows about to be shown when they are not loaded yet (never while a new query
    /// is on its way: its rows will come with it).
    static func rowsToLoad(_ state: AppState) -> [Effect] {
        let results = state.results
        guard let query = state.effectiveQuery, results.query == query, results.order == state.sort else { return [] }
        let rows = max(1, state.layout.list.height)
        let shown = state.listScroll..<(state.listScroll + rows)
        guard !results.covers(shown) else { return [] }
        let limit = windowRows(state)
        let offset = max(0, state.listScroll - (limit - rows) / 2)
        return [.loadRows(RowsRequest(query: query, order: state.sort, count: results.count,
                                      offset: offset, limit: limit, anchor: results.anchor(near: offset)))]
    }

    /// Asks for the selected record's related records when the detail shows it and they are
    /// neither loaded nor asked for: a move in the list alone costs no lookup.
    static func relatedToLoad(_ state: inout AppState) -> [Effect] {
        guard let record = state.selected?.record, record.id != state.related.recordID,
              !state.layout.detail.isEmpty else { return [] }
        state.related = RelatedRecords(recordID: record.id)
        return record.related.isEmpty ? [] : [.loadRelated(record)]
    }
}

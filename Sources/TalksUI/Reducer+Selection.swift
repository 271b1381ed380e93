import ScreenModel
import TalkArchive

// The selection and scrolling, by key or mouse, and the rows they bring on screen.
extension Reducer {
    // MARK: Mouse

    static func mouse(_ state: inout AppState, _ event: MouseEvent) -> [Effect] {
        let list = state.layout.list
        switch event.action {
        case .wheelUp: state.focus == .detail ? state.detailScroll.scroll(by: -3) : move(&state, by: -3)
        case .wheelDown: state.focus == .detail ? state.detailScroll.scroll(by: 3) : move(&state, by: 3)
        case .press(.left):
            guard event.x >= list.x, event.x < list.maxX, event.y >= list.y, event.y < list.maxY else { return [] }
            let index = state.listScroll.offset + (event.y - list.y)
            if index < state.results.total {
                state.listScroll.select(index, count: state.results.total, height: list.height)
                state.detailScroll = .text
                state.focus = .list
            }
        default: break
        }
        return []
    }

    // MARK: Selection and scrolling

    /// Moves the list's selection; the detail of another record starts at its top.
    static func move(_ state: inout AppState, by delta: Int) {
        select(&state, state.selection + delta)
    }

    /// Selects the row at `position` (the nearest there is); the detail of another record starts at its top.
    static func select(_ state: inout AppState, _ position: Int) {
        let before = state.selection
        state.listScroll.select(position, count: state.results.total, height: state.layout.list.height)
        if state.selection != before { state.detailScroll = .text }
    }

    /// Keeps the selection on screen with the least scrolling, after the results or the list's height changed.
    static func clampScroll(_ state: inout AppState) {
        state.listScroll.clamp(count: state.results.total, height: state.layout.list.height)
    }

    /// The list back at its first row, selected.
    static func resetList(_ state: inout AppState) {
        state.listScroll = .list
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
        guard !results.covers(state.listScroll.visible(count: results.total, height: rows)) else { return [] }
        let limit = windowRows(state)
        let offset = max(0, state.listScroll.offset - (limit - rows) / 2)
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

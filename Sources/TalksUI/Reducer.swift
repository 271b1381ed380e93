import ScreenModel
import TalkArchive

/// The browser's state machine: `reduce(&state, action)` changes the state and returns the
/// effects to run. Pure: no terminal, no database, no clock.
public enum Reducer {
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        let effects = react(&state, action)
        return effects + rowsToLoad(state)
    }

    private static func react(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .resize(let width, let height):
            state.width = max(1, width)
            state.height = max(1, height)
            // Reading the detail when the preview goes for lack of room: it takes the screen.
            if state.focus == .detail && state.layout.arrangement == .single { state.detailOpen = true }
            clampScroll(&state)
            let rows = PickerPane.visibleRows(for: state)
            state.picker?.move(by: 0, rows: rows)
            return []
        case .searchCompleted(let request, let count, let slice, let selected):
            // Stale: the user typed on, or changed the order.
            guard request.query == state.effectiveQuery, request.order == state.sort else { return [] }
            state.results = ResultWindow()
            state.results.query = request.query
            state.results.order = request.order
            state.results.count = count
            state.results.slice = slice
            state.queryError = nil
            state.selection = selected ?? 0
            state.detailScroll = 0
            clampScroll(&state)
            return []
        case .rowsLoaded(let request, let slice):
            guard request.query == state.results.query, request.order == state.results.order else { return [] }
            state.results.slice = slice
            return []
        case .searchFailed(let query, let message):
            guard query == state.effectiveQuery else { return [] }
            state.queryError = message
            return []
        case .pickerLoaded(let picker):
            state.picker = picker
            return []
        case .downloadProgress(let progress):
            guard state.download?.recordID == progress.recordID else { return [] }
            state.download = progress
            return []
        case .paperLoaded(let id, let title, let text):
            guard state.download?.recordID == id else { return [] }
            state.download = nil
            state.reader = Reader(recordID: id, title: title, text: text)
            return []
        case .paperFailed(let id, let message):
            guard state.download?.recordID == id else { return [] }
            state.download = nil
            state.message = message
            return []
        case .notice(let message):
            state.message = message
            return []
        case .mouse(let event):
            return mouse(&state, event)
        case .key(let key):
            return keyPressed(&state, key)
        }
    }

    // MARK: Keys

    private static func keyPressed(_ state: inout AppState, _ key: Key) -> [Effect] {
        state.message = nil
        if let command = state.keymap.command(for: key, in: .global) { return perform(&state, command) }
        if state.download != nil && key == .escape {
            state.download = nil
            state.message = "download cancelled"
            return [.cancelDownload]
        }
        if state.reader != nil { return readerKey(&state, key) }
        if state.overlay == .help { return helpKey(&state, key) }
        if state.picker != nil { return pickerKey(&state, key) }
        // In the list or the detail, a digit opens that link of the selected record.
        if state.focus != .search, case .char(let c) = key, let n = c.wholeNumberValue, n >= 1, let record = state.selected?.record {
            guard n <= record.links.count else { state.message = "this record has \(record.links.count) links"; return [] }
            return [linkEffect(state, record.id, number: n)]
        }
        switch state.focus {
        case .search: return searchKey(&state, key)
        case .list: return state.keymap.command(for: key, in: .list).map { perform(&state, $0) } ?? []
        case .detail: return state.keymap.command(for: key, in: .detail).map { perform(&state, $0) } ?? []
        }
    }

    /// Carries out a command in the focused pane, unless kiosk mode refuses it.
    static func perform(_ state: inout AppState, _ command: Command) -> [Effect] {
        if let capability = command.requires, !state.policy.allows(capability) {
            state.message = KioskPolicy.refusalMessage
            return []
        }
        let inDetail = state.focus == .detail
        let page = max(1, inDetail ? state.layout.detail.height : state.layout.list.height)
        switch command {
        case .moveDown: inDetail ? scrollDetail(&state, by: 1) : move(&state, by: 1)
        case .moveUp: inDetail ? scrollDetail(&state, by: -1) : move(&state, by: -1)
        case .halfPageDown: inDetail ? scrollDetail(&state, by: page / 2) : move(&state, by: page / 2)
        case .halfPageUp: inDetail ? scrollDetail(&state, by: -page / 2) : move(&state, by: -page / 2)
        case .pageDown: move(&state, by: page)
        case .pageUp: move(&state, by: -page)
        case .first: inDetail ? (state.detailScroll = 0) : move(&state, by: -state.results.total)
        case .last: inDetail ? scrollDetail(&state, by: 10_000) : move(&state, by: state.results.total)
        case .nextResult: move(&state, by: 1)
        case .previousResult: move(&state, by: -1)
        case .open, .switchPane:
            if inDetail { return back(&state) }
            guard state.selected != nil else { return [] }
            if state.layout.arrangement == .single { state.detailOpen = true }
            state.focus = .detail
        case .togglePreview: togglePreview(&state)
        case .back: return back(&state)
        case .search:
            state.queryBeforeSearch = state.appliedQuery
            state.searchText = state.appliedQuery
            state.focus = .search
            state.detailOpen = false
            state.historyIndex = nil
        case .cycleSort:
            let all = ResultOrder.allCases
            state.sort = all[(all.firstIndex(of: state.sort)! + 1) % all.count]
            state.selection = 0
            state.listScroll = 0
            state.message = "sorted by \(state.sort.rawValue)"
            return [search(state, select: nil)]
        case .cycleSeries:
            let options: [String?] = [nil] + state.knownSeries.map { Optional($0) }
            let next = ((options.firstIndex(of: state.seriesFilter) ?? 0) + 1) % options.count
            state.seriesFilter = options[next]
            state.collection = .talks
            state.message = "showing " + (state.seriesFilter.map { "\($0.uppercased()) talks" } ?? "all talks")
            return [search(state)]
        case .togglePapers:
            state.collection = state.collection == .talks ? .papers : .talks
            state.selection = 0
            state.message = "showing \(state.collection.rawValue)"
            return [search(state, select: nil)]
        case .browseTopics: return [.loadPicker(.topics)]
        case .browseSpeakers: return [.loadPicker(.speakers)]
        case .goToRelated:
            guard let record = state.selected?.record else { return [] }
            guard !record.related.isEmpty else { state.message = "nothing related to this one"; return [] }
            return [.loadPicker(.related)]
        case .openLink:
            guard let record = state.selected?.record else { return [] }
            return [linkEffect(state, record.id, number: nil)]
        case .copyLink:
            guard let record = state.selected?.record else { return [] }
            return [.copyLink(recordID: record.id)]
        case .readPaper:
            guard let record = state.selected?.record else { return [] }
            state.download = DownloadProgress(recordID: record.id, statusLine: "fetching the paper")
            return [.readPaper(recordID: record.id)]
        case .help: state.overlay = .help
        case .repaint: return [.repaint]
        case .suspend: return [.suspend]
        case .quit:
            if inDetail && state.detailOpen { return back(&state) }
            state.quitting = true
            return [.quit]
        }
        return []
    }

    /// Opening a link launches the opener; in kiosk mode it only shows the link, to click or copy.
    private static func linkEffect(_ state: AppState, _ id: String, number: Int?) -> Effect {
        state.policy.allows(.launchOpener) ? .openLink(recordID: id, number: number) : .showLink(recordID: id, number: number)
    }

    /// `v`: the preview goes if it shows, else comes (where the terminal has room for it).
    private static func togglePreview(_ state: inout AppState) {
        let shown = Layout.showsPreview(state.preview, width: state.width, height: state.height)
        state.preview = shown ? .never : .always
        clampScroll(&state)
        guard state.layout.arrangement != .tooSmall else { return }
        if shown {
            state.message = "preview off: Enter opens, v brings it back"
        } else {
            state.message = state.layout.arrangement == .single ? "no room for a preview at this size" : "preview on: v hides it"
        }
    }

    /// Esc: out of the detail, else out of the search.
    private static func back(_ state: inout AppState) -> [Effect] {
        if state.focus == .detail {
            state.focus = .list
            state.detailOpen = false
            return []
        }
        guard !state.appliedQuery.isEmpty else { return [] }
        state.appliedQuery = ""
        state.searchText = ""
        return [search(state)]
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
            return [search(state)]
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
        return applySearchText(&state)
    }

    private static func applySearchText(_ state: inout AppState) -> [Effect] {
        state.appliedQuery = state.searchText
        state.selection = 0
        state.listScroll = 0
        return [search(state)]
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

    private static func readerKey(_ state: inout AppState, _ key: Key) -> [Effect] {
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
    private static func helpKey(_ state: inout AppState, _ key: Key) -> [Effect] {
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

    private static func pickerKey(_ state: inout AppState, _ key: Key) -> [Effect] {
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
            if let id = picker.items[picker.selection].recordID { return goTo(&state, id) }
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
    private static func goTo(_ state: inout AppState, _ id: String) -> [Effect] {
        state.focus = .list
        state.detailOpen = false
        if let position = state.results.position(of: id) {
            state.selection = position
            state.detailScroll = 0
            clampScroll(&state)
            return []
        }
        state.collection = id.hasPrefix("paper-") ? .papers : .talks
        state.seriesFilter = nil
        state.searchText = ""
        state.appliedQuery = ""
        state.selection = 0
        state.listScroll = 0
        return [search(state, select: id)]
    }

    // MARK: Mouse

    private static func mouse(_ state: inout AppState, _ event: MouseEvent) -> [Effect] {
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

    /// Asks for the current query's results, selecting `select` when it is among them.
    static func search(_ state: AppState, select: String?) -> Effect {
        .search(SearchRequest(query: state.effectiveQuery, order: state.sort, rows: windowRows(state), select: select))
    }

    /// Asks for the current query's results, keeping the selected record when it is among them.
    public static func search(_ state: AppState) -> Effect {
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
        guard results.query == state.effectiveQuery, results.order == state.sort else { return [] }
        let rows = max(1, state.layout.list.height)
        let shown = state.listScroll..<(state.listScroll + rows)
        guard !results.covers(shown) else { return [] }
        let limit = windowRows(state)
        let offset = max(0, state.listScroll - (limit - rows) / 2)
        return [.loadRows(RowsRequest(query: state.effectiveQuery, order: state.sort, count: results.count,
                                      offset: offset, limit: limit, anchor: results.anchor(near: offset)))]
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}

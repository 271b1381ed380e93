import ScreenModel
import TalkArchive

/// The browser's state machine: `reduce(&state, action)` changes the state and returns the
/// effects to run. Pure: no terminal, no database, no clock.
public enum Reducer {
    /// The effects that fill a new browser: the first search (Bubble Tea's `Init`).
    public static func start(_ state: AppState) -> [Effect] {
        search(state)
    }

    /// What waits until the first screen is painted: reading the reader's marks.
    public static func afterFirstPaint(_ state: AppState) -> [Effect] {
        [.loadMarks]
    }

    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        let effects = react(&state, action)
        return effects + rowsToLoad(state) + relatedToLoad(&state)
    }

    static func react(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .resize(let width, let height):
            state.width = max(1, width)
            state.height = max(1, height)
            // Reading the detail when the preview goes for lack of room: it takes the screen.
            if state.focus == .detail && state.layout.arrangement == .single { state.detailOpen = true }
            clampScroll(&state)
            let rows = PickerPane.visibleRows(for: state)
            if let count = state.picker?.items.count { state.picker?.scroll.clamp(count: count, height: rows) }
            clampHelp(&state)
            return []
        case .searchCompleted(let request, let count, let kinds, let slice, let selected):
            // Stale: the user typed on, or changed the order.
            guard request.query == state.effectiveQuery, request.order == state.sort else { return [] }
            state.results = ResultWindow()
            state.results.query = request.query
            state.results.order = request.order
            state.results.count = count
            state.results.kinds = kinds
            state.results.slice = slice
            state.queryError = nil
            state.listScroll.select(selected ?? 0, count: count.value, height: state.layout.list.height)
            state.detailScroll = .text
            return count.value == 0 && !request.query.highlightTerms.isEmpty ? [.findClosestWords(request.query)] : []
        case .closestWordsFound(let query, let words):
            guard query == state.results.query, state.results.isEmpty else { return [] }
            state.results.closest = words
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
        case .relatedLoaded(let id, let records):
            guard state.related.recordID == id else { return [] }
            state.related.records = records
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
        case .marksLoaded(let marks, let notice):
            state.marks = marks
            if let notice { state.message = notice }
            return []
        case .marksChanged(let id, let marks):
            return marksChanged(&state, id, marks)
        case .notices(let forms):
            state.message = forms.first
            state.messageForms = forms
            return []
        case .nextTalkFound(let next):
            return goToNextTalk(&state, next)
        case .mouse(let event):
            return mouse(&state, event)
        case .key(let key):
            return keyPressed(&state, key)
        }
    }
}

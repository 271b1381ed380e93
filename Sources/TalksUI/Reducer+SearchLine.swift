import ScreenModel
import TalkArchive

// The search line: typing searches on every key; Enter keeps the results, Esc restores the list.
extension Reducer {
    static func searchLine(_ state: inout AppState, _ command: Command) -> [Effect] {
        switch command {
        case .deleteBackward:
            guard !state.searchText.isEmpty else { return [] }
            state.searchText.removeLast()
        case .clearLine:
            state.searchText = ""
        case .deleteWord:
            state.searchText = state.searchText.withoutLastWord
        case .cancelSearch:
            state.searchText = state.queryBeforeSearch
            state.focus = .list
            state.queryError = nil
            apply(state.queryBeforeSearch, &state)
            return search(state)
        case .keepSearch:
            let text = state.searchText.trimmingSpaces
            if !text.isEmpty && state.history.last != text { state.history.append(text) }
            state.focus = .list
            return []
        case .olderSearch, .newerSearch:
            recallHistory(&state, older: command == .olderSearch)
        default:
            return []
        }
        return applySearchText(&state)
    }

    /// A character typed on the search line: the list narrows at once.
    static func type(_ character: Character, _ state: inout AppState) -> [Effect] {
        state.searchText.append(character)
        return applySearchText(&state)
    }

    static func applySearchText(_ state: inout AppState) -> [Effect] {
        apply(state.searchText, &state)
        resetList(&state)
        return search(state)
    }

    /// Makes `text` the query the list shows, parsed here once per change. Text that does not
    /// parse says why, and `search` then asks the index for nothing.
    static func apply(_ text: String, _ state: inout AppState) {
        state.appliedQuery = text
        do {
            state.parsedQuery = try SearchQuery(parsing: text)
        } catch {
            state.parsedQuery = nil
            state.queryError = (error as? QueryError)?.message ?? "\(error)"
        }
    }

    static func recallHistory(_ state: inout AppState, older: Bool) {
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
}

extension String {
    /// The text without its last word and the spaces after it (Ctrl-W).
    var withoutLastWord: String {
        String(reversed().drop(while: { $0 == " " }).drop(while: { $0 != " " }).reversed())
    }

    var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}

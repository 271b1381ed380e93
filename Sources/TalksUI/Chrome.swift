import CellText
import ScreenModel
import TalkArchive

/// The search line and the status line at the bottom of the screen.
enum Chrome {
    static func searchLine(_ state: AppState, in area: Rect, into frame: inout Frame) -> Int? {
        guard !area.isEmpty else { return nil }
        let theme = state.theme
        if let line = state.markLine { return markLine(line, state, in: area, into: &frame) }
        if state.focus == .search {
            let prompt = "/"
            frame.put(prompt, x: 0, y: area.y, style: theme.heading)
            let room = area.width - 2
            // Keep the end in view.
            let text = String(TextLayout.tail(TerminalSafeText.sanitize(state.searchText), width: room))
            let end = frame.put(text, x: 1, y: area.y, style: theme.plain, maxWidth: room)
            if let error = state.queryError, end + 4 < area.width {
                frame.put("  " + error, x: end, y: area.y, style: theme.error, maxWidth: area.width - end)
            }
            return end
        }
        if let download = state.download {
            frame.put(download.statusLine + " — Esc cancels", x: 0, y: area.y, style: theme.heading, maxWidth: area.width)
        } else if let message = state.message {
            frame.put(TerminalSafeText.sanitize(fitting(message, forms: state.messageForms, width: area.width)), x: 0, y: area.y,
                      style: theme.plain, maxWidth: area.width)
        } else if let error = state.queryError {
            frame.put(TerminalSafeText.sanitize(error), x: 0, y: area.y, style: theme.error, maxWidth: area.width)
        } else if !state.appliedQuery.isEmpty {
            frame.put("search: " + TerminalSafeText.sanitize(state.appliedQuery), x: 0, y: area.y, style: theme.dim, maxWidth: area.width)
        } else {
            frame.put("/ to search: words, \"a phrase\", speaker:, topic:, year:, series:, -exclude", x: 0, y: area.y, style: theme.dim, maxWidth: area.width)
        }
        return nil
    }

    static func statusLine(_ state: AppState, in area: Rect, into frame: inout Frame) {
        guard !area.isEmpty else { return }
        let theme = state.theme
        frame.fill(area, with: Cell(" ", style: theme.status))
        let count = state.results.count
        // The number right-aligned to the count's width, so a move rewrites only its digits.
        let number = String(state.selection + 1)
        let padding = String(repeating: " ", count: max(0, String(count.value).count - number.count))
        let position = count.value == 0 ? "0/0" : "\(padding)\(number)/\(count.value)\(count.isAtLeast ? "+" : "")"
        var scope = scope(state)
        if let guess = state.results.didYouMean {
            scope += " · did you mean \(TerminalSafeText.sanitize(guess))?"
        } else if count.isUnranked {
            scope += " · too many to rank: type more"
        } else if state.sort != .relevance {
            scope += " · \(state.sort == .title ? "by title" : state.sort.label)"
        }
        let hints = state.markLine != nil ? ["Enter save", "Esc cancel"] :
            state.focus == .search ? ["Enter keep", "Esc cancel", "↑↓ history"] :
            state.focus == .detail ? ["j/k scroll", "n/N next", "Esc back", "? help", "q quit"] :
            ["j/k move", "Enter open", "/ search", "? help", "q quit", "t topics", "a speakers", "K kinds", "p papers"]
        let left = " \(position)  \(scope)"
        let end = frame.put(left, x: 0, y: area.y, style: theme.status, maxWidth: area.width)
        // As many whole hints as fit, most useful first.
        var shown = ""
        for hint in hints where DisplayWidth.of(shown) + DisplayWidth.of(hint) + 2 <= area.width - end - 2 {
            shown += (shown.isEmpty ? "" : "  ") + hint
        }
        if !shown.isEmpty {
            frame.put(shown, x: area.width - DisplayWidth.of(shown) - 1, y: area.y, style: theme.status)
        }
    }

    /// The longest form of `message` that fits `width` (its shortest when none does), when the
    /// forms are this message's; else the message.
    static func fitting(_ message: String, forms: [String], width: Int) -> String {
        guard forms.first == message else { return message }
        return forms.first { DisplayWidth.of($0) <= width } ?? forms.last ?? message
    }

    /// What the list holds: each kind counted in the default view (`1 talk · 6 papers`), else the view's name.
    static func scope(_ state: AppState) -> String {
        if let series = state.seriesFilter, state.collection != .papers { return series.uppercased() + " talks" }
        switch state.collection {
        case .talks: return "all talks"
        case .papers: return "papers"
        case .all:
            let kinds = state.results.kinds
            return counted(kinds.talks, "talk") + " · " + counted(kinds.papers, "paper")
        }
    }

    /// `1 talk`, `6 papers`, `1953+ papers`.
    static func counted(_ count: MatchCount, _ noun: String) -> String {
        "\(count.value)\(count.isAtLeast ? "+" : "") \(noun)\(count.value == 1 && !count.isAtLeast ? "" : "s")"
    }
}

extension Chrome {
    /// `note: ask about the spectrum▏` at the bottom; the end of the text stays in view.
    static func markLine(_ line: MarkLine, _ state: AppState, in area: Rect, into frame: inout Frame) -> Int {
        let theme = state.theme
        let start = frame.put(line.prompt, x: 0, y: area.y, style: theme.heading, maxWidth: area.width)
        let room = max(0, area.width - start - 1)
        var text = TerminalSafeText.sanitize(line.text)
        while DisplayWidth.of(text) > room, !text.isEmpty { text.removeFirst() }
        let end = frame.put(text, x: start, y: area.y, style: theme.plain, maxWidth: room)
        if let message = state.message, end + 4 < area.width {
            frame.put("  " + TerminalSafeText.sanitize(message), x: end, y: area.y, style: theme.error, maxWidth: area.width - end)
        }
        return end
    }
}

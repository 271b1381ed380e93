import CellText
import ScreenModel
import TalkArchive

/// The list of talks or papers: date, series badge, title with matches, first speaker.
enum ListPane {
    static func render(_ state: AppState, in area: Rect, into frame: inout Frame) {
        guard !area.isEmpty else { return }
        let theme = state.theme
        if state.results.isEmpty {
            var message = state.appliedQuery.isEmpty ? "Nothing here." : "No match for “\(state.appliedQuery)”."
            if let guess = state.results.didYouMean { message += " Did you mean \(guess)?" }
            frame.put(TerminalSafeText.sanitize(message), x: area.x + 1, y: area.y, style: theme.dim, maxWidth: area.width - 1)
            return
        }
        let terms = state.highlightTerms
        for row in 0..<area.height {
            let position = state.listScroll.offset + row
            guard let hit = state.results.hit(at: position) else { break }
            let isSelected = position == state.selection
            line(hit, today: state.today, width: area.width, terms: terms, selected: isSelected, focused: state.focus != .detail, theme: theme)
                .draw(into: &frame, x: area.x, y: area.y + row, width: area.width)
        }
    }

    /// `• 2026-05-11 ELLIS Finite-Time Lyapunov Exponents…   Bernhard Mehlig`
    static func line(_ hit: SearchHit, today: Day, width: Int, terms: [String], selected: Bool, focused: Bool, theme: Theme) -> StyledLine {
        let record = hit.record
        let base = selected ? (focused ? theme.selected : theme.selectedUnfocused) : theme.plain
        func styled(_ style: Style) -> Style { selected ? base : style }
        // A blank between two columns keeps the style before it when that shows nothing on a
        // blank: one attribute switch fewer for the terminal per column.
        func gap(after style: Style) -> Style { style.looksBlankOnSpace ? style : base }
        var line = StyledLine()
        let upcoming = record.kind == .talk && record.date > today
        line.append(upcoming ? "•" : " ", upcoming ? styled(theme.upcoming) : base)
        line.append(record.date.iso, styled(theme.date))
        line.append(" ", gap(after: styled(theme.date)))
        let badge = record.series?.badge ?? "PAPER"
        line.append(TextLayout.pad(badge, width: 5), styled(theme.badge(for: record.series?.slug)))
        line.append(" ", base)
        let used = 1 + 10 + 1 + 5 + 1
        let whoWidth = width >= 70 ? 20 : 0
        var titleWidth = max(0, width - used - (whoWidth > 0 ? whoWidth + 2 : 0))
        if record.isWithdrawn, titleWidth > 0 {
            let mark = TextLayout.truncate(withdrawnMark, width: titleWidth)
            line.append(mark, styled(theme.error))
            titleWidth -= DisplayWidth.of(mark)
        }
        let title = TextLayout.pad(TerminalSafeText.sanitize(record.readableTitle), width: titleWidth)
        for run in TextBlock.highlight(title, style: base, terms: terms, match: theme.match).runs {
            line.append(run.text, selected && run.style != theme.match ? base : (selected ? theme.match.union(base) : run.style))
        }
        if whoWidth > 0 {
            let who = person(record, width: whoWidth)
            line.append("  ", base)
            line.append(who, who.allSatisfy { $0 == " " } ? base : styled(theme.dim))
        }
        // Fill the selected row to the edge so the bar reads as one.
        let drawn = line.runs.reduce(0) { $0 + DisplayWidth.of($1.text) }
        if drawn < width { line.append(String(repeating: " ", count: width - drawn), base) }
        return line
    }

    /// Marks a withdrawn paper's title.
    static let withdrawnMark = "[withdrawn] "

    static func person(_ record: ArchiveRecord) -> String {
        if let first = record.speakers.first { return record.speakers.count > 1 ? first.name + " +\(record.speakers.count - 1)" : first.name }
        return record.authorCount.map { "\($0) author\($0 == 1 ? "" : "s")" } ?? ""
    }

    /// `person` in `width` cells: a long first name is cut, never the count of the others
    /// (`Alexandros Papad… +249`).
    static func person(_ record: ArchiveRecord, width: Int) -> String {
        let who = TerminalSafeText.sanitize(person(record))
        guard DisplayWidth.of(who) > width, let first = record.speakers.first, record.speakers.count > 1 else {
            return TextLayout.pad(who, width: width)
        }
        let others = " +\(record.speakers.count - 1)"
        let room = width - DisplayWidth.of(others)
        guard room >= 2 else { return TextLayout.pad(who, width: width) }
        return TextLayout.pad(TextLayout.truncate(TerminalSafeText.sanitize(first.name), width: room) + others, width: width)
    }
}

extension Style {
    /// Whether a space drawn in this style looks like a plain one: no background, reverse or underline.
    var looksBlankOnSpace: Bool {
        background == .default && attributes.intersection([.reverse, .underline]).isEmpty
    }

    /// This style's attributes added to another's (a match inside the selection bar).
    func union(_ other: Style) -> Style {
        Style(foreground: foreground, background: other.background == .default ? background : other.background,
              attributes: attributes.union(other.attributes))
    }
}

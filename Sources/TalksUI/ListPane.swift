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
        // The column of marks shows once anything is marked: no room taken from those who never mark.
        let marked = !state.marks.isEmpty
        let hits = (0..<area.height).lazy.map { state.results.hit(at: state.listScroll.offset + $0) }.prefix { $0 != nil }.compactMap { $0 }
        // Where each title starts to differ from the others on screen: that part stays in view.
        let shared = DistinctText.sharedStarts(hits.map { title($0.record) })
        for (row, hit) in hits.enumerated() {
            let isSelected = state.listScroll.offset + row == state.selection
            let flags = marked ? (state.marks[hit.record.id]?.flags ?? RecordMarks().flags) : nil
            line(hit, today: state.today, width: area.width, terms: terms, selected: isSelected, focused: state.focus != .detail,
                 theme: theme, sharedStart: shared[row], flags: flags)
                .draw(into: &frame, x: area.x, y: area.y + row, width: area.width)
        }
    }

    /// The title as the list shows it.
    static func title(_ record: ArchiveRecord) -> String { TerminalSafeText.sanitize(record.readableTitle) }

    /// `• 2026-05-11 ELLIS Finite-Time Lyapunov Exponents…   Bernhard Mehlig`, with `flags`
    /// (`RecordMarks.flags`, `*wn`) before the title when given.
    ///
    /// The kind shows in the badge: a talk's series (`ELLIS`, `DLTRG`), or `PAPER`.
    /// - Parameter sharedStart: the characters the title shares with another on screen (`DistinctText`).
    static func line(_ hit: SearchHit, today: Day, width: Int, terms: [String], selected: Bool, focused: Bool, theme: Theme,
                     sharedStart: Int = 0, flags: String? = nil) -> StyledLine {
        let record = hit.record
        let base = selected ? (focused ? theme.selected : theme.selectedUnfocused) : theme.plain
        func styled(_ style: Style) -> Style { selected ? base : style }
        // A blank between two columns keeps the style before it when that shows nothing on a
        // blank: one attribute switch fewer for the terminal per column.
        func gap(after style: Style) -> Style { style.looksBlankOnSpace ? style : base }
        let columns = ListColumns(width: width, flags: flags != nil)
        var line = StyledLine()
        let upcoming = record.kind == .talk && record.date > today
        line.append(upcoming ? "•" : " ", upcoming ? styled(theme.upcoming) : base)
        line.append(record.date.iso, styled(theme.date))
        line.append(" ", gap(after: styled(theme.date)))
        let badge = record.series?.badge ?? "PAPER"
        line.append(TextLayout.pad(badge, width: ListColumns.badge), styled(theme.badge(for: record.series?.slug)))
        line.append(" ", base)
        if let flags {
            line.append(flags, styled(theme.upcoming))
            line.append(" ", base)
        }
        var titleWidth = columns.title
        if record.isWithdrawn, titleWidth > 0 {
            let mark = TextLayout.truncate(withdrawnMark, width: titleWidth)
            line.append(mark, styled(theme.error))
            titleWidth -= DisplayWidth.of(mark)
        }
        let fitted = DistinctText.fit(Self.title(record), width: titleWidth, sharedStart: sharedStart)
        let padded = TextLayout.pad(fitted, width: titleWidth)
        for run in TextBlock.highlight(padded, style: base, terms: terms, match: theme.match).runs {
            line.append(run.text, selected && run.style != theme.match ? base : (selected ? theme.match.union(base) : run.style))
        }
        if columns.person > 0 {
            let who = person(record, width: columns.person)
            line.append(String(repeating: " ", count: ListColumns.gap), base)
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
        record.speakerSummary(.count) ?? ""
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

/// The list's columns and their widths in cells, left to right: the upcoming mark, the date, the
/// badge (the kind), the title (what is left), the first speaker (where the list is wide enough).
/// A new column takes its cells from the title here.
struct ListColumns {
    static let mark = 1, date = 10, badge = 5, gap = 2, personWidth = 20
    /// Your marks (`*wn`) and a blank, once anything is marked.
    static let flagsWidth = 4
    /// The first speaker's column: none below 70 cells.
    var person: Int
    var title: Int

    init(width: Int, flags: Bool = false) {
        person = width >= 70 ? ListColumns.personWidth : 0
        let fixed = ListColumns.mark + ListColumns.date + 1 + ListColumns.badge + 1 + (flags ? ListColumns.flagsWidth : 0)
        title = max(0, width - fixed - (person > 0 ? person + ListColumns.gap : 0))
    }
}

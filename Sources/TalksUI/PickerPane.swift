import CellText
import ScreenModel

/// The topic or speaker picker, drawn over the panes.
enum PickerPane {
    static func render(_ picker: Picker, theme: Theme, in area: Rect, into frame: inout Frame) {
        frame.fill(area)
        frame.put(picker.title + " — Enter choose, Esc close, a letter jumps", x: area.x + 1, y: area.y, style: theme.heading, maxWidth: area.width - 2)
        let rows = max(0, area.height - 2)
        for (row, index) in picker.scroll.visible(count: picker.items.count, height: rows).enumerated() {
            let item = picker.items[index]
            let selected = index == picker.selection
            var line = StyledLine(countText(item, picker.kind), selected ? theme.selected : theme.date)
            line.append(" " + item.label, selected ? theme.selected : theme.title)
            if !item.detail.isEmpty { line.append("  " + item.detail, selected ? theme.selected : theme.dim) }
            let drawn = line.runs.reduce(0) { $0 + DisplayWidth.of($1.text) }
            if selected && drawn < area.width - 2 { line.append(String(repeating: " ", count: area.width - 2 - drawn), theme.selected) }
            line.draw(into: &frame, x: area.x + 1, y: area.y + 2 + row, width: area.width - 2)
        }
    }

    static func visibleRows(for state: AppState) -> Int { max(1, state.height - 3) }

    /// "  12 " for a count, "  9 talks  31 papers " for a topic's talks and papers, nothing for related records.
    private static func countText(_ item: Picker.Item, _ kind: Picker.Kind) -> String {
        func padded(_ n: Int) -> String { String(repeating: " ", count: max(0, 4 - String(n).count)) + String(n) }
        if let kinds = item.kinds { return "\(padded(kinds.talks)) talk\(kinds.talks == 1 ? " " : "s")\(padded(kinds.papers)) paper\(kinds.papers == 1 ? " " : "s") " }
        return kind == .related || kind == .copy ? "     " : padded(item.count) + " "
    }
}

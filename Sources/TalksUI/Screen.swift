import CellText
import ScreenModel
import TalkArchive

/// Renders the whole state into a frame: panes, divider, search and status lines, help.
public enum Screen {
    /// - Returns: the frame, and the column of the text cursor when the search line has focus.
    public static func render(_ state: AppState) -> (Frame, cursor: Int?) {
        var frame = Frame(width: state.width, height: state.height)
        let layout = state.layout
        if layout.arrangement == .tooSmall {
            let message = "Terminal too small (\(state.width)×\(state.height)); need \(Layout.minWidth)×\(Layout.minHeight)"
            for (i, line) in TextLayout.wrap(message, width: state.width).enumerated() where i < state.height {
                frame.put(line, x: 0, y: i, style: state.theme.plain)
            }
            return (frame, nil)
        }
        if let reader = state.reader {
            ReaderPane.render(reader, state: state, into: &frame)
            Chrome.statusLine(state, in: layout.statusLine, into: &frame)
            return (frame, nil)
        }
        if state.overlay == .help {
            HelpOverlay.render(scroll: state.helpScroll, keymap: state.keymap, policy: state.policy, theme: state.theme, in: Rect(x: 0, y: 0, width: state.width, height: state.height - 1), into: &frame)
            Chrome.statusLine(state, in: layout.statusLine, into: &frame)
            return (frame, nil)
        }
        if let picker = state.picker {
            PickerPane.render(picker, theme: state.theme, in: Rect(x: 0, y: 0, width: state.width, height: state.height - 1), into: &frame)
            Chrome.statusLine(state, in: layout.statusLine, into: &frame)
            return (frame, nil)
        }
        ListPane.render(state, in: layout.list, into: &frame)
        drawDivider(layout, theme: state.theme, into: &frame)
        DetailPane.render(state, related: state.related.records(of: state.selected?.record), in: layout.detail, into: &frame)
        let cursor = Chrome.searchLine(state, in: layout.searchLine, into: &frame)
        Chrome.statusLine(state, in: layout.statusLine, into: &frame)
        return (frame, cursor)
    }

    private static func drawDivider(_ layout: Layout, theme: Theme, into frame: inout Frame) {
        let d = layout.divider
        guard !d.isEmpty else { return }
        if d.width == 1 {
            for y in d.y..<d.maxY { frame.put("│", x: d.x, y: y, style: theme.divider) }
        } else {
            frame.put(String(repeating: "─", count: d.width), x: d.x, y: d.y, style: theme.divider)
        }
    }
}

import CellText
import ScreenModel
import TalkArchive

/// `?`: every key and the query syntax, generated from the keymap table (less what kiosk mode
/// refuses) so it cannot drift.
enum HelpOverlay {
    static func lines(_ keymap: Keymap, _ policy: KioskPolicy) -> [(String, String)] {
        keymap.helpSections(under: policy).flatMap { section in
            (section.heading.map { [("", ""), ($0.uppercased(), "")] } ?? []) + section.entries.map { ($0.keys, $0.help) }
        }
        + [("", "")] + [
        ("QUERY", ""),
        ("lyap", "words match by prefix; all must match"),
        ("\"neural tangent\"", "a phrase"),
        ("speaker:wen", "also title: affiliation: abstract: topic:"),
        ("series:ellis", "also kind:talk|paper year:2023"),
        ("after:2026-03", "on or after; before: is strictly before"),
        ("-word", "exclude;  a OR b  either"),
        ("is:starred tag:x", "your marks; is:seen|unseen|towatch has:note note:word"),
        ]
    }

    static func lineCount(_ state: AppState) -> Int { lines(state.keymap, state.policy).count }

    /// The rows for lines below the title, over the panes and above the status line.
    static func visibleRows(for state: AppState) -> Int { max(0, state.height - 3) }

    static func render(scroll: ScrollState, keymap: Keymap, policy: KioskPolicy, theme: Theme, in area: Rect, into frame: inout Frame) {
        let lines = lines(keymap, policy)
        frame.fill(area)
        let rows = max(0, area.height - 2)
        let more = lines.count > rows ? " — j/k scroll" : ""
        let name = policy.isKiosk ? "talks (kiosk mode)" : "talks"
        frame.put("\(name) — keys\(more), any other key closes", x: area.x + 2, y: area.y, style: theme.heading, maxWidth: area.width - 2)
        let keyWidth = min(18, max(8, area.width / 3))
        for (row, index) in scroll.clamped(count: lines.count, height: rows).visible(count: lines.count, height: rows).enumerated() {
            let entry = lines[index]
            let y = area.y + 2 + row
            // A heading (no help beside it) may run across both columns.
            let heading = entry.1.isEmpty
            frame.put(entry.0, x: area.x + 2, y: y, style: heading ? theme.heading : theme.title, maxWidth: heading ? area.width - 3 : keyWidth)
            frame.put(entry.1, x: area.x + 3 + keyWidth, y: y, style: theme.plain, maxWidth: max(0, area.width - keyWidth - 4))
        }
    }
}

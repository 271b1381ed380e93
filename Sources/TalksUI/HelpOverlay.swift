import CellText
import ScreenModel

/// `?`: every key and the query syntax, generated from the keymap table so it cannot drift.
enum HelpOverlay {
    static let lines: [(String, String)] = KeyHelp.entries + [("", "")] + [
        ("QUERY", ""),
        ("lyap", "words match by prefix; all must match"),
        ("\"neural tangent\"", "a phrase"),
        ("speaker:wen", "also title: affiliation: abstract: topic:"),
        ("series:ellis", "also kind:talk|paper year:2023"),
        ("after:2026-03", "on or after; before: is strictly before"),
        ("-word", "exclude;  a OR b  either"),
    ]

    static func render(in area: Rect, into frame: inout Frame) {
        frame.fill(area)
        frame.put("talks — keys (any key closes)", x: area.x + 2, y: area.y, style: Theme.heading, maxWidth: area.width - 2)
        let keyWidth = min(18, max(8, area.width / 3))
        for (i, entry) in lines.enumerated() where i + 2 < area.height {
            let y = area.y + 2 + i
            frame.put(entry.0, x: area.x + 2, y: y, style: entry.1.isEmpty ? Theme.heading : Theme.title, maxWidth: keyWidth)
            frame.put(entry.1, x: area.x + 3 + keyWidth, y: y, style: Theme.plain, maxWidth: max(0, area.width - keyWidth - 4))
        }
    }
}

/// The keys, described once: the help screen is made from this table.
enum KeyHelp {
    static let entries: [(String, String)] = [
        ("j k ↓ ↑", "move; in the detail, scroll"),
        ("^d ^u PgDn PgUp", "half page / page"),
        ("g G Home End", "first / last"),
        ("Enter Tab", "open the detail / switch pane"),
        ("Esc", "back; clear the search"),
        ("/", "search as you type"),
        ("n N", "next / previous result"),
        ("s", "sort: relevance, date, title"),
        ("f", "filter by series"),
        ("p", "papers / talks"),
        ("o", "show the paper's link"),
        ("^l", "repaint"),
        ("q ^c", "quit (q in a view: back)"),
    ]
}

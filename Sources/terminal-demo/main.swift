// A small screen for checking the terminal layer end to end (the TerminalKit tmux tests drive it).
//
//   terminal-demo [--allow-crash]
//
// j/k or the arrows move the highlighted row, Ctrl-L repaints, Ctrl-Z stops, q or Ctrl-C quits
// with status 0. With --allow-crash, X traps (to test that a crash restores the terminal).
#if canImport(Glibc)
import Glibc
#endif
import ScreenModel
import TerminalKit

/// The demo's rows: ASCII, Latin with diacritics, CJK, emoji, colours.
let items: [(text: String, style: Style)] = [
    ("plain ASCII row", .plain),
    ("Gödel, Escher, Bach — café", Style(foreground: .cyan)),
    ("量子 field theory", Style(foreground: .indexed(208))),
    ("emoji 😀 party", Style(foreground: .green, attributes: .italic)),
    ("red on default", Style(foreground: .red, attributes: .bold)),
    ("white on blue", Style(foreground: .brightWhite, background: .blue)),
]

/// Column of the `|` marker after each row's text, to check wide-character layout.
let markerColumn = 30

func render(selected: Int, status: String, size: TerminalSize) -> Frame {
    var frame = Frame(width: size.width, height: size.height)
    frame.put("terminal-demo  j/k move  q quit", x: 0, y: 0, style: Style(foreground: .yellow, attributes: .bold))
    for (index, item) in items.enumerated() {
        let y = 2 + index
        var style = item.style
        if index == selected { style.attributes.insert(.reverse) }
        frame.put(index == selected ? "> " : "  ", x: 0, y: y, style: style)
        frame.put(item.text, x: 2, y: y, style: style, maxWidth: markerColumn - 2)
        frame.put("|", x: markerColumn, y: y)
    }
    let footer = "row \(selected + 1)/\(items.count)  \(status)  size \(size.width)x\(size.height)"
    frame.put(footer, x: 0, y: size.height - 1, style: Style(attributes: .dim))
    frame.put("#", x: size.width - 1, y: size.height - 1)  // the bottom-right cell
    return frame
}

let allowCrash = CommandLine.arguments.contains("--allow-crash")
let terminal: NcursesBackend
do {
    terminal = try NcursesBackend()
} catch {
    print("terminal-demo: \(error)")
    exit(1)
}
var selected = 0
var status = "ready"
terminal.draw(render(selected: selected, status: status, size: terminal.size))
loop: while true {
    guard let event = terminal.readEvent(timeoutMs: 1000) else { continue }
    switch event {
    case .key(.char("q")), .key(.ctrl("c")): break loop
    case .key(.char("j")), .key(.down): selected = min(selected + 1, items.count - 1); status = "down"
    case .key(.char("k")), .key(.up): selected = max(selected - 1, 0); status = "up"
    case .key(.ctrl("l")): terminal.forceRepaint(); status = "repainted"
    case .key(.ctrl("z")): terminal.stopForJobControl(); status = "continued"
    case .key(.char("X")) where allowCrash: fatalError("crash requested with X")
    case .resize(let width, let height): status = "resized \(width)x\(height)"
    default: status = "\(event)"
    }
    terminal.draw(render(selected: selected, status: status, size: terminal.size))
}
terminal.shutdown()

import ScreenModel

/// The styles the panes use. Colours sit on the terminal's own background; bold and reverse
/// carry the meaning on their own where colour is off.
enum Theme {
    static let plain = Style.plain
    static let selected = Style(attributes: [.reverse])
    static let selectedDim = Style(attributes: [.bold])
    /// Black on yellow reads on light and dark terminals alike; without colour it becomes reverse.
    static let match = Style(foreground: .black, background: .yellow, attributes: [.bold])
    static let date = Style(foreground: .cyan)
    static let badgeEllis = Style(foreground: .magenta, attributes: [.bold])
    static let badgeDLTRG = Style(foreground: .green, attributes: [.bold])
    static let badgePaper = Style(foreground: .blue, attributes: [.bold])
    static let dim = Style(attributes: [.dim])
    static let title = Style(attributes: [.bold])
    static let heading = Style(foreground: .cyan, attributes: [.bold])
    static let link = Style(foreground: .blue, attributes: [.underline])
    static let status = Style(attributes: [.reverse])
    static let error = Style(foreground: .red, attributes: [.bold])
    static let upcoming = Style(foreground: .yellow, attributes: [.bold])
    static let divider = Style(attributes: [.dim])

    static func badge(for series: String?) -> Style {
        switch series {
        case "ellis": return badgeEllis
        case "dltrg": return badgeDLTRG
        case nil: return badgePaper
        default: return title
        }
    }
}

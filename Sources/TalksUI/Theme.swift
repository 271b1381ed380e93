import ScreenModel

/// The styles the panes use, by role. Colours sit on the terminal's own background; bold and
/// reverse carry the meaning on their own where colour is off. The configuration file's
/// `[colors]` table can restyle any role.
public struct Theme: Sendable, Equatable {
    public var plain = Style.plain
    public var selected = Style(attributes: [.reverse])
    public var selectedUnfocused = Style(attributes: [.bold])
    /// Black on yellow reads on light and dark terminals alike; without colour it becomes reverse.
    public var match = Style(foreground: .black, background: .yellow, attributes: [.bold])
    public var date = Style(foreground: .cyan)
    public var badgeEllis = Style(foreground: .magenta, attributes: [.bold])
    public var badgeDLTRG = Style(foreground: .green, attributes: [.bold])
    public var badgePaper = Style(foreground: .blue, attributes: [.bold])
    public var dim = Style(attributes: [.dim])
    public var title = Style(attributes: [.bold])
    public var heading = Style(foreground: .cyan, attributes: [.bold])
    public var link = Style(foreground: .blue, attributes: [.underline])
    public var status = Style(attributes: [.reverse])
    public var error = Style(foreground: .red, attributes: [.bold])
    public var upcoming = Style(foreground: .yellow, attributes: [.bold])
    public var divider = Style(attributes: [.dim])

    public static let standard = Theme()

    func badge(for series: String?) -> Style {
        switch series {
        case "ellis": return badgeEllis
        case "dltrg": return badgeDLTRG
        case nil: return badgePaper
        default: return title
        }
    }

    /// The roles a configuration file can restyle, by the name it uses.
    nonisolated(unsafe) public static let roles: [String: WritableKeyPath<Theme, Style>] = [
        "selection": \.selected, "selection_unfocused": \.selectedUnfocused, "match": \.match, "date": \.date,
        "badge_ellis": \.badgeEllis, "badge_dltrg": \.badgeDLTRG, "badge_paper": \.badgePaper, "dim": \.dim,
        "title": \.title, "heading": \.heading, "link": \.link, "status": \.status, "error": \.error,
        "upcoming": \.upcoming, "divider": \.divider,
    ]
}

extension Style {
    /// Parses a style as a configuration file writes it: attributes and colours in any order,
    /// `on` before the background: `"black on yellow bold"`, `"reverse"`, `"208"`, `"bright-cyan underline"`.
    ///
    /// - Throws: a message naming the word it does not understand.
    public init(spec: String) throws(StyleSpecError) {
        var style = Style.plain
        var words = spec.lowercased().split(separator: " ").map(String.init)[...]
        var sawForeground = false
        while let word = words.popFirst() {
            if word == "on" {
                guard let next = words.popFirst(), let color = Color(name: next) else {
                    throw StyleSpecError("“on” must be followed by a colour in “\(spec)”")
                }
                style.background = color
            } else if let attribute = TextAttributes(name: word) {
                style.attributes.insert(attribute)
            } else if let color = Color(name: word), !sawForeground {
                style.foreground = color
                sawForeground = true
            } else {
                throw StyleSpecError("“\(word)” is not a colour (default, black, red, green, yellow, blue, magenta, cyan, white, bright-NAME, 0–255) or an attribute (bold, dim, reverse, underline, italic)")
            }
        }
        self = style
    }
}

/// Why a style written in the configuration file means nothing.
public struct StyleSpecError: Error, CustomStringConvertible, Sendable {
    public var description: String
    init(_ message: String) { description = message }
}

extension Color {
    init?(name: String) {
        let names: [String: Color] = [
            "default": .default, "black": .black, "red": .red, "green": .green, "yellow": .yellow, "blue": .blue,
            "magenta": .magenta, "cyan": .cyan, "white": .white, "bright-black": .brightBlack, "gray": .brightBlack,
            "grey": .brightBlack, "bright-red": .brightRed, "bright-green": .brightGreen, "bright-yellow": .brightYellow,
            "bright-blue": .brightBlue, "bright-magenta": .brightMagenta, "bright-cyan": .brightCyan, "bright-white": .brightWhite,
        ]
        if let color = names[name] { self = color; return }
        guard let index = UInt8(name) else { return nil }
        self = .indexed(index)
    }
}

extension TextAttributes {
    init?(name: String) {
        switch name {
        case "bold": self = .bold
        case "dim": self = .dim
        case "reverse": self = .reverse
        case "underline": self = .underline
        case "italic": self = .italic
        default: return nil
        }
    }
}

import ScreenModel

/// How many colours the terminal can show, and how a `Color` maps onto them.
///
/// ```swift
/// ColorDepth.basic8.terminalColor(.indexed(196))  // 1 (red)
/// ColorDepth.palette256.terminalColor(.default)  // -1 (the terminal's own colour)
/// ```
enum ColorDepth: Equatable {
    /// No colour at all (`NO_COLOR` set, or a monochrome terminal): attributes only.
    case none
    case basic8
    case basic16
    case palette256

    /// The depth for a terminal reporting `colors`, honouring `NO_COLOR` (https://no-color.org).
    static func detect(hasColors: Bool, colors: Int, noColor: String?) -> ColorDepth {
        if let noColor, !noColor.isEmpty { return .none }
        guard hasColors else { return .none }
        if colors >= 256 { return .palette256 }
        return colors >= 16 ? .basic16 : .basic8
    }

    /// The curses colour number for `color`: -1 for the default, nil when colour is off.
    func terminalColor(_ color: Color) -> Int16? {
        if self == .none { return nil }
        guard let index = color.paletteIndex else { return -1 }
        switch self {
        case .palette256: return Int16(index)
        case .basic16 where index < 16: return Int16(index)
        case .basic8 where index < 16: return Int16(index % 8)
        default: return Int16(Self.nearestBasic(index))
        }
    }

    // MARK: Nearest of the 8 basic colours

    private static let basicRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    ]

    /// The basic colour (0–7) closest to xterm palette entry `index` (16–255).
    static func nearestBasic(_ index: Int) -> Int {
        let (r, g, b) = rgb(index)
        let distances = basicRGB.map { (r - $0.0) * (r - $0.0) + (g - $0.1) * (g - $0.1) + (b - $0.2) * (b - $0.2) }
        return distances.indices.min { distances[$0] < distances[$1] } ?? 7
    }

    /// The RGB value of xterm's palette entry `index` (16–231 the colour cube, 232–255 greys).
    private static func rgb(_ index: Int) -> (Int, Int, Int) {
        if index >= 232 {
            let grey = 8 + 10 * (index - 232)
            return (grey, grey, grey)
        }
        let levels = [0, 95, 135, 175, 215, 255]
        let cube = index - 16
        return (levels[cube / 36], levels[cube / 6 % 6], levels[cube % 6])
    }
}

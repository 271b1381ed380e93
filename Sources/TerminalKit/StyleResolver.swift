import CNcursesw
import ScreenModel

/// Turns a `Style` into curses attributes and a colour pair, allocating pairs on first use.
///
/// ```swift
/// var styles = StyleResolver(depth: .palette256, defaultColors: true, maxPairs: 256)
/// let (attributes, pair) = styles.resolve(Style(foreground: .red, attributes: .bold))
/// ```
/// Without colour (`ColorDepth.none`) a background colour shows as reverse video, so a
/// highlighted row stays visible. When pairs run out, further combinations use pair 0.
struct StyleResolver {
    private let depth: ColorDepth
    private let defaultColors: Bool
    private let maxPairs: Int
    private let initPair: (Int16, Int16, Int16) -> Void
    private var pairs: [[Int16]: Int16] = [:]
    private var resolved: [Style: (attr_t, Int16)] = [:]

    /// - Parameters:
    ///   - defaultColors: whether `use_default_colors` succeeded, so -1 means "the terminal's own".
    ///   - maxPairs: `COLOR_PAIRS`; pair numbers stay below it.
    ///   - initPair: defines a pair (`init_pair`); injectable for tests.
    init(depth: ColorDepth, defaultColors: Bool, maxPairs: Int,
         initPair: @escaping (Int16, Int16, Int16) -> Void = { _ = init_pair($0, $1, $2) }) {
        self.depth = depth
        self.defaultColors = defaultColors
        self.maxPairs = min(maxPairs, Int(Int16.max))
        self.initPair = initPair
    }

    /// The attributes and colour pair that draw `style`.
    mutating func resolve(_ style: Style) -> (attributes: attr_t, pair: Int16) {
        if let known = resolved[style] { return known }
        var attributes = Self.attributes(style.attributes)
        if depth == .none && style.background != .default { attributes |= shim_a_reverse() }
        let result = (attributes, pair(style.foreground, style.background))
        resolved[style] = result
        return result
    }

    private mutating func pair(_ foreground: Color, _ background: Color) -> Int16 {
        guard var fg = depth.terminalColor(foreground), var bg = depth.terminalColor(background) else { return 0 }
        if !defaultColors {
            if fg < 0 { fg = Int16(COLOR_WHITE) }
            if bg < 0 { bg = Int16(COLOR_BLACK) }
        }
        if fg < 0 && bg < 0 { return 0 }
        if let known = pairs[[fg, bg]] { return known }
        let number = pairs.count + 1
        guard number < maxPairs else { return 0 }
        initPair(Int16(number), fg, bg)
        pairs[[fg, bg]] = Int16(number)
        return Int16(number)
    }

    private static func attributes(_ attributes: TextAttributes) -> attr_t {
        var result = shim_a_normal()
        if attributes.contains(.bold) { result |= shim_a_bold() }
        if attributes.contains(.dim) { result |= shim_a_dim() }
        if attributes.contains(.reverse) { result |= shim_a_reverse() }
        if attributes.contains(.underline) { result |= shim_a_underline() }
        if attributes.contains(.italic) { result |= shim_a_italic() }
        return result
    }
}

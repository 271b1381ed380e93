/// How a cell looks: foreground and background colour plus attributes.
///
/// ```swift
/// let selected = Style(attributes: .reverse)
/// let heading = Style(foreground: .cyan, attributes: .bold)
/// ```
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var attributes: TextAttributes

    public init(foreground: Color = .default, background: Color = .default, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default colours, no attributes.
    public static let plain = Style()
}

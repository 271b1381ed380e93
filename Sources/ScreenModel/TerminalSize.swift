/// A terminal's size in columns and rows.
///
/// ```swift
/// var frame = Frame(width: backend.size.width, height: backend.size.height)
/// ```
public struct TerminalSize: Hashable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

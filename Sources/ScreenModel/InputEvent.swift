/// Something the terminal reported: a key, a new size, or a mouse event.
///
/// ```swift
/// while let event = backend.readEvent(timeoutMs: 100) {
///     if case .resize = event { redraw() }
/// }
/// ```
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    /// The terminal now has this many columns and rows.
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
    /// Input the terminal layer could not decode (an unmapped function key, say).
    case unknown
}

/// A mouse click or wheel turn at a cell.
///
/// ```swift
/// if case .mouse(let m) = event, m.action == .wheelDown { scrollDown() }
/// ```
public struct MouseEvent: Hashable, Sendable {
    /// What the mouse did.
    public enum Action: Hashable, Sendable {
        case press(Button)
        case release(Button)
        case wheelUp
        case wheelDown
    }

    /// A mouse button, by its conventional number.
    public enum Button: Int, Hashable, Sendable {
        case left = 1, middle = 2, right = 3
    }

    public let x: Int
    public let y: Int
    public let action: Action

    public init(x: Int, y: Int, action: Action) {
        self.x = x
        self.y = y
        self.action = action
    }
}

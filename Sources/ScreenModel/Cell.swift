import CellText

/// One terminal cell: a character (a base scalar plus any combining marks) and its style.
///
/// A wide character (two columns, e.g. "量") is stored in its first cell, followed by a
/// continuation cell whose `text` is empty and whose style repeats the wide character's.
///
/// ```swift
/// Cell("a").width            // 1
/// Cell("量").width           // 2
/// Cell.continuation(of: .plain).isContinuation  // true
/// ```
public struct Cell: Hashable, Sendable {
    /// The character drawn here; empty for the right half of a wide character.
    public let text: String
    public let style: Style

    /// Combining marks kept on one cell at most (ncurses stores five wide characters per cell).
    public static let maxCombiningMarks = 4

    /// A cell showing `text`, which must be one display character of width 1 or 2.
    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// A blank cell in the given style.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(" ", style: style) }

    /// The right half of a wide character drawn in `style`.
    public static func continuation(of style: Style) -> Cell { Cell("", style: style) }

    /// Whether this cell is the right half of the wide character to its left.
    public var isContinuation: Bool { text.isEmpty }

    /// Columns this cell's character takes: 0 for a continuation, else 1 or 2.
    public var width: Int {
        guard let first = text.unicodeScalars.first else { return 0 }
        return DisplayWidth.of(first)
    }
}

/// Where a window of `height` rows stands over `count` rows, and which row is selected: the small
/// state beside a pane that the pane draws from (ratatui's `ListState`). In the list and the
/// pickers a selection moves and the window follows it; in the detail, the reader and the help
/// nothing is selected and a move scrolls the window itself.
///
/// ```swift
/// var list = ScrollState.list
/// list.move(by: 30, count: 47, height: 22)   // selection 30, offset 9: the selection on the last row
/// list.clamp(count: 47, height: 10)          // the window shrank: offset 21, the selection still shown
/// var text = ScrollState.text
/// text.move(by: 500, count: 202, height: 21) // offset 181: the last line on the last row
/// ```
///
/// **Invariant**, kept by every method for the `count` and `height` it is given (a height below
/// one counts as one row, so a selection always has a place):
/// - `0 ≤ offset ≤ max(0, count − height)`: no blank rows at the bottom while rows above are hidden;
/// - with a selection, `0 ≤ selection ≤ max(0, count − 1)` (0 when there are no rows) and
///   `offset ≤ selection < offset + height`: the selection is in the window.
///
/// Two methods relax the bound on the offset, each for a reason: `show(_:count:)` puts a row at
/// the top even near the end (a match in the reader, as `less` does), and `scroll(by:)` leaves the
/// bound to the pane that knows the count (the detail's lines exist only when it is drawn); the
/// next `move` or `clamp` restores it.
public struct ScrollState: Equatable, Sendable {
    /// The first row shown.
    public private(set) var offset = 0
    /// The selected row; nil in a text read without a selection.
    public private(set) var selection: Int?

    /// A list from its first row, selected.
    public static let list = ScrollState(selection: 0)
    /// A text from its first line, nothing selected.
    public static let text = ScrollState(selection: nil)

    private init(selection: Int?) {
        self.selection = selection
    }

    /// The rows in the window that exist, in order: `for (row, index) in visible(…).enumerated()`.
    public func visible(count: Int, height: Int) -> Range<Int> {
        offset..<max(offset, min(count, offset + max(0, height)))
    }

    // MARK: Moving

    /// Moves the selection by `delta` rows, stopping at the first and the last, and scrolls the
    /// least that keeps it in the window; without a selection, scrolls the window by `delta` rows,
    /// stopping where the last row is on the last line.
    public mutating func move(by delta: Int, count: Int, height: Int) {
        if let selection {
            select(selection + delta, count: count, height: height)
        } else {
            offset += delta
            clamp(count: count, height: height)
        }
    }

    /// Moves by `pages` windows (negative: up): `height` rows each.
    public mutating func page(_ pages: Int, count: Int, height: Int) {
        move(by: pages * max(1, height), count: count, height: height)
    }

    /// Selects row `index`, the nearest row there is, scrolling the least that shows it.
    public mutating func select(_ index: Int, count: Int, height: Int) {
        selection = index
        clamp(count: count, height: height)
    }

    /// Puts row `index` at the top of the window (without a selection), even when rows below the
    /// last go blank: `less` shows a match so.
    public mutating func show(_ index: Int, count: Int) {
        offset = max(0, min(index, count - 1))
    }

    /// Scrolls by `delta` rows bounded only above the first: for a text whose length only its pane
    /// knows, which draws from `clamped(count:height:)`.
    public mutating func scroll(by delta: Int) {
        offset = max(0, offset + delta)
    }

    // MARK: Clamping

    /// Restores the invariant after the rows or the window changed (new results, a resize): the
    /// selection onto a row there is, then the window onto the selection and the rows.
    public mutating func clamp(count: Int, height: Int) {
        let rows = max(1, height)
        if let selection {
            let row = max(0, min(selection, count - 1))
            self.selection = row
            if row < offset { offset = row }
            if row >= offset + rows { offset = row - rows + 1 }
        }
        offset = max(0, min(offset, count - rows))
    }

    /// This state clamped to `count` rows in a window of `height`: what a pane draws from.
    public func clamped(count: Int, height: Int) -> ScrollState {
        var state = self
        state.clamp(count: count, height: height)
        return state
    }
}

import CellText

/// A width×height grid of styled cells: what the UI renders into and the terminal paints.
///
/// ```swift
/// var frame = Frame(width: 10, height: 2)
/// frame.put("量子 ok", x: 0, y: 0, style: Style(attributes: .bold))
/// frame.row(0)  // "量子 ok   "
/// ```
/// Invariant: every continuation cell sits right of a wide character, and every wide character
/// has its continuation; `put` and `fill` repair wide characters they partly overwrite.
public struct Frame: Hashable, Sendable {
    public let width: Int
    public let height: Int
    private var cells: [Cell]

    /// A frame of `width`×`height` cells, all `fill` (which must be one column wide).
    public init(width: Int, height: Int, fill: Cell = .blank()) {
        precondition(fill.width == 1, "a frame is filled with one-column cells")
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    /// The whole frame as a rectangle at the origin.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at column `x`, row `y` (both must be inside the frame).
    public subscript(x: Int, y: Int) -> Cell {
        cells[index(x, y)]
    }

    /// Row `y` as plain text, one character per column (wide characters once): for snapshot tests.
    public func row(_ y: Int) -> String {
        cells[index(0, y)..<index(0, y) + width].reduce(into: "") { $0 += $1.text }
    }

    /// All rows as plain text, top to bottom.
    public var lines: [String] { (0..<height).map(row) }

    // MARK: Writing

    /// Writes `text` from column `x` of row `y`, by display width, clipped to the frame and to `maxWidth` columns.
    ///
    /// ```swift
    /// frame.put("Gödel 量子", x: 2, y: 1, style: heading, maxWidth: 8)  // "Gödel 量", returns 10
    /// ```
    /// The text is made terminal-safe first (`TerminalSafeText`). Combining marks join the cell
    /// before them; other zero-width characters are dropped. A wide character that would
    /// straddle the right limit becomes a space.
    /// - Returns: the column after the last one written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0 && y < height else { return x }
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        var column = x
        var lastCell: Int? = nil
        for scalar in TerminalSafeText.sanitize(text).unicodeScalars {
            let scalarWidth = DisplayWidth.of(scalar)
            if scalarWidth == 0 {
                if let at = lastCell, Self.isCombiningMark(scalar) { appendMark(scalar, x: at, y: y) }
                continue
            }
            if column + scalarWidth > limit {
                if column >= 0 && column < limit { place(.blank(style), x: column, y: y); column += 1 }
                break
            }
            if column >= 0 {
                place(Cell(String(scalar), style: style), x: column, y: y)
                lastCell = column
            } else if column + scalarWidth > 0 {
                place(.blank(style), x: 0, y: y)  // a wide character cut by the left edge
            }
            column += scalarWidth
        }
        return column
    }

    /// Fills the part of `rect` inside the frame with `cell` (one column wide).
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank()) {
        precondition(cell.width == 1, "fill takes a one-column cell")
        let area = rect.intersection(bounds)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { place(cell, x: x, y: y) }
        }
    }

    /// Stores `cell` as is, without repairing neighbours: for replaying a `FrameDiff`.
    mutating func overwrite(_ cell: Cell, x: Int, y: Int) {
        cells[index(x, y)] = cell
    }

    // MARK: Wide characters

    /// Writes a one- or two-column cell, blanking the other half of any wide character it cuts.
    private mutating func place(_ cell: Cell, x: Int, y: Int) {
        let span = max(1, cell.width)
        let first = index(x, y), last = first + span - 1
        if cells[first].isContinuation && x > 0 { cells[first - 1] = .blank(cells[first - 1].style) }
        if cells[last].width == 2 && x + span < width { cells[last + 1] = .blank(cells[last + 1].style) }
        cells[first] = cell
        if span == 2 { cells[last] = .continuation(of: cell.style) }
    }

    private mutating func appendMark(_ mark: Unicode.Scalar, x: Int, y: Int) {
        let cell = cells[index(x, y)]
        guard cell.text.unicodeScalars.count <= Cell.maxCombiningMarks else { return }
        var text = cell.text
        text.unicodeScalars.append(mark)
        cells[index(x, y)] = Cell(text, style: cell.style)
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private func index(_ x: Int, _ y: Int) -> Int {
        precondition(x >= 0 && x < width && y >= 0 && y < height, "cell (\(x), \(y)) outside \(width)×\(height)")
        return y * width + x
    }
}

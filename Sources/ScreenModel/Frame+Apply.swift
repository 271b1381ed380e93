extension Frame {
    /// Replays `diff` onto this frame, as a terminal would paint it.
    ///
    /// ```swift
    /// var screen = old
    /// screen.apply(FrameDiff(from: old, to: new))  // screen == new
    /// ```
    public mutating func apply(_ diff: FrameDiff) {
        if diff.width != width || diff.height != height {
            self = Frame(width: diff.width, height: diff.height)
        }
        for run in diff.runs {
            for (offset, cell) in run.cells.enumerated() { overwrite(cell, x: run.x + offset, y: run.row) }
        }
    }
}

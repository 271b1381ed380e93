/// The cells that changed between two frames, as runs of adjacent cells per row.
///
/// ```swift
/// let diff = FrameDiff(from: lastFrame, to: frame)
/// for run in diff.runs { paint(run.cells, row: run.row, column: run.x) }
/// ```
/// Without a previous frame, or when the size changed, every row is one run (`isFullRepaint`).
/// A run never splits a wide character: it includes both its cell and its continuation.
public struct FrameDiff: Equatable, Sendable {
    /// Adjacent changed cells of one row, starting at column `x`.
    public struct Run: Equatable, Sendable {
        public let row: Int
        public let x: Int
        public let cells: [Cell]
    }

    public let width: Int
    public let height: Int
    public let runs: [Run]
    public let isFullRepaint: Bool

    /// The changes that turn `previous` into `next`.
    public init(from previous: Frame?, to next: Frame) {
        width = next.width
        height = next.height
        guard let previous, previous.width == next.width, previous.height == next.height else {
            isFullRepaint = true
            runs = (0..<next.height).map { y in Run(row: y, x: 0, cells: (0..<next.width).map { next[$0, y] }) }
            return
        }
        isFullRepaint = false
        runs = (0..<next.height).flatMap { Self.changedRuns(row: $0, previous, next) }
    }

    /// How many cells the runs hold, continuation cells included.
    public var cellCount: Int { runs.reduce(0) { $0 + $1.cells.count } }

    private static func changedRuns(row y: Int, _ previous: Frame, _ next: Frame) -> [Run] {
        var runs: [Run] = []
        var x = 0
        while x < next.width {
            guard previous[x, y] != next[x, y] else { x += 1; continue }
            let start = next[x, y].isContinuation && x > 0 ? x - 1 : x
            var end = x + 1
            while end < next.width && previous[end, y] != next[end, y] { end += 1 }
            if next[end - 1, y].width == 2 && end < next.width { end += 1 }
            runs.append(Run(row: y, x: start, cells: (start..<end).map { next[$0, y] }))
            x = end
        }
        return runs
    }
}

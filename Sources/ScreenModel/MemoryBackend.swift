/// A terminal in memory for tests: paints frames into `screen` and plays back scripted events.
///
/// ```swift
/// let backend = MemoryBackend(width: 80, height: 24, events: [.key(.char("j"))])
/// backend.draw(frame)
/// backend.screen.row(0)          // what the user would see
/// backend.cellsWrittenPerDraw    // [1920] for the first, full draw
/// ```
public final class MemoryBackend: TerminalBackend {
    public private(set) var size: TerminalSize
    /// What the terminal shows after the draws so far.
    public private(set) var screen: Frame
    /// Events `readEvent` hands out, first to last.
    public var events: [InputEvent]
    /// Cells painted by each `draw`, in order.
    public private(set) var cellsWrittenPerDraw: [Int] = []
    public private(set) var isSuspended = false
    public private(set) var jobControlStops = 0
    public private(set) var isShutDown = false
    private var lastFrame: Frame?

    public init(width: Int, height: Int, events: [InputEvent] = []) {
        size = TerminalSize(width: width, height: height)
        screen = Frame(width: width, height: height)
        self.events = events
    }

    /// Changes the size as a window resize would, queueing the `.resize` event.
    public func resize(width: Int, height: Int) {
        size = TerminalSize(width: width, height: height)
        events.append(.resize(width: width, height: height))
    }

    public func draw(_ frame: Frame) {
        let diff = FrameDiff(from: lastFrame, to: frame)
        screen.apply(diff)
        cellsWrittenPerDraw.append(diff.cellCount)
        lastFrame = frame
    }

    public func readEvent(timeoutMs: Int) -> InputEvent? {
        events.isEmpty ? nil : events.removeFirst()
    }

    public func forceRepaint() {
        lastFrame = nil
    }

    public func suspend() {
        isSuspended = true
    }

    public func resume() {
        isSuspended = false
        lastFrame = nil
    }

    public func stopForJobControl() {
        jobControlStops += 1
        lastFrame = nil
    }

    public func shutdown() {
        isShutDown = true
    }
}

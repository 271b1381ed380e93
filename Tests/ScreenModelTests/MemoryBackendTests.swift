import XCTest
import ScreenModel

/// `MemoryBackend`: painting by difference, scripted events, resize and repaint bookkeeping.
final class MemoryBackendTests: XCTestCase {
    func testDrawPaintsOnlyChangedCells() {
        let backend = MemoryBackend(width: 10, height: 2)
        var frame = Frame(width: 10, height: 2)
        frame.put("hello", x: 0, y: 0)
        backend.draw(frame)
        frame.put("j", x: 0, y: 1)
        backend.draw(frame)
        backend.draw(frame)
        XCTAssertEqual(backend.cellsWrittenPerDraw, [20, 1, 0])
        XCTAssertEqual(backend.screen.lines, ["hello     ", "j         "])
    }

    func testForceRepaintAndResumePaintEverythingAgain() {
        let backend = MemoryBackend(width: 4, height: 1)
        let frame = Frame(width: 4, height: 1)
        backend.draw(frame)
        backend.forceRepaint()
        backend.draw(frame)
        backend.suspend()
        XCTAssertTrue(backend.isSuspended)
        backend.resume()
        backend.draw(frame)
        XCTAssertEqual(backend.cellsWrittenPerDraw, [4, 4, 4])
    }

    func testEventsComeOutInOrderThenNil() {
        let backend = MemoryBackend(width: 4, height: 1, events: [.key(.char("j")), .key(.ctrl("c"))])
        backend.resize(width: 6, height: 2)
        XCTAssertEqual(backend.readEvent(timeoutMs: 0), .key(.char("j")))
        XCTAssertEqual(backend.readEvent(timeoutMs: 0), .key(.ctrl("c")))
        XCTAssertEqual(backend.readEvent(timeoutMs: 0), .resize(width: 6, height: 2))
        XCTAssertNil(backend.readEvent(timeoutMs: 10))
        XCTAssertEqual(backend.size, TerminalSize(width: 6, height: 2))
    }

    func testDrawAfterResizeRepaintsAtNewSize() {
        let backend = MemoryBackend(width: 4, height: 1)
        backend.draw(Frame(width: 4, height: 1))
        backend.resize(width: 6, height: 2)
        var frame = Frame(width: 6, height: 2)
        frame.put("量", x: 4, y: 1)
        backend.draw(frame)
        XCTAssertEqual(backend.cellsWrittenPerDraw, [4, 12])
        XCTAssertEqual(backend.screen, frame)
    }
}

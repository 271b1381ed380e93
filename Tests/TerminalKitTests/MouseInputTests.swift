#if canImport(Glibc)
import Glibc
#endif
import ScreenModel
@testable import TerminalKit
import XCTest

/// Mouse reports as a terminal sends them (xterm's SGR form, `ESC [ < b ; x ; y M|m`), fed to the
/// real ncurses backend through a pipe: a press and its release in one read are both delivered.
final class MouseInputTests: XCTestCase {
    private func events(after bytes: String, count: Int) throws -> [InputEvent] {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        guard let input = fdopen(fds[0], "r"), let output = fopen("/dev/null", "w") else { throw XCTSkip("no streams") }
        let backend = try NcursesBackend(input: input, output: output, owned: nil, term: "xterm-256color", mouse: true)
        defer { backend.shutdown(); fclose(input); fclose(output) }
        // Written at once and before the first read, as one SSH packet arrives.
        let written = bytes.utf8.withContiguousStorageIfAvailable { write(fds[1], $0.baseAddress, $0.count) }
        XCTAssertEqual(written, bytes.utf8.count)
        close(fds[1])
        return (0..<count).compactMap { _ in backend.readEvent(timeoutMs: 200) }
    }

    func testAPressAndItsReleaseInOneReadAreBothDelivered() throws {
        // Given a left click at column 11, row 6 (1-based), press and release in one write
        let got = try events(after: "\u{1B}[<0;11;6M\u{1B}[<0;11;6m", count: 2)
        // Then the press comes first, then the release, at cell (10, 5)
        XCTAssertEqual(got, [.mouse(MouseEvent(x: 10, y: 5, action: .press(.left))),
                             .mouse(MouseEvent(x: 10, y: 5, action: .release(.left)))])
    }

    func testTwoClicksAndAKeyInOneReadKeepTheirOrder() throws {
        let got = try events(after: "\u{1B}[<0;3;2M\u{1B}[<0;3;2m\u{1B}[<0;7;4M\u{1B}[<0;7;4mj", count: 5)
        XCTAssertEqual(got, [
            .mouse(MouseEvent(x: 2, y: 1, action: .press(.left))), .mouse(MouseEvent(x: 2, y: 1, action: .release(.left))),
            .mouse(MouseEvent(x: 6, y: 3, action: .press(.left))), .mouse(MouseEvent(x: 6, y: 3, action: .release(.left))),
            .key(.char("j")),
        ])
    }

    func testAWheelTurnAloneIsOneEvent() throws {
        let got = try events(after: "\u{1B}[<65;5;5M", count: 1)
        XCTAssertEqual(got, [.mouse(MouseEvent(x: 4, y: 4, action: .wheelDown))])
    }
}

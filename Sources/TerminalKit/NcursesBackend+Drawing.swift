import CNcursesw
import ScreenModel

extension NcursesBackend {
    /// Writes the cells that changed since the last frame into curses' screen and updates the terminal.
    ///
    /// Each cell is placed with `mvwadd_wchnstr`, which neither moves the cursor nor wraps, so
    /// writing the bottom-right cell never scrolls. The screen is never erased between frames.
    public func draw(_ frame: Frame) {
        let diff = FrameDiff(from: lastFrame, to: frame)
        for run in diff.runs { paint(run) }
        lastFrame = frame
        wnoutrefresh(window)
        doupdate()
    }

    private func paint(_ run: FrameDiff.Run) {
        for (offset, cell) in run.cells.enumerated() where !(cell.isContinuation && isUTF8) {
            var character = characterCell(cell)
            mvwadd_wchnstr(window, Int32(run.row), Int32(run.x + offset), &character, 1)
        }
    }

    /// The curses cell for `cell`: its characters, attributes and colour pair.
    private func characterCell(_ cell: Cell) -> cchar_t {
        let (attributes, pair) = styles.resolve(cell.style)
        var character = cchar_t()
        var text = glyph(cell) + [0]
        if setcchar(&character, &text, attributes, pair, nil) != OK {
            var base: [wchar_t] = [text[0], 0]  // marks glibc does not see as combining
            setcchar(&character, &base, attributes, pair, nil)
        }
        return character
    }

    /// The wide characters to draw for `cell`: ASCII outside UTF-8, and a stand-in of the
    /// same width when curses (glibc's `wcwidth`) disagrees with `DisplayWidth` about the width.
    private func glyph(_ cell: Cell) -> [wchar_t] {
        guard isUTF8 else { return [wchar_t(AsciiFallback.character(for: cell.text).asciiValue ?? 63)] }
        let scalars = cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        guard let base = scalars.first, shim_wcwidth(base) == Int32(cell.width) else {
            return [cell.width == 2 ? 0xFF1F : 0x3F]  // "？" or "?"
        }
        return scalars
    }
}

import CellText

/// Sanitizes untrusted text and lays it out, checking what the terminal relies on: nothing that
/// steers a terminal survives sanitizing, and truncated, padded and wrapped text fits its width.
/// The first byte picks the width.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let width = Int(data[0] % 100)
    let raw = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    let keepNewlines = data[0] >= 128
    let safe = TerminalSafeText.sanitize(raw, keepNewlines: keepNewlines)
    if let bad = safe.unicodeScalars.first(where: { steersTerminal($0, keepNewlines: keepNewlines) }) {
        fatalError("sanitize kept U+\(String(bad.value, radix: 16)) of \(raw.debugDescription)")
    }
    let truncated = TextLayout.truncate(safe, width: width)
    precondition(DisplayWidth.of(truncated) <= width, "truncate overflows \(width) cells")
    precondition(width == 0 || DisplayWidth.of(TextLayout.pad(safe, width: width)) == width, "pad misses \(width) cells")
    // A scalar two cells wide gets a line of its own even when only one cell fits.
    for line in TextLayout.wrap(safe, width: width) where DisplayWidth.of(line) > max(width, 2) {
        fatalError("wrap made a line of \(DisplayWidth.of(line)) cells for width \(width)")
    }
    return 0
}

/// Controls, bidirectional overrides and isolates, and presentation selectors: what sanitizing removes.
func steersTerminal(_ scalar: Unicode.Scalar, keepNewlines: Bool) -> Bool {
    switch scalar.value {
    case 0x0A: return !keepNewlines
    case 0x00..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C,
         0xFE0E, 0xFE0F, 0xFEFF: return true
    default: return false
    }
}

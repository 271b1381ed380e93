/// Neutralizes untrusted text before it reaches a terminal.
///
/// ```swift
/// TerminalSafeText.sanitize("evil\u{1B}]0;title\u{07}name\u{202E}")  // "evilname"
/// ```
/// Removes C0 and C1 controls, whole ESC/CSI/OSC/DCS sequences (7- and 8-bit), bidirectional
/// overrides and isolates, and emoji presentation selectors (terminals disagree on their width).
/// Tabs and line breaks become spaces, unless `keepNewlines` is set.
public enum TerminalSafeText {
    public static func sanitize(_ text: String, keepNewlines: Bool = false) -> String {
        if isPlain(text) { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? scalars.next() {
            pending = nil
            switch scalar.value {
            case 0x1B:
                pending = skipEscapeSequence(&scalars)
            case 0x9B:
                pending = skipControlSequence(&scalars)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                pending = skipString(&scalars)
            case 0x0A, 0x0D, 0x2028, 0x2029:
                out.append(keepNewlines && scalar.value != 0x0D ? "\n" : " ")
            case 0x09:
                out.append(" ")
            case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C,
                 0xFE0E, 0xFE0F, 0xFEFF:
                continue
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Fast path: printable ASCII and ordinary non-ASCII text needs no work.
    private static func isPlain(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x20 || (v >= 0x7F && v <= 0x9F) { return false }
            if v >= 0x200E && (v <= 0x200F || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                || v == 0x2028 || v == 0x2029 || v == 0xFE0E || v == 0xFE0F || v == 0xFEFF) { return false }
            if v == 0x061C { return false }
        }
        return true
    }

    // MARK: Escape sequences
    // Each skipper consumes a sequence and returns the first scalar after it that it had to read, if any.

    private static func skipEscapeSequence(_ it: inout String.UnicodeScalarView.Iterator) -> Unicode.Scalar? {
        guard let next = it.next() else { return nil }
        switch next {
        case "[": return skipControlSequence(&it)
        case "]", "P", "X", "^", "_": return skipString(&it)
        default:
            // ESC + intermediates (0x20–0x2F) + final: e.g. ESC ( B, ESC 7.
            var current: Unicode.Scalar? = next
            while let c = current, (0x20...0x2F).contains(c.value) { current = it.next() }
            return nil
        }
    }

    /// CSI: parameter and intermediate bytes, then one final byte 0x40–0x7E.
    private static func skipControlSequence(_ it: inout String.UnicodeScalarView.Iterator) -> Unicode.Scalar? {
        while let c = it.next() {
            if (0x40...0x7E).contains(c.value) { return nil }
            if !(0x20...0x3F).contains(c.value) { return c } // malformed: resume at the stray scalar
        }
        return nil
    }

    /// OSC/DCS/SOS/PM/APC: runs until BEL, ST (ESC \) or 8-bit ST.
    private static func skipString(_ it: inout String.UnicodeScalarView.Iterator) -> Unicode.Scalar? {
        while let c = it.next() {
            switch c.value {
            case 0x07, 0x9C: return nil
            case 0x1B:
                guard let after = it.next() else { return nil }
                return after == "\\" ? nil : after
            default: continue
            }
        }
        return nil
    }
}

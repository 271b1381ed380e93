import CellText
import TalkArchive

/// Archive text made fit for an export: what a calendar, a bibliography or a schedule app shows.
///
/// ```swift
/// ExportText.line("Evil\u{202E}\u{1B}[31m title\n  here")   // "Evil title here"
/// ExportText.paragraphs("One.\r\nTwo.")                     // "One.\nTwo."
/// ```
/// The archive holds other people's text: control characters, escape sequences and bidirectional
/// overrides (U+202E reverses what follows it in a calendar app too) are removed, with the same
/// rules as for the terminal (`TerminalSafeText`). Each format then escapes what it must.
enum ExportText {
    /// One line: line breaks and tabs become spaces, runs of white space one space, ends trimmed.
    static func line(_ text: String) -> String {
        if isPlainLine(text) { return text }
        return TerminalSafeText.sanitize(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Fast path: printable ASCII, single-spaced, trimmed (most titles and names) needs no work.
    private static func isPlainLine(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            if byte < 0x20 || byte >= 0x7F || (byte == 0x20 && previous == 0x20) { return false }
            previous = byte
        }
        return previous != 0x20
    }

    /// Paragraphs: like `line` within each line, line breaks kept (CR LF and CR become LF), no
    /// blank lines at the ends.
    static func paragraphs(_ text: String) -> String {
        // Split by bytes, not Foundation's string search: every abstract of an import goes through here.
        let bytes = Array(text.utf8)
        var lines: [String] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(line(String(decoding: bytes[start..<index], as: UTF8.self)))
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                start = index + 1
            }
            index += 1
        }
        lines.append(line(String(decoding: bytes[start...], as: UTF8.self)))
        return lines.drop(while: \.isEmpty).reversed().drop(while: \.isEmpty).reversed().joined(separator: "\n")
    }

    /// `text` as a line, or nil when nothing is left of it.
    static func nonEmptyLine(_ text: String?) -> String? {
        guard let text else { return nil }
        let cleaned = line(text)
        return cleaned.isEmpty ? nil : cleaned
    }

    /// `text` with each scalar `replacements` names replaced by its text ("" drops it): the
    /// escaping of every format, each with its own table.
    static func replacing(_ text: String, _ replacements: [Unicode.Scalar: String]) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let replacement = replacements[scalar] { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// A link fit for a URL field of any format: an `http(s)` URL (`HTTPURL`) made only of the
    /// characters RFC 3986 allows in a URI, so no format has to escape it; nil for anything else.
    static func url(_ text: String) -> String? {
        guard text.unicodeScalars.allSatisfy({ uriCharacters.contains($0) }), (try? HTTPURL(text)) != nil else { return nil }
        return text
    }

    private static let uriCharacters = Set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%".unicodeScalars)
}

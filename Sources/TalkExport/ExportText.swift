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
        TerminalSafeText.sanitize(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Paragraphs: like `line` within each line, line breaks kept (CR LF and CR become LF), no
    /// blank lines at the ends.
    static func paragraphs(_ text: String) -> String {
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let lines = TerminalSafeText.sanitize(unified, keepNewlines: true)
            .split(separator: "\n", omittingEmptySubsequences: false).map { line(String($0)) }
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
        guard (try? HTTPURL(text)) != nil,
              text.unicodeScalars.allSatisfy({ uriCharacters.contains($0) }) else { return nil }
        return text
    }

    private static let uriCharacters = Set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%".unicodeScalars)
}

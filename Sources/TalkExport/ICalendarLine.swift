/// iCalendar content lines (RFC 5545 §3.1): TEXT escaping, and folding at 75 octets.
///
/// ```swift
/// ICalendarLine.text("a, b; c\\d\ne")          // "a\\, b\\; c\\\\d\\ne"
/// ICalendarLine.fold("SUMMARY:" + long)       // "SUMMARY:…(75 octets)\r\n …\r\n"
/// ```
/// Written here: no iCalendar library for Swift is among the packages this project can use, and
/// the two rules fit in a screen.
enum ICalendarLine {
    /// The longest line in octets, CR LF not counted (§3.1).
    static let maxOctets = 75

    /// A TEXT value (§3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`.
    static func text(_ value: String) -> String {
        ExportText.replacing(value, ["\\": "\\\\", ";": "\\;", ",": "\\,", "\n": "\\n"])
    }

    /// `line` ended by CR LF and folded: after at most 75 octets, CR LF and one space, which
    /// counts in the next line's 75. A UTF-8 sequence is never split: folds fall between scalars.
    static func fold(_ line: String) -> String {
        var out = ""
        out.reserveCapacity(line.utf8.count + line.utf8.count / 70 * 3 + 2)
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octets + width > maxOctets {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(scalar)
            octets += width
        }
        return out + "\r\n"
    }
}

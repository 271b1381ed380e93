import Foundation

/// A page's text split into numbered lines, decoded leniently so one bad byte never loses a page.
public struct PageText: Sendable {
    public struct Line: Sendable {
        public let number: Int
        public let text: String
    }

    public let file: String
    public let lines: [Line]
    /// Problems met while decoding (invalid UTF-8, NUL bytes), already reported as diagnostics.
    public let decodingProblems: [Diagnostic]

    /// Whether the bytes look like a binary file rather than a saved page.
    public let looksBinary: Bool

    public init(file: String, data: Data) {
        self.file = file
        var problems: [Diagnostic] = []
        let nulCount = data.prefix(65_536).reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        looksBinary = nulCount > 0
        var text = String(decoding: data, as: UTF8.self)
        if String(data: data, encoding: .utf8) == nil {
            let line = PageText.firstInvalidLine(in: data)
            problems.append(Diagnostic(.warning, .invalidText, at: SourceRef(file: file, line: line),
                                       "invalid UTF-8: undecodable bytes shown as \u{FFFD}; re-save the page as UTF-8"))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        text = Highlight.stripMarkers(text)
        // "\r\n" is one Character in Swift: split on scalars so CRLF pages break into lines too.
        let rawLines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        lines = rawLines.enumerated().map { index, raw in
            var line = String(String.UnicodeScalarView(raw))
            if line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
            return Line(number: index + 1, text: line)
        }
        decodingProblems = problems
    }

    public init(file: String, text: String) {
        self.init(file: file, data: Data(text.utf8))
    }

    public func ref(_ line: Line) -> SourceRef { SourceRef(file: file, line: line.number) }
    public func ref(_ number: Int) -> SourceRef { SourceRef(file: file, line: number) }

    /// Non-blank lines, trimmed.
    public var contentLines: [Line] {
        lines.compactMap { line in
            let trimmed = line.text.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : Line(number: line.number, text: trimmed)
        }
    }

    private static func firstInvalidLine(in data: Data) -> Int {
        var line = 1
        var start = data.startIndex
        for index in data.indices where data[index] == 0x0A {
            if String(data: data[start..<index], encoding: .utf8) == nil { return line }
            line += 1
            start = data.index(after: index)
        }
        return line
    }
}

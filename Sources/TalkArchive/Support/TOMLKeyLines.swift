/// The line on which each key of a TOML document is defined.
///
/// ```swift
/// let lines = TOMLKeyLines("opener = \"x\"\n\n[download]\nmax_bytes = 5\n")
/// lines.line(of: ["download", "max_bytes"])  // 4
/// lines.line(of: ["download"])               // 3
/// ```
/// TOMLKit gives values without positions; this scan of a document TOMLKit has already accepted
/// finds them, so errors about a key's value can name its line. It follows table headers
/// (`[a.b]`, `[[a]]`), dotted and quoted keys, and skips the inside of multi-line strings. A key
/// defined inside an inline table is reported at the line of the key holding the table.
public struct TOMLKeyLines {
    private var lines: [[String]: Int] = [:]

    public init(_ text: String) {
        var table: [String] = []
        var openString: String?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if let delimiter = openString {
                if line.contains(delimiter) { openString = nil }
                continue
            }
            if line.hasPrefix("[") {
                let inner = line.drop { $0 == "[" }
                table = Self.keyPath(inner.prefix { $0 != "]" })
                record(table, index + 1)
            } else if let equals = Self.assignment(in: line) {
                record(table + Self.keyPath(line[..<equals]), index + 1)
                openString = Self.unclosedMultilineString(line[line.index(after: equals)...])
            }
        }
    }

    /// The line defining `path`, else that of its nearest enclosing key or table, else 1.
    public func line(of path: [String]) -> Int {
        var path = path
        while !path.isEmpty {
            if let line = lines[path] { return line }
            path.removeLast()
        }
        return 1
    }

    private mutating func record(_ path: [String], _ line: Int) {
        if lines[path] == nil { lines[path] = line }
    }

    /// The `=` ending the key of a `key = value` line, outside quotes.
    private static func assignment(in line: Substring) -> Substring.Index? {
        var quote: Character?
        for index in line.indices {
            let c = line[index]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "=" {
                return index
            } else if c == "#" {
                return nil
            }
        }
        return nil
    }

    /// `a."b.c".d` → ["a", "b.c", "d"].
    static func keyPath(_ text: Substring) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for c in text {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "." {
                parts.append(current)
                current = ""
            } else if c != " " && c != "\t" {
                current.append(c)
            }
        }
        parts.append(current)
        return parts
    }

    /// The delimiter of a multi-line string the value opens and does not close on its line.
    private static func unclosedMultilineString(_ value: Substring) -> String? {
        let value = value.drop { $0 == " " || $0 == "\t" }
        for delimiter in ["\"\"\"", "'''"] where value.hasPrefix(delimiter) {
            return value.dropFirst(3).contains(delimiter) ? nil : delimiter
        }
        return nil
    }
}

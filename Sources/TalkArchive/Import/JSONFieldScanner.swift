import Foundation

/// Reads the top-level string fields of one JSON object, and of its two arrays the snapshot's
/// `versions[0].created` and `authors_parsed`, skipping every other value without building it: a
/// snapshot line is a 1–2 KB object of which `talks` needs a few strings, and Foundation's
/// decoder spent more time on each line than SQLite did indexing it.
///
/// ```swift
/// let fields = try JSONFieldScanner.strings(in: Array(#"{"id": "1806.07572", "versions": [{"created": "Mon, 2 Apr 2007 19:18:42 GMT"}], "x": [1]}"#.utf8))
/// fields.strings["id"]             // "1806.07572"
/// fields.firstVersionCreated       // "Mon, 2 Apr 2007 19:18:42 GMT"
/// fields.otherTypes                // ["x"]
/// ```
/// The whole line is checked as JSON (nesting, escapes, literals, numbers' characters, nothing
/// after the object, UTF-8); duplicate keys keep the last value, as JSONDecoder does.
enum JSONFieldScanner {
    struct Fields {
        var strings: [String: String] = [:]
        /// Keys whose value is null.
        var nulls: Set<String> = []
        /// Keys whose value is a number, boolean, array or object (other than the arrays read),
        /// and the arrays read when they are strings.
        var otherTypes: Set<String> = []
        /// `versions[0].created`: the first version's submission time, as written.
        var firstVersionCreated: String?
        /// `authors_parsed`: per author its strings (last, first, suffix and perhaps affiliation).
        var authorsParsed: [[String]]?
        /// The arrays read (`versions`, `authors_parsed`) that are arrays but not of the
        /// snapshot's shape: an entry of another type, a name of more than four strings.
        var misshapen: Set<String> = []

        /// Forgets what an earlier occurrence of `key` said (the last one counts).
        mutating func forget(_ key: String) {
            // The sets are looked at only when not empty: most lines repeat no key.
            if !nulls.isEmpty { nulls.remove(key) }
            if !otherTypes.isEmpty { otherTypes.remove(key) }
            if !misshapen.isEmpty { misshapen.remove(key) }
            if key == JSONFieldScanner.versions { firstVersionCreated = nil }
            if key == JSONFieldScanner.authorsParsed { authorsParsed = nil }
        }
    }

    static let versions = "versions"
    static let authorsParsed = "authors_parsed"
    /// More names than any paper has (the largest author lists have about 5,000).
    static let maxNames = 20_000
    /// More strings than a name of `authors_parsed` has: last, first, suffix, affiliation.
    static let maxNameParts = 4

    struct Malformed: Error {
        var offset: Int
        var reason = "not valid JSON"
    }

    static func strings(in bytes: [UInt8]) throws(Malformed) -> Fields {
        try bytes.withUnsafeBufferPointer { buffer throws(Malformed) in
            var cursor = Cursor(bytes: buffer)
            let fields = try cursor.object()
            cursor.skipSpace()
            guard cursor.atEnd else { throw Malformed(offset: cursor.position) }
            return fields
        }
    }

    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        /// Nesting deeper than this is not a snapshot line, and must not exhaust the stack.
        static let maxDepth = 64

        var atEnd: Bool { position >= bytes.count }
        var current: UInt8? { position < bytes.count ? bytes[position] : nil }

        mutating func skipSpace() {
            while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { position += 1 }
        }

        mutating func expect(_ byte: UInt8) throws(Malformed) {
            guard current == byte else { throw Malformed(offset: position) }
            position += 1
        }

        mutating func object() throws(Malformed) -> Fields {
            var fields = Fields()
            skipSpace()
            try expect(UInt8(ascii: "{"))
            skipSpace()
            if current == UInt8(ascii: "}") { position += 1; return fields }
            while true {
                skipSpace()
                let key = try string()
                skipSpace()
                try expect(UInt8(ascii: ":"))
                skipSpace()
                // A repeated key keeps its last value.
                fields.forget(key)
                switch current {
                case UInt8(ascii: "\"") where key == JSONFieldScanner.versions || key == JSONFieldScanner.authorsParsed:
                    _ = try string(keeping: false)
                    fields.strings[key] = nil
                    fields.otherTypes.insert(key)
                case UInt8(ascii: "\""): fields.strings[key] = try string()
                case UInt8(ascii: "n"): fields.strings[key] = nil; try literal("null"); fields.nulls.insert(key)
                case UInt8(ascii: "[") where key == JSONFieldScanner.versions:
                    fields.strings[key] = nil
                    try versions(into: &fields)
                case UInt8(ascii: "[") where key == JSONFieldScanner.authorsParsed:
                    fields.strings[key] = nil
                    try nameLists(into: &fields)
                default: fields.strings[key] = nil; try skipValue(depth: 1); fields.otherTypes.insert(key)
                }
                skipSpace()
                if current == UInt8(ascii: ",") { position += 1; continue }
                try expect(UInt8(ascii: "}"))
                return fields
            }
        }

        // MARK: The snapshot's arrays

        /// `[{"version": "v1", "created": "Mon, 2 Apr 2007 19:18:42 GMT"}, …]`: the first entry's
        /// `created`; the others are checked and skipped.
        mutating func versions(into fields: inout Fields) throws(Malformed) {
            var first = true
            var shaped = true
            try elements(depth: 1) { cursor throws(Malformed) in
                if first, cursor.current == UInt8(ascii: "{") {
                    fields.firstVersionCreated = try cursor.createdField(depth: 2)
                    shaped = fields.firstVersionCreated != nil
                } else {
                    shaped = shaped && !first
                    try cursor.skipValue(depth: 2)
                }
                first = false
            }
            if !shaped { fields.misshapen.insert(JSONFieldScanner.versions) }
        }

        /// The string `created` of an object, or nil when it has none; the other keys are skipped.
        mutating func createdField(depth: Int) throws(Malformed) -> String? {
            guard depth <= Cursor.maxDepth else { throw Malformed(offset: position) }
            position += 1
            skipSpace()
            if current == UInt8(ascii: "}") { position += 1; return nil }
            var created: String?
            while true {
                skipSpace()
                let key = try string()
                skipSpace()
                try expect(UInt8(ascii: ":"))
                skipSpace()
                if key == "created", current == UInt8(ascii: "\"") {
                    created = try string()
                } else {
                    if key == "created" { created = nil }
                    try skipValue(depth: depth + 1)
                }
                skipSpace()
                if current == UInt8(ascii: ",") { position += 1; continue }
                try expect(UInt8(ascii: "}"))
                return created
            }
        }

        /// `[["Bal\u00e1zs", "C.", ""], …]`: every entry an array of one to four strings, or
        /// `misshapen` (checked to the end all the same). More than `maxNames` is not a paper.
        mutating func nameLists(into fields: inout Fields) throws(Malformed) {
            let start = position
            var lists: [[String]] = []
            var shaped = true
            try elements(depth: 1) { cursor throws(Malformed) in
                guard shaped, cursor.current == UInt8(ascii: "[") else {
                    shaped = false
                    try cursor.skipValue(depth: 2)
                    return
                }
                guard let parts = try cursor.stringList(depth: 2) else { shaped = false; return }
                guard lists.count < JSONFieldScanner.maxNames else {
                    throw Malformed(offset: start, reason: "more than \(JSONFieldScanner.maxNames) names in “authors_parsed”")
                }
                lists.append(parts)
            }
            if shaped { fields.authorsParsed = lists } else { fields.misshapen.insert(JSONFieldScanner.authorsParsed) }
        }

        /// An array of one to `maxNameParts` strings, or nil (having checked and skipped it) for any other.
        mutating func stringList(depth: Int) throws(Malformed) -> [String]? {
            var parts: [String] = []
            var shaped = true
            try elements(depth: depth) { cursor throws(Malformed) in
                if shaped, parts.count < JSONFieldScanner.maxNameParts, cursor.current == UInt8(ascii: "\"") {
                    parts.append(try cursor.string())
                } else {
                    shaped = false
                    try cursor.skipValue(depth: depth + 1)
                }
            }
            return shaped && !parts.isEmpty ? parts : nil
        }

        /// Calls `body` at each element of the array at `position` (which reads or skips it), then
        /// reads the closing bracket.
        mutating func elements(depth: Int, _ body: (inout Cursor) throws(Malformed) -> Void) throws(Malformed) {
            guard depth <= Cursor.maxDepth else { throw Malformed(offset: position) }
            try expect(UInt8(ascii: "["))
            skipSpace()
            if current == UInt8(ascii: "]") { position += 1; return }
            while true {
                skipSpace()
                try body(&self)
                skipSpace()
                if current == UInt8(ascii: ",") { position += 1; continue }
                try expect(UInt8(ascii: "]"))
                return
            }
        }

        // MARK: Values

        mutating func literal(_ word: StaticString) throws(Malformed) {
            let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            for byte in expected { try expect(byte) }
        }

        /// Skips a value of any type (checking it), used for the fields `talks` does not read.
        mutating func skipValue(depth: Int) throws(Malformed) {
            guard depth <= Cursor.maxDepth else { throw Malformed(offset: position) }
            switch current {
            case UInt8(ascii: "\""): _ = try string(keeping: false)
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case UInt8(ascii: "{"), UInt8(ascii: "["): try skipContainer(depth: depth)
            case let byte? where byte == UInt8(ascii: "-") || (0x30...0x39).contains(byte):
                while let byte = current, Cursor.isNumberByte(byte) { position += 1 }
            default: throw Malformed(offset: position)
            }
        }

        /// Digits, sign, point, exponent: the characters of a JSON number.
        static func isNumberByte(_ byte: UInt8) -> Bool {
            switch byte {
            case 0x30...0x39, UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): return true
            default: return false
            }
        }

        mutating func skipContainer(depth: Int) throws(Malformed) {
            let isObject = current == UInt8(ascii: "{")
            let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
            position += 1
            skipSpace()
            if current == close { position += 1; return }
            while true {
                skipSpace()
                if isObject {
                    _ = try string(keeping: false)
                    skipSpace()
                    try expect(UInt8(ascii: ":"))
                    skipSpace()
                }
                try skipValue(depth: depth + 1)
                skipSpace()
                if current == UInt8(ascii: ",") { position += 1; continue }
                try expect(close)
                return
            }
        }

        /// A string value, unescaped; invalid UTF-8 is an error.
        mutating func string(keeping: Bool = true) throws(Malformed) -> String {
            try expect(UInt8(ascii: "\""))
            let start = position
            while let byte = current, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                guard byte >= 0x20 else { throw Malformed(offset: position) }
                position += 1
            }
            guard let stop = current else { throw Malformed(offset: position) }
            if stop == UInt8(ascii: "\"") {
                position += 1
                return try text(UnsafeBufferPointer(rebasing: bytes[start..<position - 1]), keeping: keeping, at: start)
            }
            // Escapes: the rare slow path.
            var unescaped = Array(bytes[start..<position])
            while true {
                // The bytes up to the next escape or quote, at once (abstracts escape every line break).
                let run = position
                while let byte = current, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte >= 0x20 { position += 1 }
                if position > run { unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<position])) }
                guard let byte = current else { throw Malformed(offset: position) }
                position += 1
                switch byte {
                case UInt8(ascii: "\""):
                    guard let string = String(validating: unescaped, as: UTF8.self) else { throw Malformed(offset: start, reason: "invalid UTF-8") }
                    return keeping ? string : ""
                case UInt8(ascii: "\\"):
                    try escape(into: &unescaped)
                case 0..<0x20:
                    throw Malformed(offset: position - 1)
                default:
                    unescaped.append(byte)
                }
            }
        }

        /// The bytes as a string: JSON text is UTF-8, and a line that is not is not trusted.
        func text(_ utf8: UnsafeBufferPointer<UInt8>, keeping: Bool, at offset: Int) throws(Malformed) -> String {
            guard let string = String(validating: utf8, as: UTF8.self) else { throw Malformed(offset: offset, reason: "invalid UTF-8") }
            return keeping ? string : ""
        }

        mutating func escape(into output: inout [UInt8]) throws(Malformed) {
            guard let byte = current else { throw Malformed(offset: position) }
            position += 1
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(byte)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800..<0xDC00).contains(scalar), bytes.count - position >= 6,
                   bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                    let mark = position
                    position += 2
                    let low = try hex4()
                    if (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        position = mark
                    }
                }
                // A lone surrogate is not a character: U+FFFD, as JSONDecoder does.
                output.append(contentsOf: Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8))
            default:
                throw Malformed(offset: position - 1)
            }
        }

        mutating func hex4() throws(Malformed) -> UInt32 {
            guard bytes.count - position >= 4 else { throw Malformed(offset: position) }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[position]
                let digit: UInt8
                switch byte {
                case 0x30...0x39: digit = byte - 0x30
                case 0x41...0x46: digit = byte - 0x41 + 10
                case 0x61...0x66: digit = byte - 0x61 + 10
                default: throw Malformed(offset: position)
                }
                value = value << 4 | UInt32(digit)
                position += 1
            }
            return value
        }
    }
}

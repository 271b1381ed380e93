import Foundation

/// Reads the top-level string fields of one JSON object, skipping every other value without
/// building it: a snapshot line is a 1–2 KB object of which `talks` needs five strings, and
/// Foundation's decoder spent more time on each line than SQLite did indexing it.
///
/// ```swift
/// let fields = try JSONFieldScanner.strings(in: Array(#"{"id": "1806.07572", "versions": [{"v": 1}]}"#.utf8))
/// fields.strings["id"]           // "1806.07572"
/// fields.otherTypes              // ["versions"]
/// ```
/// The whole line is checked as JSON (nesting, escapes, literals, numbers' characters, nothing
/// after the object, UTF-8); duplicate keys keep the last value, as JSONDecoder does.
enum JSONFieldScanner {
    struct Fields {
        var strings: [String: String] = [:]
        /// Keys whose value is null.
        var nulls: Set<String> = []
        /// Keys whose value is a number, boolean, array or object.
        var otherTypes: Set<String> = []
    }

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
                // A repeated key keeps its last value (the sets are looked at only when not empty).
                if !fields.nulls.isEmpty { fields.nulls.remove(key) }
                if !fields.otherTypes.isEmpty { fields.otherTypes.remove(key) }
                switch current {
                case UInt8(ascii: "\""): fields.strings[key] = try string()
                case UInt8(ascii: "n"): fields.strings[key] = nil; try literal("null"); fields.nulls.insert(key)
                default: fields.strings[key] = nil; try skipValue(depth: 1); fields.otherTypes.insert(key)
                }
                skipSpace()
                if current == UInt8(ascii: ",") { position += 1; continue }
                try expect(UInt8(ascii: "}"))
                return fields
            }
        }

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

import Foundation

/// A calendar date without a time, as the pages give it.
///
/// ```swift
/// Day(year: 2026, month: 3, day: 16).iso  // "2026-03-16"
/// Day(iso: "2026-03-16")
/// ```
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid Gregorian date, or nil (31 April, 29 February 2023, month 13 …).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso: String) {
        // By bytes: every row the list shows is dated.
        var digits = (0, 0, 0)
        var utf8 = iso.utf8.makeIterator()
        for position in 0..<10 {
            guard let byte = utf8.next() else { return nil }
            if position == 4 || position == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            let value = Int(byte - UInt8(ascii: "0"))
            switch position {
            case 0..<4: digits.0 = digits.0 * 10 + value
            case 5..<7: digits.1 = digits.1 * 10 + value
            default: digits.2 = digits.2 * 10 + value
            }
        }
        guard utf8.next() == nil else { return nil }
        self.init(year: digits.0, month: digits.1, day: digits.2)
    }

    public var iso: String {
        // Without String(format:): dates are written for every record of an import.
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        }
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }

    public var description: String { iso }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension Day {
    /// English month names and abbreviations, as the pages spell them.
    static func month(named name: Substring) -> Int? {
        let key = name.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        let names = ["january", "february", "march", "april", "may", "june", "july",
                     "august", "september", "october", "november", "december"]
        if let index = names.firstIndex(of: key) { return index + 1 }
        guard key.count >= 3 else { return nil }
        if key == "sept" { return 9 }
        return names.firstIndex { $0.hasPrefix(key) && key.count == 3 }.map { $0 + 1 }
    }
}

extension Day {
    /// The day `date` falls on in `zone`: what "today" is for a reader in that zone.
    public init(_ date: Date, in zone: TimeZone) {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: zone, from: date)
        self = Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(iso: "1970-01-01")!
    }
}

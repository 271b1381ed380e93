import Foundation

/// What an export depends on besides the records.
public struct ExportOptions: Sendable {
    /// When the export is made: iCalendar's DTSTAMP.
    public var now: Date
    /// A reminder before each timed talk (iCalendar only).
    public var alarm: Alarm?

    public init(now: Date, alarm: Alarm? = nil) {
        self.now = now
        self.alarm = alarm
    }
}

/// How long before a talk a reminder goes off: `15m`, `1h`, `2d`.
///
/// ```swift
/// Alarm(parsing: "15m")?.iCalendarTrigger   // "-PT15M"
/// Alarm(parsing: "2d")?.iCalendarTrigger    // "-P2D"
/// Alarm(parsing: "soon")                    // nil
/// ```
public struct Alarm: Hashable, Sendable {
    public enum Unit: Character, Sendable { case minutes = "m", hours = "h", days = "d" }

    public let amount: Int
    public let unit: Unit

    /// The longest reminder: four weeks.
    public static let maxMinutes = 28 * 24 * 60

    /// A number and a unit, `m`, `h` or `d`, from 1 minute to 4 weeks; nil for anything else.
    public init?(parsing text: String) {
        let digits = text.dropLast()
        guard let last = text.last, let unit = Unit(rawValue: last), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let amount = Int(digits), amount > 0 else { return nil }
        let perUnit = [Unit.minutes: 1, .hours: 60, .days: 24 * 60][unit]!
        guard amount <= Alarm.maxMinutes / perUnit else { return nil }
        self.amount = amount
        self.unit = unit
    }

    /// The VALARM trigger, before the start: `-PT15M`, `-PT1H`, `-P2D`.
    var iCalendarTrigger: String {
        switch unit {
        case .minutes: return "-PT\(amount)M"
        case .hours: return "-PT\(amount)H"
        case .days: return "-P\(amount)D"
        }
    }
}

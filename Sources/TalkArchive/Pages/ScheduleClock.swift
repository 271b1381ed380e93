import Foundation

/// The times a schedule writes: an event's `date` with its UTC offset, its `start` hour, its
/// `duration`, each in the forms published schedules use.
///
/// ```swift
/// ScheduleClock.stamp("2024-12-27T10:30:00+01:00")  // (day 2024-12-27, 10:30, offset +3600 s)
/// ScheduleClock.minutes("00:45:00")                 // 45
/// ScheduleClock.minutes("0:45")                     // 45
/// ```
enum ScheduleClock {
    struct Stamp {
        var day: Day
        var hour: Int
        var minute: Int
        /// Seconds east of UTC; nil when the text names none (a local time).
        var offset: Int?
    }

    /// `2024-12-27T10:30:00+01:00`, `…Z`, `…+0100`, `2024-12-27 10:30`; nil for anything else.
    static func stamp(_ text: String) -> Stamp? {
        let pattern = #"^([0-9]{4}-[0-9]{2}-[0-9]{2})[T ]([0-9]{1,2}):([0-9]{2})(?::[0-9]{2}(?:\.[0-9]+)?)?\s*(Z|[+-][0-9]{2}:?[0-9]{2})?$"#
        guard let m = Regex.match(pattern, text), let day = Day(iso: m[1]), let hour = Int(m[2]), let minute = Int(m[3]),
              hour < 24, minute < 60 else { return nil }
        return Stamp(day: day, hour: hour, minute: minute, offset: m[4].isEmpty ? nil : offset(m[4]))
    }

    /// `10:30` or `10:30:00`: hour and minute.
    static func hourMinute(_ text: String) -> (hour: Int, minute: Int)? {
        guard let m = Regex.match(#"^([0-9]{1,2}):([0-9]{2})(?::[0-9]{2})?$"#, text),
              let hour = Int(m[1]), let minute = Int(m[2]), hour < 24, minute < 60 else { return nil }
        return (hour, minute)
    }

    /// A duration in minutes: `00:45`, `0:45`, `00:45:00`, `1:30`, or plain minutes `45`; nil otherwise.
    static func minutes(_ text: String) -> Int? {
        if let plain = Int(text), (0..<10_000).contains(plain) { return plain }
        guard let m = Regex.match(#"^([0-9]{1,3}):([0-9]{2})(?::([0-9]{2}))?$"#, text),
              let hours = Int(m[1]), let minutes = Int(m[2]), minutes < 60, Int(m[3].isEmpty ? "0" : m[3])! < 60 else { return nil }
        return hours * 60 + minutes
    }

    /// `+01:00` → 3600, `Z` → 0.
    private static func offset(_ text: String) -> Int? {
        if text == "Z" { return 0 }
        let digits = text.dropFirst().filter(\.isNumber)
        guard digits.count == 4, let hours = Int(digits.prefix(2)), let minutes = Int(digits.suffix(2)),
              hours <= 14, minutes < 60 else { return nil }
        return (text.hasPrefix("-") ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    /// The instant of a wall-clock time at a fixed offset.
    static func instant(_ day: Day, hour: Int, minute: Int, offset: Int) -> Date? {
        guard let utc = LocalTime.instant(on: day, hour: hour, minute: minute, zone: "UTC") else { return nil }
        return utc.addingTimeInterval(TimeInterval(-offset))
    }

    /// "45 min", "1 h 30 min".
    static func durationText(_ minutes: Int) -> String {
        let (hours, rest) = minutes.quotientAndRemainder(dividingBy: 60)
        if hours == 0 { return "\(rest) min" }
        return rest == 0 ? "\(hours) h" : "\(hours) h \(rest) min"
    }
}

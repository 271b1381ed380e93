import Foundation

/// Converts a wall-clock time in a named zone to an instant, with the zone's real rules.
///
/// ```swift
/// // 5 pm in Central Europe on 16 March 2026 (CET, UTC+1) is 16:00 UTC.
/// LocalTime.instant(on: Day(year: 2026, month: 3, day: 16)!, hour: 17, minute: 0, zone: "Europe/Berlin")
/// ```
public enum LocalTime {
    public static let centralEurope = "Europe/Berlin"

    public static func instant(on day: Day, hour: Int, minute: Int, zone identifier: String) -> Date? {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute)
        return calendar.date(from: parts)
    }

    /// The zone's abbreviation at an instant by its own rules: "CET" or "CEST" for Central Europe.
    public static func abbreviation(at instant: Date, zone identifier: String) -> String {
        guard let zone = TimeZone(identifier: identifier) else { return identifier }
        return abbreviation(at: instant, in: zone)
    }

    /// The abbreviation of `zone` at an instant: "CEST", else Foundation's ("GMT+9").
    public static func abbreviation(at instant: Date, in zone: TimeZone) -> String {
        // Foundation on Linux answers "GMT+1" here: name the zones the pages use ourselves.
        let names = ["Europe/Berlin": ("CET", "CEST"), "America/New_York": ("EST", "EDT"),
                     "America/Los_Angeles": ("PST", "PDT"), "Europe/London": ("GMT", "BST"), "UTC": ("UTC", "UTC")]
        if let (standard, summer) = names[zone.identifier] {
            return zone.isDaylightSavingTime(for: instant) ? summer : standard
        }
        return zone.abbreviation(for: instant) ?? zone.identifier
    }

    /// Hour (0–23) and minute of an instant in a zone.
    public static func clock(at instant: Date, zone identifier: String) -> (hour: Int, minute: Int)? {
        TimeZone(identifier: identifier).map { clock(at: instant, in: $0) }
    }

    /// Hour (0–23) and minute of an instant in `zone`.
    public static func clock(at instant: Date, in zone: TimeZone) -> (hour: Int, minute: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        return (parts.hour ?? 0, parts.minute ?? 0)
    }

    /// "17:00 CEST": an instant's wall-clock time in a zone, with the zone's abbreviation.
    public static func clockText(at instant: Date, zone identifier: String) -> String {
        guard let zone = TimeZone(identifier: identifier) else { return "" }
        return clockText(at: instant, in: zone)
    }

    /// "17:00 CEST" in `zone`, which may be one without a database name (the process's own).
    public static func clockText(at instant: Date, in zone: TimeZone) -> String {
        let c = clock(at: instant, in: zone)
        return String(format: "%02d:%02d ", c.hour, c.minute) + abbreviation(at: instant, in: zone)
    }

    /// The zone a page's abbreviation stands for. CET and CEST both mean Central European rules:
    /// the page's label is checked against them, never trusted.
    static func zone(forLabel label: String) -> String? {
        switch label.uppercased() {
        case "CET", "CEST", "MEZ", "MESZ": return centralEurope
        case "UTC", "GMT", "Z": return "UTC"
        case "BST": return "Europe/London"
        case "EST", "EDT", "ET": return "America/New_York"
        case "PST", "PDT", "PT": return "America/Los_Angeles"
        default: return nil
        }
    }

    /// 12-hour clock text to 24-hour: ("5", "pm") → 17.
    static func hour24(_ hour: Int, _ meridiem: String) -> Int? {
        guard (1...12).contains(hour) else { return nil }
        let pm = meridiem.lowercased() == "pm"
        return hour % 12 + (pm ? 12 : 0)
    }

    static func format12(_ hour: Int, _ minute: Int) -> String {
        let h = hour % 12 == 0 ? 12 : hour % 12
        let suffix = hour < 12 ? "am" : "pm"
        return minute == 0 ? "\(h)\(suffix)" : String(format: "%d:%02d%@", h, minute, suffix)
    }
}

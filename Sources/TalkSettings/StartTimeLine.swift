import Foundation
import TalkArchive

/// How a record's day and start time read for the viewer: one line, the same in the browser's
/// detail and in `talks show`.
///
/// ```swift
/// let viewer = Setting(value: TimeZone(identifier: "America/New_York")!, origin: .commandLine(option: "--tz"))
/// StartTimeLine.describe(talk, viewer: viewer)
/// // "Monday, 16 March 2026 · 17:00 CET = 12:00 EDT your time (America/New_York, from --tz)"
/// ```
/// The talk's own clock first, then the viewer's, naming the viewer's zone and where it came
/// from (`--tz`, the configuration file's line, `$TZ` or the host), since over SSH the process's
/// zone is the server's. A record without a time gives its day alone.
public enum StartTimeLine {
    public static func describe(_ record: ArchiveRecord, viewer: Setting<TimeZone>) -> String {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let noon = utc.date(from: DateComponents(year: record.date.year, month: record.date.month, day: record.date.day, hour: 12)) ?? Date()
        let day = noon.formatted(Date.FormatStyle(date: .complete, time: .omitted, locale: Locale(identifier: "en_GB"), timeZone: utc.timeZone))
        guard let start = record.start, let zoneID = record.startTimeZone, let zone = TimeZone(identifier: zoneID) else { return day }
        let original = LocalTime.clockText(at: start, in: zone)
        let which = "(\(viewer.value.identifier), \(source(viewer.origin)))"
        if viewer.value.secondsFromGMT(for: start) == zone.secondsFromGMT(for: start) {
            return "\(day) · \(original), also your time \(which)"
        }
        let yours = LocalTime.clockText(at: start, in: viewer.value) + dayShift(start, from: zone, to: viewer.value)
        return "\(day) · \(original) = \(yours) your time \(which)"
    }

    /// "from --tz", "from config.toml:3", "from $TZ" or "this host's zone".
    public static func source(_ origin: SettingOrigin) -> String {
        switch origin {
        case .commandLine(let option): return "from \(option)"
        case .configFile(let path, let line): return "from \((path as NSString).lastPathComponent):\(line)"
        case .environment(let variable): return "from $\(variable)"
        case .builtIn, .kiosk: return "this host's zone"
        }
    }

    /// " on Tuesday" when the viewer's calendar day is not the talk's, else "".
    private static func dayShift(_ instant: Date, from zone: TimeZone, to viewer: TimeZone) -> String {
        func day(in zone: TimeZone) -> DateComponents {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            return calendar.dateComponents([.year, .month, .day], from: instant)
        }
        guard day(in: zone) != day(in: viewer) else { return "" }
        let weekday = Date.FormatStyle(locale: Locale(identifier: "en_GB"), timeZone: viewer).weekday(.wide)
        return " on " + instant.formatted(weekday)
    }
}

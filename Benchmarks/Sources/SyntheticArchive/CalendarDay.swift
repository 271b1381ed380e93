/// A civil date computed with integer arithmetic only (Howard Hinnant's days-from-civil), so
/// generated dates never depend on the host's calendar or time zone.
///
/// ```swift
/// CalendarDay(ordinal: 0)          // 1970-01-01
/// CalendarDay(year: 2023, month: 4, day: 20).ordinal  // 19467
/// ```
public struct CalendarDay: Hashable, Comparable, Sendable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// - Parameters: a valid proleptic Gregorian date.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `ordinal` days after 1970-01-01.
    public init(ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// 0 = Sunday … 6 = Saturday.
    public var weekday: Int { ((ordinal % 7) + 11) % 7 }

    /// "2023-04-20".
    public var iso: String { "\(year)-\(Self.twoDigits(month))-\(Self.twoDigits(day))" }

    /// "20/04/2023", as the DLTRG table writes dates.
    public var dayMonthYear: String { "\(Self.twoDigits(day))/\(Self.twoDigits(month))/\(year)" }

    /// "20. April 2023", as the ELLIS schedule writes dates.
    public var ellis: String { "\(day). \(Self.monthNames[month - 1]) \(year)" }

    /// Whether Central Europe is on summer time (CEST) at 5pm that day: from the last Sunday of
    /// March to the day before the last Sunday of October.
    public var isCentralEuropeanSummer: Bool {
        self >= Self.lastSunday(of: 3, in: year) && self < Self.lastSunday(of: 10, in: year)
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.ordinal < b.ordinal }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    private static func lastSunday(of month: Int, in year: Int) -> CalendarDay {
        let last = CalendarDay(year: year, month: month, day: 31)
        return CalendarDay(ordinal: last.ordinal - last.weekday)
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

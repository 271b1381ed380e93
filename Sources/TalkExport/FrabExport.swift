import Digest
import Foundation
import TalkArchive

/// Timed talks as a frab `schedule.xml`, the schedule format of frab, pretalx and FOSDEM that
/// Giggity, ConfClerk and EventFahrplan read (validated against `validator/xsd/schedule.xml.xsd`
/// of the voc/schedule repository).
///
/// ```xml
/// <schedule>
///   <version>3f9a0c2e71d4</version>                  changes when any event does
///   <conference><title>…</title><acronym>ellis</acronym><time_zone_name>Europe/Berlin</time_zone_name>…
///   <day date="2026-03-16" start="2026-03-16T00:00:00+01:00" end="2026-03-16T23:59:59+01:00" index="1">
///     <room name="ELLIS">                             one room per series
///       <event id="1234567" guid="5d0c…">             both the same on every run (`RecordUUID`)
///         <date>2026-03-16T17:00:00+01:00</date><start>17:00</start><duration>01:00</duration> …
/// ```
/// Times are in the zone most talks state (`startTimeZone`, else UTC). Papers and talks without a
/// time are left out: a schedule places each event at an hour.
enum FrabExport {
    static func render(_ records: [ArchiveRecord]) -> ExportOutput {
        let talks = records.filter { $0.kind == .talk }
        let timed = talks.filter { $0.start != nil }
        var skipped: [String] = []
        let papers = records.count - talks.count
        if papers > 0 { skipped.append("\(papers) paper\(papers == 1 ? "" : "s"): a schedule holds talks") }
        if talks.count > timed.count {
            let untimed = talks.count - timed.count
            skipped.append("\(untimed) talk\(untimed == 1 ? "" : "s") without a time: a schedule places each at an hour")
        }
        let zone = scheduleZone(timed)
        let days = Dictionary(grouping: timed) { LocalClock(instant: $0.start!, zone: zone).day }
        let order = days.keys.sorted()
        var xml = XMLWriter()
        xml.open("schedule")
        xml.leaf("generator", ["name": "talks"])
        xml.leaf("version", text: version(timed))
        conference(timed, days: order, zone: zone, into: &xml)
        for (index, day) in order.enumerated() {
            let talksOfDay = days[day]!.sorted { ($0.start!, $0.id) < ($1.start!, $1.id) }
            self.day(day, index: index + 1, talks: talksOfDay, zone: zone, into: &xml)
        }
        xml.close("schedule")
        return ExportOutput(text: timed.isEmpty ? "" : xml.text, entries: timed.count, skipped: skipped)
    }

    private static func conference(_ talks: [ArchiveRecord], days: [Day], zone: TimeZone, into xml: inout XMLWriter) {
        let series = Set(talks.compactMap(\.series)).sorted()
        xml.open("conference")
        xml.leaf("title", text: series.map { ExportText.line($0.displayName) }.joined(separator: " and "))
        xml.leaf("acronym", text: acronym(series))
        if let first = days.first, let last = days.last {
            xml.leaf("start", text: first.iso)
            xml.leaf("end", text: last.iso)
        }
        xml.leaf("days", text: String(days.count))
        xml.leaf("time_zone_name", text: zone.identifier)
        for name in Set(series.map(track)).sorted() { xml.leaf("track", ["name": name]) }
        xml.close("conference")
    }

    private static func day(_ day: Day, index: Int, talks: [ArchiveRecord], zone: TimeZone, into xml: inout XMLWriter) {
        let (start, end) = LocalClock.bounds(of: day, zone: zone)
        xml.open("day", ["date": day.iso, "start": start, "end": end, "index": String(index)])
        let rooms = Dictionary(grouping: talks) { $0.series.map(track) ?? "Talks" }
        for room in rooms.keys.sorted() {
            xml.open("room", ["name": room])
            for talk in rooms[room]! { event(talk, room: room, zone: zone, into: &xml) }
            xml.close("room")
        }
        xml.close("day")
    }

    private static func event(_ talk: ArchiveRecord, room: String, zone: TimeZone, into xml: inout XMLWriter) {
        let uuid = RecordUUID(talk)
        let clock = LocalClock(instant: talk.start!, zone: zone)
        xml.open("event", ["id": String(uuid.number), "guid": uuid.text])
        xml.leaf("room", text: room)
        xml.leaf("title", text: ExportText.line(talk.title))
        xml.leaf("type", text: "lecture")
        xml.leaf("date", text: clock.dateTime)
        xml.leaf("start", text: clock.hourMinute)
        xml.leaf("duration", text: "01:00")
        xml.leaf("abstract", text: TalkDescription.abstract(talk))
        xml.leaf("track", text: room)
        xml.leaf("language", text: "en")
        xml.open("persons")
        for name in talk.speakers.compactMap({ ExportText.nonEmptyLine($0.name) }) { xml.leaf("person", text: name) }
        xml.close("persons")
        xml.leaf("description", text: TalkDescription.text(talk))
        xml.open("links")
        for link in TalkDescription.links(talk) { xml.leaf("link", ["href": link.url], text: link.label) }
        xml.close("links")
        if let url = TalkDescription.preferredURL(talk) { xml.leaf("url", text: url) }
        xml.close("event")
    }

    /// The zone most talks state, else UTC.
    static func scheduleZone(_ talks: [ArchiveRecord]) -> TimeZone {
        let counts = Dictionary(grouping: talks.compactMap(\.startTimeZone), by: { $0 }).mapValues(\.count)
        let best = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first?.key
        return best.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!
    }

    /// A series' track and room: its badge, "ELLIS".
    private static func track(_ series: Series) -> String { ExportText.line(series.badge) }

    /// The series slugs, as the XSD's acronym allows (`[a-z0-9_-]{4,}`): "dltrg-ellis".
    static func acronym(_ series: [Series]) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789_-")
        let text = series.map { String($0.slug.lowercased().filter(allowed.contains)) }.filter { !$0.isEmpty }.joined(separator: "-")
        return text.count >= 4 ? text : "talks" + (text.isEmpty ? "" : "-" + text)
    }

    /// Changes whenever an event's id, time, title or text does: apps compare it to offer updates.
    private static func version(_ talks: [ArchiveRecord]) -> String {
        var hasher = SHA256()
        for talk in talks {
            hasher.update("\(talk.id)\n\(talk.start!.timeIntervalSince1970)\n\(talk.title)\n\(TalkDescription.text(talk))\n".utf8)
        }
        return String(SHA256.hexString(hasher.finish()).prefix(12))
    }
}

/// An instant on a zone's wall clock, as schedule.xml writes it.
struct LocalClock {
    let day: Day
    let hour: Int
    let minute: Int
    let second: Int
    let offsetSeconds: Int

    init(instant: Date, zone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        day = Day(year: c.year!, month: c.month!, day: c.day!)!
        (hour, minute, second) = (c.hour!, c.minute!, c.second!)
        offsetSeconds = zone.secondsFromGMT(for: instant)
    }

    /// `17:00`.
    var hourMinute: String { ICalendarExport.digits(hour, 2) + ":" + ICalendarExport.digits(minute, 2) }

    /// `2026-03-16T17:00:00+01:00`.
    var dateTime: String {
        let sign = offsetSeconds < 0 ? "-" : "+"
        let offset = abs(offsetSeconds) / 60
        return day.iso + "T" + hourMinute + ":" + ICalendarExport.digits(second, 2) + sign
            + ICalendarExport.digits(offset / 60, 2) + ":" + ICalendarExport.digits(offset % 60, 2)
    }

    /// The first and last second of a day on the zone's clock.
    static func bounds(of day: Day, zone: TimeZone) -> (start: String, end: String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let midnight = calendar.startOfDay(for: calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12))!)
        let next = calendar.date(byAdding: .day, value: 1, to: midnight)!
        return (LocalClock(instant: midnight, zone: zone).dateTime,
                LocalClock(instant: next.addingTimeInterval(-1), zone: zone).dateTime)
    }
}

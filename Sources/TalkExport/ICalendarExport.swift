import Foundation
import TalkArchive

/// Talks as an iCalendar file (RFC 5545): one VEVENT each, papers left out.
///
/// ```
/// BEGIN:VEVENT
/// UID:5d0c…                      the same on every run and machine (`RecordUUID`)
/// DTSTAMP:20261203T120000Z       when the file was made
/// DTSTART:20260316T160000Z       in UTC; a talk without a time: DTSTART;VALUE=DATE:20230111
/// DURATION:PT1H                  the pages give no length: an hour
/// SUMMARY:Procedural Pretraining: …
/// DESCRIPTION:Speakers: …\n…     speakers, affiliations, series, paper, abstract, links
/// URL:https://…                  the recording, else the paper
/// END:VEVENT
/// ```
enum ICalendarExport {
    /// The pages give no talk's length.
    static let duration = "PT1H"

    static func render(_ records: [ArchiveRecord], options: ExportOptions) -> ExportOutput {
        let talks = records.filter { $0.kind == .talk }
        var out = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//talks//talks export//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
        ].map(ICalendarLine.fold).joined()
        let stamp = utcStamp(options.now)
        for talk in talks {
            out += event(talk, stamp: stamp, alarm: options.alarm).map(ICalendarLine.fold).joined()
        }
        out += ICalendarLine.fold("END:VCALENDAR")
        let papers = records.count - talks.count
        return ExportOutput(text: out, entries: talks.count,
                            skipped: papers == 0 ? [] : ["\(papers) paper\(papers == 1 ? "" : "s"): a calendar holds talks"])
    }

    /// The unfolded lines of one talk's VEVENT.
    static func event(_ talk: ArchiveRecord, stamp: String, alarm: Alarm?) -> [String] {
        let summary = ICalendarLine.text(ExportText.line(talk.title))
        var lines = ["BEGIN:VEVENT", "UID:" + RecordUUID(talk).text, "DTSTAMP:" + stamp]
        if let start = talk.start {
            lines += ["DTSTART:" + utcStamp(start), "DURATION:" + duration]
        } else {
            // All day: no DTEND or DURATION means one day (§3.6.1); it does not make anyone busy.
            lines += ["DTSTART;VALUE=DATE:" + talk.date.iso.replacingOccurrences(of: "-", with: ""), "TRANSP:TRANSPARENT"]
        }
        lines += ["SUMMARY:" + summary, "DESCRIPTION:" + ICalendarLine.text(TalkDescription.text(talk))]
        if let url = TalkDescription.preferredURL(talk) { lines.append("URL:" + url) }
        if let alarm, talk.start != nil {
            lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + summary, "TRIGGER:" + alarm.iCalendarTrigger, "END:VALARM"]
        }
        lines.append("END:VEVENT")
        return lines
    }

    /// `20260316T160000Z`.
    static func utcStamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return digits(c.year!, 4) + digits(c.month!, 2) + digits(c.day!, 2) + "T"
            + digits(c.hour!, 2) + digits(c.minute!, 2) + digits(c.second!, 2) + "Z"
    }

    /// `value` in decimal, zero-padded to `width`.
    static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

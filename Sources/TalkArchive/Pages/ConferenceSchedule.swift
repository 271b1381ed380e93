import Foundation

/// A conference's published schedule, as frab's `schedule.xml` and the schedule JSON of frab and
/// pretalx give it (the format the c3voc wiki describes and `voc/schedule`'s validators check), read
/// field by field and not yet judged: ``parsedPage(file:format:)`` turns it into talks and findings.
///
/// ```swift
/// let schedule = try ConferenceSchedule(xml: page)   // or ConferenceSchedule(json: page)
/// schedule.acronym                                   // "38c3"
/// schedule.events[0].start                           // "10:30"
/// ```
struct ConferenceSchedule {
    /// `<acronym>`: the series' slug when it is one.
    var acronym: String?
    var title: String?
    /// `<time_zone_name>`, an IANA zone (`Europe/Berlin`) when the schedule is right.
    var timeZoneName: String?
    /// `<day_change>`: the hour a schedule day begins (`04:00`); starts before it are the night after.
    var dayChange: String?
    /// What relative links (pretalx's attachments) are relative to.
    var baseURL: String?
    /// In document order.
    var events: [Event] = []

    struct Event {
        /// The `date` of the `<day>` that lists it.
        var day: String?
        /// `<date>`: the start with its UTC offset, `2024-12-27T10:30:00+01:00` (newer schedules only).
        var date: String?
        /// `<start>`: the wall-clock hour in the schedule's zone, `10:30`.
        var start: String?
        /// `00:45`, `0:45` or `00:45:00`.
        var duration: String?
        var room: String?
        var title: String?
        var subtitle: String?
        var track: String?
        var type: String?
        var language: String?
        /// Plain text, Markdown or HTML, as each conference writes it.
        var abstract: String?
        var description: String?
        var persons: [String] = []
        /// The event's own page.
        var url: String?
        var links: [ScheduleLink] = []
        /// `video_download_url` of c3voc's extended schedules.
        var recording: String?
        /// The line of the page the event starts on (1 when the page does not say).
        var line: Int
    }
}

/// A link an event lists (`<link href=…>label</link>`, `{"url": …, "title": …}`), or an attachment.
struct ScheduleLink: Hashable {
    var url: String
    var label: String
}

/// Why a schedule page could not be read at all, with the line where it went wrong.
struct ScheduleProblem: Error {
    var line: Int
    var message: String
}

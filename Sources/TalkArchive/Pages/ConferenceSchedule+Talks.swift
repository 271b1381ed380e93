import Foundation

/// A conference schedule as talks of one series (its acronym), with what `talks check` should say
/// about it: each event becomes a talk with its speakers, abstract and description as text, its room,
/// track and duration as a note line (searchable), its links (recordings as video links), and its
/// start in the schedule's time zone.
///
/// Times: an event's `date` carries its UTC offset and wins; a schedule without `date`s places the
/// `start` hour on its day in `time_zone_name` (hours before `day_change` belonging to the night after).
/// A zone the schedule does not name, or names wrongly, is reported, never guessed from the host.
extension ConferenceSchedule {
    func parsedPage(file: String, format: PageFormat) -> ParsedPage {
        var builder = ScheduleTalkBuilder(schedule: self, file: file)
        for event in events { builder.add(event) }
        var page = ParsedPage(file: file, format: format)
        page.talks = builder.talks.sorted { ($0.start ?? .distantPast, $0.source.line) < ($1.start ?? .distantPast, $1.source.line) }
        page.diagnostics = builder.findings()
        page.asOf = page.talks.map(\.date).max()
        return page
    }

    /// The series: the acronym (`38c3`), else the title (`FOSDEM 2023` → `fosdem-2023`), as lowercase
    /// letters, digits and dashes.
    var series: Series {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789")
        for name in [acronym, title].compactMap({ $0 }) {
            let kept = String(name.lowercased().map { allowed.contains($0) ? $0 : "-" })
            let slug = kept.split(separator: "-").joined(separator: "-")
            if !slug.isEmpty { return Series(String(slug.prefix(40))) }
        }
        return Series("schedule")
    }
}

/// Turns events into talks one by one, counting what is odd so that a schedule of a thousand events
/// yields a few findings, each with the first place it happens.
private struct ScheduleTalkBuilder {
    let schedule: ConferenceSchedule
    let file: String
    let series: Series
    /// The schedule's zone, when it names a real one.
    let zone: TimeZone?
    let dayChange: (hour: Int, minute: Int)?
    private(set) var talks: [ParsedTalk] = []
    private var diagnostics: [Diagnostic] = []
    /// Per kind of oddity: how many events, and the first one's line and detail.
    private var tallies: [String: (count: Int, line: Int, detail: String)] = [:]
    private var seen: Set<String> = []

    init(schedule: ConferenceSchedule, file: String) {
        self.schedule = schedule
        self.file = file
        series = schedule.series
        zone = schedule.timeZoneName.flatMap(TimeZone.init(identifier:))
        dayChange = schedule.dayChange.flatMap(ScheduleClock.hourMinute)
        if let name = schedule.timeZoneName, zone == nil {
            diagnostics.append(Diagnostic(.warning, .timeZoneHint, at: SourceRef(file: file, line: 1),
                "time_zone_name “\(TextTools.shortened(name, to: 40))” is no zone talks knows: times keep the offsets their dates give, or are read as UTC; write an IANA name such as Europe/Berlin"))
        }
    }

    mutating func add(_ event: ConferenceSchedule.Event) {
        let ref = SourceRef(file: file, line: event.line)
        guard let rawTitle = event.title, case let title = TextTools.collapse(HTMLText.plain(rawTitle)), !title.isEmpty else {
            return tally("untitled", event, "an event without a title", severity: .warning)
        }
        guard let (start, zoneID) = startTime(event) else {
            return tally("untimed", event, "“\(TextTools.shortened(title, to: 40))” has no start talks can read (date “\(event.date ?? "")”, start “\(event.start ?? "")”)", severity: .warning)
        }
        let zoneForDay = TimeZone(identifier: zoneID) ?? TimeZone(identifier: "UTC")!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zoneForDay
        let parts = calendar.dateComponents([.year, .month, .day], from: start)
        guard let day = Day(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0) else { return }
        let key = "\(title)\u{0}\(start.timeIntervalSince1970)\u{0}\(event.room ?? "")"
        guard seen.insert(key).inserted else { return tally("twice", event, "“\(TextTools.shortened(title, to: 40))” listed twice at the same time and room, kept once", severity: .warning) }
        var talk = ParsedTalk(series: series, date: day, title: title, paperTitle: title, source: ref)
        talk.start = start
        talk.startTimeZone = zoneID
        talk.speakers = FieldMerger.union([], event.persons.map { Speaker(name: TextTools.collapse(HTMLText.plain($0)), affiliation: nil) }
            .filter { !$0.name.isEmpty }) { $0.name.lowercased() }
        if talk.speakers.isEmpty { tally("no speaker", event, "“\(TextTools.shortened(title, to: 40))”", severity: .info) }
        talk.abstract = text(event)
        talk.links = links(event)
        talk.notes = [note(event)].compactMap { $0 }
        talks.append(talk)
    }

    // MARK: Fields

    /// The start instant and the zone to show it in.
    private mutating func startTime(_ event: ConferenceSchedule.Event) -> (Date, String)? {
        if let stamp = event.date.flatMap(ScheduleClock.stamp) {
            guard let offset = stamp.offset else { return local(stamp.day, stamp.hour, stamp.minute) }
            guard let instant = ScheduleClock.instant(stamp.day, hour: stamp.hour, minute: stamp.minute, offset: offset) else { return nil }
            if let zone, zone.secondsFromGMT(for: instant) == offset { return (instant, zone.identifier) }
            if let zone {
                // Named as the schedule names it: Foundation calls UTC "GMT".
                let name = schedule.timeZoneName ?? zone.identifier
                tally("offset", event, "date \(event.date!) is \(Self.offsetText(offset)), but \(name) is \(Self.offsetText(zone.secondsFromGMT(for: instant))) then", severity: .warning)
            } else if schedule.timeZoneName == nil {
                tally("no zone", event, "shown at the offset its date gives (\(Self.offsetText(offset)))", severity: .info)
            }
            return (instant, TimeZone(secondsFromGMT: offset)?.identifier ?? "UTC")
        }
        guard let dayText = event.day, var day = Day(iso: dayText), let clock = event.start.flatMap(ScheduleClock.hourMinute) else { return nil }
        // Before the day change is the night after: 01:00 on a day changing at 04:00 is the next date.
        if let change = dayChange, (clock.hour, clock.minute) < (change.hour, change.minute), let next = Self.dayAfter(day) { day = next }
        return local(day, clock.hour, clock.minute)
    }

    /// A wall-clock time in the schedule's zone, or in UTC (reported) when it names none.
    private mutating func local(_ day: Day, _ hour: Int, _ minute: Int) -> (Date, String)? {
        let zoneID = zone?.identifier ?? "UTC"
        if zone == nil, schedule.timeZoneName == nil {
            tallies["no zone at all", default: (0, 1, "")].count += 1
        }
        return LocalTime.instant(on: day, hour: hour, minute: minute, zone: zoneID).map { ($0, zoneID) }
    }

    /// Subtitle, abstract and description as plain text, each once.
    private func text(_ event: ConferenceSchedule.Event) -> String? {
        var parts: [String] = []
        for field in [event.subtitle, event.abstract, event.description] {
            guard let field, case let plain = HTMLText.plain(field).trimmingCharacters(in: .whitespacesAndNewlines), !plain.isEmpty,
                  !parts.contains(where: { $0.contains(plain) }) else { continue }
            // A description that repeats the abstract and goes on (frab's, ours) replaces it.
            parts.removeAll { plain.contains($0) }
            parts.append(plain)
        }
        return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
    }

    /// "Room Saal 1 · Track Security · Talk · 40 min · en".
    private mutating func note(_ event: ConferenceSchedule.Event) -> String? {
        var parts: [String] = []
        if let room = event.room { parts.append("Room " + TextTools.collapse(room)) }
        if let track = event.track { parts.append("Track " + TextTools.collapse(track)) }
        if let type = event.type { parts.append(TextTools.collapse(type)) }
        if let duration = event.duration {
            if let minutes = ScheduleClock.minutes(duration) {
                parts.append(ScheduleClock.durationText(minutes))
            } else {
                tally("duration", event, "duration “\(TextTools.shortened(duration, to: 20))”", severity: .warning)
            }
        }
        if let language = event.language { parts.append(TextTools.collapse(language)) }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// The recording first, then the event's links and attachments, then its page; refused ones counted.
    private mutating func links(_ event: ConferenceSchedule.Event) -> [Link] {
        var candidates = event.recording.map { [ScheduleLink(url: $0, label: "Recording")] } ?? []
        candidates += event.links
        if let url = event.url { candidates.append(ScheduleLink(url: url, label: "Event page")) }
        var links: [Link] = []
        for candidate in candidates {
            let absolute = resolve(candidate.url)
            do {
                let url = try HTTPURL(absolute).description
                let label = TextTools.collapse(HTMLText.plain(candidate.label))
                let link = Self.isRecording(url, label: label) ? Link(kind: .video, url: url, label: label.isEmpty ? "Recording" : label)
                    : Link(url: url, label: label.isEmpty ? "Link" : label)
                if !links.contains(where: { $0.url == url }) { links.append(link) }
            } catch {
                tally("link", event, error.message, severity: .warning)
            }
        }
        return links
    }

    /// A reference relative to the schedule's base URL made absolute; anything else as it is.
    private func resolve(_ reference: String) -> String {
        guard !reference.contains("://"), !reference.contains(":"), let base = schedule.baseURL.flatMap(URL.init(string:)),
              let url = URL(string: reference, relativeTo: base) else { return reference }
        return url.absoluteString
    }

    /// media.ccc.de and video.fosdem.org recordings, video files, and links labelled as recordings.
    static func isRecording(_ url: String, label: String) -> Bool {
        let lower = url.lowercased()
        let path = lower.split(separator: "?").first.map(String.init) ?? lower
        if lower.contains("://media.ccc.de/v/") || lower.contains("://video.fosdem.org/") { return true }
        if [".mp4", ".webm", ".mkv", ".ogv", ".m4v"].contains(where: path.hasSuffix) { return true }
        let words = label.lowercased()
        return words.contains("recording") || words.contains("video")
    }

    static func dayAfter(_ day: Day) -> Day? {
        Day(year: day.year, month: day.month, day: day.day + 1) ?? Day(year: day.year, month: day.month + 1, day: 1)
            ?? Day(year: day.year + 1, month: 1, day: 1)
    }

    static func offsetText(_ seconds: Int) -> String {
        let minutes = abs(seconds) / 60
        return "UTC" + (seconds < 0 ? "−" : "+") + String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    // MARK: Findings

    private mutating func tally(_ kind: String, _ event: ConferenceSchedule.Event, _ detail: String, severity: Diagnostic.Severity) {
        if let existing = tallies[kind] {
            tallies[kind] = (existing.count + 1, existing.line, existing.detail)
        } else {
            tallies[kind] = (1, event.line, detail)
        }
        severities[kind] = severity
    }

    private var severities: [String: Diagnostic.Severity] = [:]

    /// One finding per kind of oddity, in a fixed order.
    func findings() -> [Diagnostic] {
        var out = diagnostics
        let sentences: [(String, Diagnostic.Kind, (Int) -> String)] = [
            ("untitled", .malformedRow, { "\($0) event\(Self.s($0)) without a title, skipped" }),
            ("untimed", .badDate, { "\($0) event\(Self.s($0)) without a readable start, skipped; give each a date such as 2024-12-27T10:30:00+01:00" }),
            ("twice", .malformedRow, { "\($0) event\(Self.s($0)) listed twice" }),
            ("offset", .timeZoneHint, { "\($0) event\(Self.s($0)) whose date’s offset disagrees with time_zone_name: the date’s offset is used" }),
            ("no zone", .timeZoneHint, { "no time_zone_name: \($0) event\(Self.s($0)) shown at the offsets their dates give; add <time_zone_name>" }),
            ("duration", .malformedRow, { "\($0) duration\(Self.s($0)) not understood (write 00:45 or 00:45:00), left out" }),
            ("link", .refusedLink, { "\($0) link\(Self.s($0)) refused" }),
            ("no speaker", .malformedRow, { "\($0) event\(Self.s($0)) without a speaker" }),
        ]
        for (key, kind, sentence) in sentences {
            guard let tally = tallies[key] else { continue }
            let first = tally.count > 1 ? " (first: \(tally.detail))" : ": \(tally.detail)"
            out.append(Diagnostic(severities[key] ?? .warning, kind, at: SourceRef(file: file, line: tally.line), sentence(tally.count) + first))
        }
        if let noZone = tallies["no zone at all"] {
            out.append(Diagnostic(.warning, .timeZoneHint, at: SourceRef(file: file, line: 1),
                "no time zone anywhere: \(noZone.count) start\(Self.s(noZone.count)) read as UTC; add <time_zone_name> (an IANA name such as Europe/Brussels)"))
        }
        return out
    }

    private static func s(_ count: Int) -> String { count == 1 ? "" : "s" }
}

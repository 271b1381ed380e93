import Foundation

/// The schedule JSON of frab and pretalx (`/schedule/export/schedule.json`):
///
/// ```json
/// {"schedule": {"base_url": "…", "conference": {"acronym": "democon", "time_zone_name": "UTC",
///   "days": [{"date": "2020-12-14", "rooms": {"Gray Room": [{"date": "2020-12-14T09:00:00+01:00",
///     "start": "09:00", "duration": "00:30", "title": "…", "persons": [{"public_name": "…"}], "links": […]}]}]}}}
/// ```
/// Read with `JSONSerialization` into loose values rather than `Codable` structs: schedules in the
/// wild give ids as numbers or strings and fields as null, and one odd field must cost that field only.
extension ConferenceSchedule {
    /// Whether a page's first lines open a JSON object with a `schedule` holding a `conference`.
    static func looksLikeJSON(_ firstLines: ArraySlice<String>) -> Bool {
        guard firstLines.first?.hasPrefix("{") == true else { return false }
        let head = String(firstLines.joined(separator: "\n").prefix(8192))
        return head.contains("\"schedule\"") && head.contains("\"conference\"")
    }

    /// - Throws: ``ScheduleProblem`` when the text is not JSON or holds no `schedule.conference`.
    init(json page: PageText) throws(ScheduleProblem) {
        let data = Data(page.lines.map(\.text).joined(separator: "\n").utf8)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw ScheduleProblem(line: 1, message: "not valid JSON (\((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "unreadable"))")
        }
        let schedule = (object as? [String: Any])?["schedule"] as? [String: Any]
        guard let conference = schedule?["conference"] as? [String: Any] else {
            throw ScheduleProblem(line: 1, message: "no \"schedule\": {\"conference\": …} object at the top")
        }
        acronym = Self.string(conference["acronym"])
        title = Self.string(conference["title"])
        timeZoneName = Self.string(conference["time_zone_name"])
        baseURL = Self.string(schedule?["base_url"]) ?? Self.string(conference["base_url"])
        let lines = Self.guidLines(page)
        for day in conference["days"] as? [[String: Any]] ?? [] {
            let date = Self.string(day["date"])
            // Rooms are an object, whose order JSON does not keep: by name, for the same ids on every machine.
            let rooms = day["rooms"] as? [String: Any] ?? [:]
            for name in rooms.keys.sorted() {
                for case let event as [String: Any] in rooms[name] as? [Any] ?? [] {
                    let line = Self.string(event["guid"]).flatMap { lines[$0] } ?? 1
                    events.append(Self.event(event, day: date, room: name, line: line))
                }
            }
        }
    }

    private static func event(_ json: [String: Any], day: String?, room: String, line: Int) -> Event {
        var event = Event(day: day, line: line)
        event.date = string(json["date"])
        event.start = string(json["start"])
        event.duration = string(json["duration"])
        event.room = string(json["room"]) ?? room
        event.title = string(json["title"])
        event.subtitle = string(json["subtitle"])
        event.track = string(json["track"])
        event.type = string(json["type"])
        event.language = string(json["language"])
        event.abstract = string(json["abstract"])
        event.description = string(json["description"])
        event.persons = (json["persons"] as? [Any] ?? []).compactMap { person in
            guard let fields = person as? [String: Any] else { return string(person) }
            return string(fields["public_name"]) ?? string(fields["name"]) ?? string(fields["full_public_name"])
        }
        event.url = string(json["url"])
        event.links = links(json["links"]) + links(json["attachments"])
        event.recording = string(json["video_download_url"])
        return event
    }

    private static func links(_ value: Any?) -> [ScheduleLink] {
        (value as? [Any] ?? []).compactMap { item in
            guard let fields = item as? [String: Any], let url = string(fields["url"]) ?? string(fields["href"]) else { return nil }
            return ScheduleLink(url: url, label: string(fields["title"]) ?? string(fields["label"]) ?? "")
        }
    }

    /// Text, or a number as text; nil for null, blanks and anything else.
    private static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: return nonEmpty(text)
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }

    /// The line of each `"guid": "…"`, so that findings name the event's place in a pretty-printed file.
    private static func guidLines(_ page: PageText) -> [String: Int] {
        var lines: [String: Int] = [:]
        for line in page.lines where line.text.contains("\"guid\"") {
            let parts = line.text.split(separator: "\"", omittingEmptySubsequences: false)
            guard let key = parts.firstIndex(of: "guid"), parts.index(key, offsetBy: 2) < parts.endIndex else { continue }
            lines[String(parts[parts.index(key, offsetBy: 2)]), default: line.number] = line.number
        }
        return lines
    }
}

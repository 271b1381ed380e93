import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SWXMLHash

/// frab's `schedule.xml`, read with SWXMLHash:
///
/// ```xml
/// <schedule><conference><acronym>38c3</acronym><time_zone_name>Europe/Berlin</time_zone_name>…</conference>
///   <day date="2024-12-27" …><room name="Saal 1">
///     <event id="2" guid="…"><date>2024-12-27T10:30:00+01:00</date><start>10:30</start><duration>00:30</duration>
///       <title>…</title><abstract>…</abstract><persons><person>…</person></persons>
///       <links><link href="…">…</link></links></event>
/// ```
extension ConferenceSchedule {
    /// Whether a page's first lines open a `<schedule>` document.
    static func looksLikeXML(_ firstLines: ArraySlice<String>) -> Bool {
        for line in firstLines {
            var rest = Substring(line)
            // `<?xml …?>` and comments may come first, on the same line as the root or not.
            while rest.hasPrefix("<?") || rest.hasPrefix("<!--") {
                guard let end = rest.range(of: rest.hasPrefix("<?") ? "?>" : "-->") else { return false }
                rest = rest[end.upperBound...].drop(while: \.isWhitespace)
            }
            if rest.isEmpty { continue }
            return rest.hasPrefix("<schedule>") || rest.hasPrefix("<schedule ")
        }
        return false
    }

    /// - Throws: ``ScheduleProblem`` when the XML is not well-formed or has no `<schedule>` root.
    init(xml page: PageText) throws(ScheduleProblem) {
        let data = Data(page.lines.map(\.text).joined(separator: "\n").utf8)
        let document = XMLHash.config { $0.detectParsingErrors = true }.parse(data)
        if case .parsingError(let error) = document {
            // SWXMLHash reads the place from the error's user info, which Foundation on Linux leaves
            // empty: the parser itself still knows where it stopped.
            let place = error.line > 0 ? (error.line, error.column) : ErrorPlace.find(in: data)
            throw ScheduleProblem(line: max(place.0, 1), message: "not well-formed XML at column \(place.1)")
        }
        let root = document["schedule"]
        guard root.element != nil else { throw ScheduleProblem(line: 1, message: "no <schedule> element at the top") }
        let conference = root["conference"]
        acronym = Self.text(conference, "acronym")
        title = Self.text(conference, "title")
        timeZoneName = Self.text(conference, "time_zone_name")
        dayChange = Self.text(conference, "day_change")
        baseURL = Self.text(conference, "base_url") ?? Self.text(root, "base_url")
        // An event's line: the k-th line opening an <event> holds the k-th event of the document.
        var eventLines = page.lines.lazy.filter { $0.text.drop(while: \.isWhitespace).hasPrefix("<event") }.map(\.number).makeIterator()
        for day in root["day"].all {
            let date = day.element?.attribute(by: "date")?.text
            for room in day["room"].all {
                let roomName = room.element?.attribute(by: "name")?.text
                for event in room["event"].all {
                    events.append(Self.event(event, day: date, room: roomName, line: eventLines.next() ?? 1))
                }
            }
        }
    }

    private static func event(_ xml: XMLIndexer, day: String?, room: String?, line: Int) -> Event {
        var event = Event(day: day, line: line)
        event.date = text(xml, "date")
        event.start = text(xml, "start")
        event.duration = text(xml, "duration")
        event.room = text(xml, "room") ?? room
        event.title = text(xml, "title")
        event.subtitle = text(xml, "subtitle")
        event.track = text(xml, "track")
        event.type = text(xml, "type")
        event.language = text(xml, "language")
        event.abstract = text(xml, "abstract")
        event.description = text(xml, "description")
        event.persons = xml["persons"]["person"].all.compactMap { nonEmpty($0.element?.text) }
        event.url = text(xml, "url")
        event.links = links(xml["links"]["link"]) + links(xml["attachments"]["attachment"])
        event.recording = text(xml, "video_download_url")
        return event
    }

    private static func links(_ elements: XMLIndexer) -> [ScheduleLink] {
        elements.all.compactMap { link in
            guard let href = nonEmpty(link.element?.attribute(by: "href")?.text) else { return nil }
            return ScheduleLink(url: href, label: nonEmpty(link.element?.text) ?? "")
        }
    }

    /// The trimmed text of `parent`'s first `name` child; nil when absent or blank.
    private static func text(_ parent: XMLIndexer, _ name: String) -> String? {
        nonEmpty(parent[name].element?.text)
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}

/// Where XMLParser meets the first error: asked only when SWXMLHash could not say.
private final class ErrorPlace: NSObject, XMLParserDelegate {
    private var place: (Int, Int)?

    static func find(in data: Data) -> (Int, Int) {
        let parser = XMLParser(data: data)
        let delegate = ErrorPlace()
        parser.delegate = delegate
        _ = parser.parse()
        return delegate.place ?? (parser.lineNumber, parser.columnNumber)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if place == nil { place = (parser.lineNumber, parser.columnNumber) }
    }
}

import Foundation
@testable import TalkArchive

/// The conference schedules of Fixtures/schedules (README there names their sources), and a way to
/// read a schedule page as `talks` does.
enum ScheduleFixtures {
    static let folder = Fixtures.fixtureFolder.appendingPathComponent("schedules")

    /// A fixture's bytes, gunzipped by the system's gzip when the name ends in `.gz`.
    static func data(_ name: String) throws -> Data {
        let url = folder.appendingPathComponent(name)
        guard name.hasSuffix(".gz") else { return try Data(contentsOf: url) }
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-dc", url.path]
        let out = Pipe()
        gzip.standardOutput = out
        try gzip.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        gzip.waitUntilExit()
        guard gzip.terminationStatus == 0 else { throw CocoaError(.fileReadCorruptFile) }
        return data
    }

    /// The page as the archive reads it, recognized by content like any other.
    static func parse(_ name: String, data: Data) -> ParsedPage? {
        let page = PageText(file: name, data: data)
        return PageFormat.recognize(page).map { ParsedPage.parse(page, as: $0) }
    }

    static func parse(_ name: String, text: String) -> ParsedPage? {
        parse(name, data: Data(text.utf8))
    }

    /// A small frab schedule.xml around `events` (each an `<event>…</event>`), for hostile cases.
    static func xml(zone: String? = "Europe/Berlin", dayChange: String? = nil, base: String? = nil, events: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <schedule>
          <conference><acronym>testcon</acronym><title>Test Conference</title>\
        \(zone.map { "<time_zone_name>\($0)</time_zone_name>" } ?? "")\
        \(dayChange.map { "<day_change>\($0)</day_change>" } ?? "")\
        \(base.map { "<base_url>\($0)</base_url>" } ?? "")</conference>
          <day index="1" date="2026-03-16">
            <room name="Hall A">
        \(events)
            </room>
          </day>
        </schedule>
        """
    }

    /// One `<event>` with the given child elements.
    static func event(_ children: String) -> String {
        "      <event id=\"1\">\n" + children + "\n      </event>"
    }
}

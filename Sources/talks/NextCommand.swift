import ArgumentParser
import Foundation
import TalkArchive

struct NextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next",
        abstract: "Show the next talk from now (or from --from); when none is to come, say so and show the latest.",
        discussion: """
            A talk counts until it starts; one without a start time counts all its day, in your time \
            zone (--tz, or `timezone` in the configuration). Exit status 0 either way: with --json, \
            "upcoming" says which it is.
            """
    )

    @OptionGroup var archive: ArchiveOptions
    @Option(help: ArgumentHelp("From this day (YYYY-MM-DD, its start in your time zone) or moment (ISO 8601, like 2026-05-11T17:00:00+02:00) instead of now.",
                               valueName: "time"))
    var from: String?
    @Flag(help: "Print {\"upcoming\": true|false, \"talk\": record or null}.") var json = false

    func validate() throws {
        if let from, Self.moment(from, in: TimeZone(identifier: "UTC")!) == nil {
            throw ValidationError("--from takes a day (2026-05-11) or an ISO 8601 moment (2026-05-11T17:00:00+02:00), not “\(from)”")
        }
    }

    func run() throws {
        try reportingFailures {
            let zone = try archive.settings().timeZone
            let now = from.flatMap { Self.moment($0, in: zone.value) } ?? Date()
            let next = try archive.openIndex().nextTalk(after: now, in: zone.value)
            if json { return try RecordJSON.print(Answer(next)) }
            switch next {
            case .upcoming: break
            case .noneAfter(let latest):
                FileHandle.standardError.write(Data("talks: no talk to come\(latest == nil ? " and none in the archive" : "; the latest:")\n".utf8))
            }
            guard let talk = next.record else { return }
            var out = HumanOutput()
            out.detail(talk, related: [], viewer: zone)
            out.flush()
        }
    }

    /// `2026-05-11` (its first moment in `zone`) or an ISO 8601 date and time with its offset.
    static func moment(_ text: String, in zone: TimeZone) -> Date? {
        if let day = Day(iso: text) {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))
        }
        return ISO8601DateFormatter().date(from: text)
    }

    private struct Answer: Encodable {
        var upcoming: Bool
        var talk: RecordJSON?

        init(_ next: NextTalk) {
            if case .upcoming = next { upcoming = true } else { upcoming = false }
            talk = next.record.map { RecordJSON($0) }
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(upcoming, forKey: .upcoming)
            try c.encode(talk, forKey: .talk)
        }

        enum CodingKeys: String, CodingKey { case upcoming, talk }
    }
}

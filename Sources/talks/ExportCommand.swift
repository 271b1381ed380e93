import ArgumentParser
import Foundation
import TalkArchive
import TalkSettings
import TalkExport

extension ExportFormat: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    // Built at every start of any command: padded in Swift, as Foundation's padding(toLength:) bridges through NSString.
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export talks and papers to a calendar, a bibliography or a conference schedule.",
        discussion: """
            FORMATS
            \(ExportFormat.allCases.map { "  \($0.rawValue + String(repeating: " ", count: max(0, 10 - $0.rawValue.count)))\($0.summary)" }.joined(separator: "\n"))

            QUERY is a search as in `talks search` (default: everything); the records are exported oldest \
            first. What a format cannot hold (papers in a calendar or a schedule, talks without a time \
            in a schedule) is left out and counted on standard error; when nothing is left, nothing is \
            written and the status is 1. A file is written whole or not at all (a \
            temporary file renamed into place). Kiosk mode writes only to standard output.

            EXAMPLES
              talks export ics series:ellis -o ellis.ics --alarm 15m
              talks export bibtex kind:paper > papers.bib
              talks export csl-json "neural tangent"
              talks export frab series:ellis -o schedule.xml
            """
    )

    @OptionGroup var archive: ArchiveOptions
    @Argument(help: ArgumentHelp("The format (see FORMATS above).", valueName: "format"))
    var format: ExportFormat
    @Argument(help: "What to export, as a query (default: everything); quote it in the shell when it has spaces or quotes.")
    var query: [String] = []
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (default, or -: standard output).", valueName: "file"))
    var output: String?
    @Option(help: ArgumentHelp("ics: a reminder this long before each timed talk: 15m, 1h, 1d (at most 28d).", valueName: "time"))
    var alarm: String?

    func validate() throws {
        if let alarm {
            guard Alarm(parsing: alarm) != nil else {
                throw ValidationError("--alarm takes a number and m, h or d, from 1m to 28d (15m, 1h, 1d), not “\(alarm)”")
            }
            guard format == .ics else { throw ValidationError("--alarm is for ics: other formats have no reminders") }
        }
    }

    func run() throws {
        try reportingFailures {
            let toFile = output.map { $0 != "-" } ?? false
            if toFile { try archive.kiosk.policy.require(.exportToFile) }
            let records = try selectedRecords()
            let result = format.render(records, options: ExportOptions(now: Date(), alarm: alarm.flatMap(Alarm.init(parsing:))))
            let left = result.skipped.map { "left out \($0)" }
            guard result.entries > 0 else {
                throw CommandFailure("nothing to export" + (records.isEmpty ? ": no record matches" : " (\(left.joined(separator: "; ")))"))
            }
            if let output, toFile {
                do { try ExportFile.write(result.text, to: output) } catch let failure as ExportFile.Failure { throw CommandFailure(failure.description) }
                left.forEach(warn)
                warn("wrote \(result.entries) \(result.entries == 1 ? "entry" : "entries") to \(output)")
            } else {
                FileHandle.standardOutput.write(Data(result.text.utf8))
                left.forEach(warn)
            }
        }
    }

    /// Every record, or the query's matches.
    private func selectedRecords() throws -> [ArchiveRecord] {
        let text = query.joined(separator: " ")
        let parsed = try SearchQuery(parsing: text)
        let index = try archive.openIndex()
        if parsed.isEmpty { return try index.records() }
        return try index.search(parsed, limit: Int.max).map(\.record)
    }

    private func warn(_ line: String) {
        FileHandle.standardError.write(Data("talks: \(line)\n".utf8))
    }
}

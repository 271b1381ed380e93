import ArgumentParser
import Foundation
import TalkArchive

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List all talks, newest first (or --oldest).")

    @OptionGroup var archive: ArchiveOptions
    @Option(help: ArgumentHelp("Only the talks of this series (ellis, dltrg).", valueName: "series")) var series: String?
    @OptionGroup var sorting: SortOptions
    @Flag(help: "Print a JSON array of records.") var json = false

    func run() throws {
        try reportingFailures {
            let index = try archive.openIndex()
            if let series, !(try index.seriesSlugs().contains(series)) {
                throw CommandFailure("unknown series “\(series)”; the archive has \(try index.seriesSlugs().joined(separator: ", "))")
            }
            try printRecords(try index.records(kind: .talk, series: series, order: sorting.order(else: .date)), json: json, today: .today(in: archive.settings().timeZone.value))
        }
    }
}

struct PapersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "papers", abstract: "List the papers of the collection, newest first (or --oldest).")

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var sorting: SortOptions
    @Flag(help: "Print a JSON array of records.") var json = false

    func run() throws {
        try reportingFailures {
            try printRecords(try archive.openIndex().records(kind: .paper, order: sorting.order(else: .date)), json: json, today: .today(in: archive.settings().timeZone.value))
        }
    }
}

/// Prints records as JSON or as the human listing, upcoming talks marked as of `today`.
func printRecords(_ records: [ArchiveRecord], json: Bool, today: Day) throws {
    if json {
        try RecordJSON.print(records.map { RecordJSON($0) })
        return
    }
    var out = HumanOutput()
    out.listing(records.map { SearchHit(record: $0) }, today: today)
    out.flush()
}

import ArgumentParser
import Foundation
import TalkArchive

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search talks and papers, best match first.",
        discussion: """
            QUERY LANGUAGE
              lyap                  words match by prefix: "lyap" finds Lyapunov; all words must match
              "neural tangent"      a phrase, word for word
              speaker:muenn         in a field: title: speaker: affiliation: abstract: topic:
              series:ellis          filters: series: kind:talk|paper year:2023
              after:2026-03-01      on or after a date, that day included (YYYY, YYYY-MM or YYYY-MM-DD:
                                    its first day)
              before:2026-04        strictly before a date, that day excluded: after:2026-03
                                    before:2026-04 is March
              -word, -series:dltrg  exclude what matches
              sharpness OR flatness either of two clauses
            Accents are ignored ("godel" finds "Gödel"). Results with words are ranked by BM25 with
            titles and speakers weighted above abstracts; queries of filters only list newest first.
            --sort newest|oldest|title (or --oldest) orders by date or title instead.
            """
    )

    @OptionGroup var archive: ArchiveOptions
    @Argument(help: "The query; quote it in the shell when it has spaces or quotes.") var query: [String]
    @Option(help: "At most this many results.") var limit = 50
    @OptionGroup var sorting: SortOptions
    @Flag(help: "Print a JSON array of records, each with its kind and score.") var json = false

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        guard !query.joined().trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("the query is empty; try `talks search lyapunov` or `talks list`")
        }
    }

    func run() throws {
        try reportingFailures {
            let parsed = try SearchQuery(parsing: query.joined(separator: " "))
            guard !parsed.isEmpty else { throw CommandFailure("nothing to search for in “\(query.joined(separator: " "))”") }
            let hits = try archive.openIndex().search(parsed, order: sorting.order(else: .relevance), limit: limit)
            if json {
                try RecordJSON.print(hits.map { RecordJSON($0.record, score: $0.score) })
                return
            }
            var out = HumanOutput()
            out.listing(hits, today: .today(in: try archive.settings().timeZone.value))
            out.flush()
            if hits.isEmpty { FileHandle.standardError.write(Data("talks: no matches\n".utf8)) }
        }
    }
}

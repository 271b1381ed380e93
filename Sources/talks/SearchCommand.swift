import ArgumentParser
import CellText
import Foundation
import TalkArchive

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search talks and papers, best match first.",
        discussion: """
            QUERY LANGUAGE
            \(QuerySyntax.text(indent: 2, column: 22))
            Accents are ignored ("godel" finds "Gödel"). Results with words are ranked by BM25 with
            titles and speakers weighted above abstracts; queries of filters only list newest first.
            --sort newest|oldest|title (or --oldest) orders by date or title instead.
            When nothing matches, standard error offers the archive's closest words ("did you mean").
            """
    )

    @OptionGroup var archive: ArchiveOptions
    @Argument(help: "The query; quote it in the shell when it has spaces or quotes.") var query: [String]
    @Option(help: "At most this many results.") var limit = 50
    @OptionGroup var sorting: SortOptions
    @Flag(help: "Print a JSON array of records, each with its kind and score.") var json = false

    /// `talks: no matches; did you mean Muennighoff?`, the words sanitized for the terminal.
    static func noMatches(closest: [String]) -> String {
        guard !closest.isEmpty else { return "talks: no matches" }
        return "talks: no matches; did you mean \(closest.map { TerminalSafeText.sanitize($0) }.joined(separator: " or "))?"
    }

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
            let index = try archive.openIndex()
            let hits = try index.search(parsed, order: sorting.order(else: .relevance), limit: limit)
            if json {
                try RecordJSON.print(hits.map { RecordJSON($0.record, score: $0.score) })
            } else {
                var out = HumanOutput()
                out.listing(hits, today: .today(in: try archive.settings().timeZone.value))
                out.flush()
            }
            // On standard error in both forms: --json's standard output stays an array of records.
            if hits.isEmpty { FileHandle.standardError.write(Data((Self.noMatches(closest: try index.closestWords(to: parsed)) + "\n").utf8)) }
        }
    }
}

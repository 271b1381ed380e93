import ArgumentParser
import Foundation
import TalkArchive

/// `talks-bench search-phase` (internal): opens a built index through the public API and times
/// every query of `BenchQuery.all` through `ArchiveIndex.search(_:limit:)`; prints one JSON line.
struct SearchPhase: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search-phase", abstract: "Time the query set through the talks API (used by run).",
        shouldDisplay: false)

    @Option(help: "The archive folder.") var archive: String
    @Option(help: "The index cache folder.") var cache: String
    @Option(help: "Timed runs of each query, after one untimed warm-up.") var repetitions = 50
    @Option(help: "The query set: pages (talks) or papers (imports).") var set = BenchQuery.Set.pages
    @Option(help: "Only the queries of this group (word, typing, phrase, field, dates, series, year), for profiling.")
    var group: String?
    @Flag(help: "Time only the browser's keys, not the ranked API search (for profiling).") var browserOnly = false
    @Flag(help: "Time only opening the t and a pickers.") var pickersOnly = false

    /// What the phase reports to `run`.
    struct Result: Codable {
        /// Seconds `ArchiveIndex.open` took on the existing index (it reads and hashes every page).
        var openSeconds: Double
        /// Per query, in `BenchQuery.all` order: each run's milliseconds.
        var milliseconds: [[Double]]
        /// Per query: the ids of the top 50, to compare with the shell's.
        var ids: [[String]]
        /// Per query: the MATCH expression it compiled to on this index, for the shell to rank.
        var matches: [String?]
        /// Per query, as the browser runs it on each key: the count and the first screenfuls.
        var browserMilliseconds: [[Double]]
        /// Per query: the SQL statements of one browser key, for the sqlite3 shell to run too.
        var browserStatements: [[String]]
        /// For imported papers, per query: the browser's key in its talks view (`kind:talk`),
        /// where a few talks sit among all the papers.
        var talkViewMilliseconds: [[Double]]?
        /// Opening the `t` (topics) and `a` (speakers) pickers: reading their counts from the index.
        var topicPickerMilliseconds: [Double]?
        var speakerPickerMilliseconds: [Double]?
        var peakMemoryKB: Int
    }

    func run() throws {
        let start = ContinuousClock.now
        let index = try ArchiveIndex.open(archive: URL(fileURLWithPath: archive), cache: URL(fileURLWithPath: cache))
        let openSeconds = (ContinuousClock.now - start).seconds
        var times: [[Double]] = []
        var browser: [[Double]] = []
        var ids: [[String]] = []
        var matches: [String?] = []
        var statements: [[String]] = []
        var talkView: [[Double]] = []
        for query in set.queries where !pickersOnly && (group == nil || query.group == group) {
            if !browserOnly {
                ids.append(try index.search(query.text, limit: 50).map(\.record.id))
                matches.append(try index.matchExpression(for: query.text))
                times.append(try timed { _ = try index.search(query.text, limit: 50) })
            }
            // The browser's default view lists both kinds.
            browser.append(try timed { try browserKey(query.text, nil, index) })
            statements.append(try index.statements { try browserKey(query.text, nil, index) })
            if set == .papers {
                talkView.append(try timed { try browserKey(query.text, .talk, index) })
            }
        }
        let topicPicker = try timed { _ = try index.topicCountsByKind() }
        let speakerPicker = try timed { _ = try index.speakerCounts() }
        let result = Result(openSeconds: openSeconds, milliseconds: times, ids: ids, matches: matches, browserMilliseconds: browser,
                            browserStatements: statements, talkViewMilliseconds: set == .papers ? talkView : nil,
                            topicPickerMilliseconds: topicPicker, speakerPickerMilliseconds: speakerPicker,
                            peakMemoryKB: ProcessMemory.peakKB())
        print(String(decoding: try JSONEncoder().encode(result), as: UTF8.self))
    }

    /// What the browser does on a key: parse the typed text, add its view's kind (none in the
    /// default view), count each kind and read the first rows.
    private func browserKey(_ text: String, _ kind: RecordKind?, _ index: ArchiveIndex) throws {
        var query = try SearchQuery(parsing: text)
        if let kind { query = query.requiring(.kind(kind)) }
        _ = try index.firstRows(for: SearchRequest(query: query, order: .relevance, rows: 30, select: nil))
    }

    /// Milliseconds of each of `repetitions` runs, after one untimed warm-up.
    private func timed(_ body: () throws -> Void) throws -> [Double] {
        try body()
        return try (0..<repetitions).map { _ in
            let start = ContinuousClock.now
            try body()
            return (ContinuousClock.now - start).seconds * 1000
        }
    }
}

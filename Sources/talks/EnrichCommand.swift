import ArgumentParser
import ArxivAPI
import Foundation
import TalkArchive
import TalkSettings

struct EnrichCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enrich",
        abstract: "Ask the arXiv API what it says of the archive's papers, and keep it in the archive.",
        discussion: """
            Records with arXiv ids are asked for by id (100 a request), the others by title; a title \
            search is taken only when arXiv has a paper of exactly that title (case, accents and \
            punctuation aside). Authors with affiliations, abstract, categories, dates, DOI, journal \
            reference, comment and withdrawal go to arxiv-enriched.toml in the archive folder, with the \
            URL asked and when; talks reads it like any page, so nothing needs the network afterwards. \
            One request every 3 s, as arXiv's terms ask. A second run asks only about records the \
            file does not cover yet (--refresh asks about all). When a request fails, what was found \
            is kept and what was not is listed (exit status 1). Kiosk mode refuses it (exit status 77). \
            The API is $TALKS_ARXIV_API when set (default https://export.arxiv.org/api/query).
            """
    )

    @OptionGroup var archive: ArchiveOptions
    @Flag(help: "Ask again about records the file already covers.") var refresh = false
    @Flag(help: "Print the requests that would be sent, and send none.") var dryRun = false
    @Flag(help: "Print the summary as JSON.") var json = false
    @Option(help: ArgumentHelp("Seconds without any data from arXiv before a request is given up.", valueName: "seconds"))
    var timeout: Double = 30

    func validate() throws {
        guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout takes a positive number of seconds") }
    }

    func run() throws {
        try reportingFailures {
            try archive.kiosk.policy.require(.enrichFromArxiv)
            let environment = ProcessInfo.processInfo.environment
            let api = try Self.api(environment)
            let interval = try Self.interval(environment)
            let folder = try archive.folder()
            let (file, plan) = try plan(folder)
            if dryRun { return EnrichReport.dryRun(plan, api: api, json: json) }
            guard !plan.requests.isEmpty else { return EnrichReport.nothingToAsk(plan, json: json) }
            guard let lock = EnrichLock(cache: try CacheInUse.folder()) else {
                throw CommandFailure("another `talks enrich` is asking arXiv (one client at a time); try again when it ends")
            }
            defer { lock.release() }
            let (results, interrupted) = try ask(plan, api: api, interval: interval)
            if results.learnedNothing {
                throw CommandFailure("\(results.stopReason ?? "no answer"); nothing changed")
            }
            let merge = EnrichFile.merge(file.facts, with: results.facts)
            if merge.changes {
                try EnrichFile.write(merge.entries, header: EnrichFile.header(api: api, at: ArxivSession.now()), in: folder)
            }
            EnrichReport.finished(results, merge: merge, file: EnrichFile.url(in: folder), api: api, json: json)
            if interrupted { throw ExitCode(130) }
            if !results.failures.isEmpty { throw ExitCode(1) }
        }
    }

    /// The enrich file as it is, and what to ask given the archive and that file.
    private func plan(_ folder: URL) throws -> (EnrichFile.Contents, EnrichPlan) {
        let built = Archive.build(pages: try ArchiveFolder(url: folder).pages)
        let file = try EnrichFile.read(in: folder)
        if let problem = file.problems.first(where: { $0.severity >= .warning }) {
            throw CommandFailure("\(problem.source.map { "\($0): " } ?? "")\(problem.message); fix or move \(EnrichFile.name) first: nothing was asked")
        }
        return (file, EnrichPlan(archive: built, existing: file.facts, refresh: refresh))
    }

    /// Asks arXiv through the helper, showing progress: the answers, and whether Ctrl-C ended it.
    private func ask(_ plan: EnrichPlan, api: String, interval: Double?) throws -> (EnrichResults, Bool) {
        var progress = ProgressLine()
        let pace = interval ?? ArxivClient.minimumInterval
        let seconds = Double(plan.requests.count - 1) * pace
        progress.show("asking arXiv about \(plan.recordCount) records in \(plan.requests.count) requests"
            + (seconds >= 1 ? " (one every \(ArxivSession.seconds(pace)): at least \(ArxivSession.seconds(seconds)))" : ""))
        var results = EnrichResults(plan: plan)
        do {
            let interrupted = try ArxivSession(api: api, interval: interval, timeout: timeout).run(plan, into: &results, progress: &progress)
            return (results, interrupted)
        } catch {
            throw CommandFailure("\(error)")
        }
    }

    /// `$TALKS_ARXIV_API`, else arXiv's own.
    static func api(_ environment: [String: String]) throws -> String {
        guard let value = environment["TALKS_ARXIV_API"], !value.isEmpty else { return ArxivClient.defaultAPI }
        guard let url = URL(string: value), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host?.isEmpty == false else {
            throw CommandFailure("TALKS_ARXIV_API must be an http(s) URL, not “\(value)”")
        }
        return value
    }

    /// `$TALKS_ARXIV_INTERVAL`: seconds between requests, for tests against a local server (the helper
    /// never goes below arXiv's 3 s for any other).
    static func interval(_ environment: [String: String]) throws -> Double? {
        guard let value = environment["TALKS_ARXIV_INTERVAL"], !value.isEmpty else { return nil }
        guard let seconds = Double(value), seconds.isFinite, seconds >= 0 else {
            throw CommandFailure("TALKS_ARXIV_INTERVAL must be a number of seconds, not “\(value)”")
        }
        return seconds
    }
}

import ArxivAPI
import Foundation
import TalkArchive

/// What `talks enrich` prints on standard output: for people, or with `--json` one object
/// (`EnrichSummary`).
enum EnrichReport {
    /// `--dry-run`: each request's URL and the records it is for.
    static func dryRun(_ plan: EnrichPlan, api: String, json: Bool) {
        if json {
            let requests = plan.requests.map { DryRunRequest(url: $0.query.url(base: api), records: $0.targets.map(\.id)) }
            return printJSON(DryRun(requests: requests, covered: plan.covered.map(\.id), unsearchable: plan.unsearchable.map(\.id)))
        }
        var out = HumanOutput()
        out.emit("\(plan.requests.count) requests about \(plan.recordCount) records would be sent:")
        for request in plan.requests {
            out.emit(request.query.url(base: api))
            out.emit("  for " + request.targets.map(\.id).joined(separator: ", "))
        }
        skipped(plan, into: &out)
        out.flush()
    }

    static func nothingToAsk(_ plan: EnrichPlan, json: Bool) {
        if json { return printJSON(EnrichSummary(plan: plan)) }
        var out = HumanOutput()
        out.emit("nothing to ask arXiv")
        skipped(plan, into: &out)
        out.flush()
    }

    static func finished(_ results: EnrichResults, merge: EnrichFile.Merge, file: URL, api: String, json: Bool) {
        if json { return printJSON(EnrichSummary(results, merge: merge, file: file, api: api)) }
        var out = HumanOutput()
        out.emit("arXiv answered \(results.answered) of \(results.plan.requests.count) requests: \(results.facts.count) papers found")
        if merge.changes {
            out.emit("wrote \(file.path): \(merge.added) new, \(merge.updated) updated, \(merge.unchanged) unchanged (talks reads it from now on)")
        } else {
            out.emit("\(file.lastPathComponent) unchanged")
        }
        for miss in results.notFound {
            out.row("not found", "\(quoted(miss.asked)) (\(miss.records.joined(separator: ", ")))", keyWidth: 10)
        }
        for miss in results.ambiguous {
            out.row("ambiguous", "\(quoted(miss.asked)): several papers have this title, none taken (\(miss.records.joined(separator: ", ")))", keyWidth: 10)
        }
        if !results.failures.isEmpty {
            let records = Set(results.failures.flatMap(\.records)).count
            out.emit("not enriched, \(records) records (\(results.failures.count) requests failed):")
            for failure in results.failures {
                out.row("  failed", "\(quoted(failure.asked)) (\(failure.records.joined(separator: ", "))): \(failure.message)", keyWidth: 10)
            }
        }
        skipped(results.plan, into: &out)
        out.flush()
    }

    private static func skipped(_ plan: EnrichPlan, into out: inout HumanOutput) {
        if !plan.covered.isEmpty {
            out.emit("\(plan.covered.count) records already covered by \(EnrichFile.name) (--refresh asks again)")
        }
        if !plan.unsearchable.isEmpty {
            out.emit("not searched, title under \(EnrichPlan.minimumTitleWords) words and no arXiv id: "
                + plan.unsearchable.map(\.id).joined(separator: ", "))
        }
    }

    /// An id as it is, a title in quotes.
    private static func quoted(_ asked: String) -> String {
        ArxivID.normalize(asked.split(separator: ",").first.map(String.init) ?? "") != nil ? asked : "“\(asked)”"
    }

    private static func printJSON<T: Encodable>(_ value: T) {
        try? RecordJSON.print(value)
        print()
    }

    private struct DryRun: Encodable {
        var requests: [DryRunRequest]
        var covered: [String]
        var unsearchable: [String]
    }

    private struct DryRunRequest: Encodable {
        var url: String
        var records: [String]
    }
}

/// `talks enrich --json`.
struct EnrichSummary: Encodable {
    var file: String?
    var api: String?
    var written = false
    var requests: Int
    var answered = 0
    var papers = 0
    var added = 0
    var updated = 0
    var unchanged = 0
    var notFound: [EnrichResults.Miss] = []
    var ambiguous: [EnrichResults.Miss] = []
    var failed: [EnrichResults.Failure] = []
    var stopped: String?
    var covered: Int
    var unsearchable: [String]

    enum CodingKeys: String, CodingKey {
        case file, api, written, requests, answered, papers, added, updated, unchanged, ambiguous, failed, stopped, covered, unsearchable
        case notFound = "not_found"
    }

    init(plan: EnrichPlan) {
        requests = plan.requests.count
        covered = plan.covered.count
        unsearchable = plan.unsearchable.map(\.id)
    }

    init(_ results: EnrichResults, merge: EnrichFile.Merge, file: URL, api: String) {
        self.init(plan: results.plan)
        self.file = file.path
        self.api = api
        written = merge.changes
        answered = results.answered
        papers = results.facts.count
        added = merge.added
        updated = merge.updated
        unchanged = merge.unchanged
        notFound = results.notFound
        ambiguous = results.ambiguous
        failed = results.failures
        stopped = results.stopReason
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(api, forKey: .api)
        try c.encode(written, forKey: .written)
        try c.encode(requests, forKey: .requests)
        try c.encode(answered, forKey: .answered)
        try c.encode(papers, forKey: .papers)
        try c.encode(added, forKey: .added)
        try c.encode(updated, forKey: .updated)
        try c.encode(unchanged, forKey: .unchanged)
        try c.encode(notFound, forKey: .notFound)
        try c.encode(ambiguous, forKey: .ambiguous)
        try c.encode(failed, forKey: .failed)
        try c.encode(stopped, forKey: .stopped)
        try c.encode(covered, forKey: .covered)
        try c.encode(unsearchable, forKey: .unsearchable)
    }
}

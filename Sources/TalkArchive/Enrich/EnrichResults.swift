import ArxivAPI
import Foundation

/// What the arXiv API's answers to an ``EnrichPlan`` come to: facts for the papers it found, and
/// every record it did not answer for, and why.
///
/// ```swift
/// var results = EnrichResults(plan: plan)
/// results.answer(0, url: url, feed: feed, retrieved: "2026-12-03T15:50:12Z")
/// results.stop(at: 1, message: "cannot reach export.arxiv.org: connection refused")
/// results.facts      // the papers of request 0
/// results.failures   // request 1 and every later one, with the records they served
/// ```
/// A title search is accepted only for a paper whose normalized title (``TextTools/titleKey(_:)``)
/// equals the record's; two different papers with that title are reported as ambiguous and neither
/// is taken. An id answered by no entry is reported as not found.
public struct EnrichResults: Sendable {
    /// Records a request found nothing (or nothing certain) for.
    public struct Miss: Hashable, Sendable, Codable {
        /// The id or title asked.
        public var asked: String
        public var records: [String]
    }

    /// A request that got no answer, and the records it was for.
    public struct Failure: Hashable, Sendable, Codable {
        public var asked: String
        public var records: [String]
        public var message: String
    }

    public let plan: EnrichPlan
    public private(set) var facts: [PaperFacts] = []
    public private(set) var notFound: [Miss] = []
    public private(set) var ambiguous: [Miss] = []
    public private(set) var failures: [Failure] = []
    /// Why the run ended before every request was asked.
    public private(set) var stopReason: String?
    /// How many requests were answered.
    public private(set) var answered = 0
    private var settled: Set<Int> = []

    public init(plan: EnrichPlan) {
        self.plan = plan
    }

    /// Request `index` was answered with `feed`.
    public mutating func answer(_ index: Int, url: String, feed: ArxivFeed, retrieved: String) {
        guard plan.requests.indices.contains(index), settled.insert(index).inserted else { return }
        answered += 1
        let request = plan.requests[index]
        switch request.query {
        case .ids(let ids):
            let entries = Dictionary(feed.entries.map { (ArxivID.apiForm($0.id), $0) }, uniquingKeysWith: { first, _ in first })
            for id in ids {
                let targets = request.targets.filter { $0.arxiv.map(ArxivID.apiForm).contains(id) }
                guard let entry = entries[id] else {
                    notFound.append(Miss(asked: id, records: targets.map(\.id)))
                    continue
                }
                // Filed under the archive's own spelling, so that the facts meet their records.
                let spelling = targets.lazy.flatMap(\.arxiv).first { ArxivID.apiForm($0) == id } ?? id
                add(PaperFacts(entry, arxiv: spelling, source: url, retrieved: retrieved))
            }
        case .title(let title):
            let key = TextTools.titleKey(title)
            let matches = feed.entries.filter { TextTools.titleKey($0.title) == key }
            let papers = Set(matches.map { ArxivID.apiForm($0.id) })
            let records = request.targets.map(\.id)
            if papers.isEmpty {
                notFound.append(Miss(asked: title, records: records))
            } else if papers.count > 1 {
                ambiguous.append(Miss(asked: title, records: records))
            } else if let entry = matches.first {
                add(PaperFacts(entry, arxiv: entry.id, source: url, retrieved: retrieved))
            }
        }
    }

    /// Request `index` failed for a reason of its own.
    public mutating func fail(_ index: Int, message: String) {
        guard plan.requests.indices.contains(index), settled.insert(index).inserted else { return }
        let request = plan.requests[index]
        failures.append(Failure(asked: Self.asked(request.query), records: request.targets.map(\.id), message: message))
    }

    /// The run ended at request `index`: it and every later request not yet settled failed with `message`.
    public mutating func stop(at index: Int, message: String) {
        stopReason = stopReason ?? message
        for later in plan.requests.indices where later >= index && !settled.contains(later) {
            fail(later, message: later == index ? message : "not asked: \(message)")
        }
    }

    /// Whether the run stopped before anything was answered: nothing learned, nothing to write.
    public var learnedNothing: Bool { answered == 0 && stopReason != nil }

    private mutating func add(_ new: PaperFacts) {
        if let index = facts.firstIndex(where: { $0.arxiv == new.arxiv }) { facts[index] = new } else { facts.append(new) }
    }

    static func asked(_ query: ArxivQuery) -> String {
        switch query {
        case .ids(let ids): return ids.joined(separator: ",")
        case .title(let title): return title
        }
    }
}

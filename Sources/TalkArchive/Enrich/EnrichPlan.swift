import ArxivAPI
import Foundation

/// What `talks enrich` asks the arXiv API, and which records each request serves.
///
/// ```swift
/// let plan = EnrichPlan(archive: archive, existing: file.facts, refresh: false)
/// plan.requests.map(\.query)  // [.ids(["1806.07572", …]), .title("Grokking: Generalization Beyond Overfitting …")]
/// plan.covered.count          // records the enrich file already answers for
/// ```
/// Records with arXiv ids are asked for by id, at most ``ArxivQuery/maxIDs`` a request; records
/// without one by their title, once per distinct title. A record the existing enrich file already
/// covers (every id it has, or its title) is left out unless `refresh`. A title of fewer than
/// ``minimumTitleWords`` words is not searched: too many papers could carry it.
public struct EnrichPlan: Sendable {
    /// A record to enrich, as a request and a report name it.
    public struct Target: Hashable, Sendable, Codable {
        public var id: String
        public var title: String
        /// Its normalized arXiv ids.
        public var arxiv: [String]
    }

    /// One request and the records it serves.
    public struct Request: Sendable {
        public var query: ArxivQuery
        public var targets: [Target]
    }

    public static let minimumTitleWords = 3

    public private(set) var requests: [Request] = []
    /// Records the enrich file already covers.
    public private(set) var covered: [Target] = []
    /// Records without an id whose title is too short to search.
    public private(set) var unsearchable: [Target] = []

    /// How many records the requests serve.
    public var recordCount: Int { Set(requests.flatMap { $0.targets.map(\.id) }).count }

    public init(archive: Archive, existing: [PaperFacts], refresh: Bool) {
        let knownIDs = Set(existing.compactMap(\.arxiv).map(ArxivID.apiForm))
        let knownTitles = Set(existing.map { TextTools.titleKey($0.title) })
        var byID: [(id: String, targets: [Target])] = [], idIndex: [String: Int] = [:]
        var byTitle: [(title: String, targets: [Target])] = [], titleIndex: [String: Int] = [:]
        for record in archive.records {
            let target = Target(id: record.id, title: record.title, arxiv: record.arxiv)
            if !record.arxiv.isEmpty {
                let wanted = record.arxiv.map(ArxivID.apiForm).filter { refresh || !knownIDs.contains($0) }
                guard !wanted.isEmpty else { covered.append(target); continue }
                for id in wanted {
                    if let index = idIndex[id] { byID[index].targets.append(target); continue }
                    idIndex[id] = byID.count
                    byID.append((id, [target]))
                }
            } else {
                let key = TextTools.titleKey(record.title)
                if !refresh && knownTitles.contains(key) { covered.append(target); continue }
                guard key.split(separator: " ").count >= Self.minimumTitleWords else { unsearchable.append(target); continue }
                if let index = titleIndex[key] { byTitle[index].targets.append(target); continue }
                titleIndex[key] = byTitle.count
                byTitle.append((record.title, [target]))
            }
        }
        for start in stride(from: 0, to: byID.count, by: ArxivQuery.maxIDs) {
            let chunk = byID[start..<min(start + ArxivQuery.maxIDs, byID.count)]
            var targets: [Target] = []
            for target in chunk.flatMap(\.targets) where !targets.contains(target) { targets.append(target) }
            requests.append(Request(query: .ids(chunk.map(\.id)), targets: targets))
        }
        requests += byTitle.map { Request(query: .title($0.title), targets: $0.targets) }
    }
}

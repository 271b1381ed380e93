/// Links records that belong together, both ways:
/// - talks that discuss the same work (a shared arXiv id or paper URL, or the same paper title:
///   the three DLTRG sessions on "Monte Carlo Gradient Estimation");
/// - a talk and the paper of the collection it discussed, by title: the paper's title equals the
///   talk's paper title, or begins with it followed by a colon ("Neural Tangent Kernel" and
///   "Neural Tangent Kernel: Convergence and Generalization in Neural Networks"), or they share an arXiv id.
enum RelatedRecords {
    /// Related records kept per record: more than any real archive has, and few enough that a title
    /// repeated on thousands of rows no longer links every pair (quadratic time and memory).
    static let maxRelated = 50

    static func link(talks: inout [ArchiveRecord], papers: inout [ArchiveRecord], diagnostics: inout [Diagnostic]) {
        var related = RelatedLists(limit: maxRelated)
        // Candidates come from shared keys, never from comparing every pair: linear in the archive.
        // A key's list stops at one past the limit: later records could not be linked anyway.
        let talkKeys = talks.map(workKeys)
        var talksByKey: [String: [Int]] = [:]
        for (i, keys) in talkKeys.enumerated() {
            for key in keys { appendCapped(i, to: &talksByKey[key, default: []]) }
        }
        var papersByKey: [String: [Int]] = [:]
        for (j, paper) in papers.enumerated() {
            for id in paper.arxiv { appendCapped(j, to: &papersByKey["arxiv " + id, default: []]) }
            let key = TextTools.titleKey(paper.title)
            appendCapped(j, to: &papersByKey["title " + key, default: []])
            if let head = paper.title.split(separator: ":", maxSplits: 1).first.map({ TextTools.titleKey($0) }), head != key {
                appendCapped(j, to: &papersByKey["title " + head, default: []])
            }
        }
        for i in talks.indices {
            let others = Set(talkKeys[i].flatMap { talksByKey[$0] ?? [] }).filter { $0 > i }.sorted()
            for j in others where sameWork(talks[i], talks[j]) {
                guard related.connect(talks[i].id, talks[j].id) else { continue }
                if TextTools.titleKey(talks[i].title) == TextTools.titleKey(talks[j].title) {
                    diagnostics.append(Diagnostic(.info, .samePaperTwice, at: talks[j].sources.first,
                        "\(talks[j].id) discusses the same paper as \(talks[i].id) (“\(talks[i].title)”)"))
                }
            }
            let paperKeys = talks[i].arxiv.map { "arxiv " + $0 } + paperTitles(talks[i]).map { "title " + $0 }
            for j in Set(paperKeys.flatMap { papersByKey[$0] ?? [] }).sorted() where discusses(talks[i], papers[j]) {
                guard related.connect(talks[i].id, papers[j].id) else { continue }
                diagnostics.append(Diagnostic(.info, .related, at: talks[i].sources.first,
                    "\(talks[i].id) discussed the paper \(papers[j].id) (“\(papers[j].title)”): linked both ways"))
            }
        }
        for i in talks.indices { talks[i].related = related.ids[talks[i].id] ?? [] }
        for i in papers.indices { papers[i].related = related.ids[papers[i].id] ?? [] }
    }

    private static func appendCapped(_ index: Int, to list: inout [Int]) {
        if list.count <= maxRelated { list.append(index) }
    }

    /// Keys two talks on the same work share (a superset: `sameWork` decides).
    private static func workKeys(_ talk: ArchiveRecord) -> [String] {
        talk.arxiv.map { "arxiv " + $0 } + workURLs(talk).map { "url " + $0 } + paperTitles(talk).map { "title " + $0 }
    }

    private static func paperTitles(_ talk: ArchiveRecord) -> Set<String> {
        var titles = Set([TextTools.titleKey(talk.title)])
        if let first = talk.links.first, first.kind != .notes, first.label.count > 12 {
            titles.insert(TextTools.titleKey(first.label))
        }
        return titles
    }

    private static func workURLs(_ talk: ArchiveRecord) -> Set<String> {
        Set(talk.links.filter { $0.kind != .notes && $0.kind != .video }.prefix(1).map { $0.url.lowercased() })
    }

    static func sameWork(_ a: ArchiveRecord, _ b: ArchiveRecord) -> Bool {
        guard a.series == b.series || !Set(a.arxiv).isDisjoint(with: b.arxiv) else { return false }
        if !Set(a.arxiv).isDisjoint(with: b.arxiv) { return true }
        if !workURLs(a).isDisjoint(with: workURLs(b)) { return true }
        return !paperTitles(a).isDisjoint(with: paperTitles(b))
    }

    static func discusses(_ talk: ArchiveRecord, _ paper: ArchiveRecord) -> Bool {
        if !Set(talk.arxiv).isDisjoint(with: paper.arxiv) { return true }
        let paperKey = TextTools.titleKey(paper.title)
        let headKey = paper.title.split(separator: ":", maxSplits: 1).first.map { TextTools.titleKey($0) } ?? paperKey
        return paperTitles(talk).contains { key in
            key.split(separator: " ").count >= 2 && (key == paperKey || key == headKey)
        }
    }

    /// Share of the shorter title's words found in the other: 1 when one contains the other's words.
    static func wordOverlap(_ a: String, _ b: String) -> Double {
        let x = Set(TextTools.titleKey(a).split(separator: " ")), y = Set(TextTools.titleKey(b).split(separator: " "))
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        return Double(x.intersection(y).count) / Double(min(x.count, y.count))
    }
}

/// Related ids per record, always both ways, at most `limit` each.
private struct RelatedLists {
    let limit: Int
    private(set) var ids: [String: [String]] = [:]

    /// Links `a` and `b` both ways; false when either already has `limit` others.
    mutating func connect(_ a: String, _ b: String) -> Bool {
        if ids[a]?.contains(b) == true { return true }
        guard ids[a, default: []].count < limit, ids[b, default: []].count < limit else { return false }
        ids[a, default: []].append(b)
        ids[b, default: []].append(a)
        return true
    }
}

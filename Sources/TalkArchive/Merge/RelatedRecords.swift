/// Links records that belong together, both ways:
/// - talks that discuss the same work (a shared arXiv id or paper URL, or the same paper title:
///   the three DLTRG sessions on "Monte Carlo Gradient Estimation");
/// - a talk and the paper of the collection it discussed, by title: the paper's title equals the
///   talk's paper title, or begins with it followed by a colon ("Neural Tangent Kernel" and
///   "Neural Tangent Kernel: Convergence and Generalization in Neural Networks"), or they share an arXiv id.
enum RelatedRecords {
    static func link(talks: inout [ArchiveRecord], papers: inout [ArchiveRecord], diagnostics: inout [Diagnostic]) {
        var related: [String: [String]] = [:]
        func connect(_ a: String, _ b: String) {
            if !(related[a]?.contains(b) ?? false) { related[a, default: []].append(b) }
            if !(related[b]?.contains(a) ?? false) { related[b, default: []].append(a) }
        }
        // Candidates come from shared keys, never from comparing every pair: linear in the archive.
        var talksByKey: [String: [Int]] = [:]
        for (i, talk) in talks.enumerated() {
            for key in workKeys(talk) { talksByKey[key, default: []].append(i) }
        }
        var papersByKey: [String: [Int]] = [:]
        for (j, paper) in papers.enumerated() {
            for id in paper.arxiv { papersByKey["arxiv " + id, default: []].append(j) }
            let key = TextTools.titleKey(paper.title)
            papersByKey["title " + key, default: []].append(j)
            if let head = paper.title.split(separator: ":", maxSplits: 1).first.map({ TextTools.titleKey($0) }), head != key {
                papersByKey["title " + head, default: []].append(j)
            }
        }
        for i in talks.indices {
            let others = Set(workKeys(talks[i]).flatMap { talksByKey[$0] ?? [] }).filter { $0 > i }.sorted()
            for j in others where sameWork(talks[i], talks[j]) {
                connect(talks[i].id, talks[j].id)
                if TextTools.titleKey(talks[i].title) == TextTools.titleKey(talks[j].title) {
                    diagnostics.append(Diagnostic(.info, .samePaperTwice, at: talks[j].sources.first,
                        "\(talks[j].id) discusses the same paper as \(talks[i].id) (“\(talks[i].title)”)"))
                }
            }
            let paperKeys = talks[i].arxiv.map { "arxiv " + $0 } + paperTitles(talks[i]).map { "title " + $0 }
            for j in Set(paperKeys.flatMap { papersByKey[$0] ?? [] }).sorted() where discusses(talks[i], papers[j]) {
                connect(talks[i].id, papers[j].id)
                diagnostics.append(Diagnostic(.info, .related, at: talks[i].sources.first,
                    "\(talks[i].id) discussed the paper \(papers[j].id) (“\(papers[j].title)”): linked both ways"))
            }
        }
        for i in talks.indices { talks[i].related = related[talks[i].id] ?? [] }
        for i in papers.indices { papers[i].related = related[papers[i].id] ?? [] }
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

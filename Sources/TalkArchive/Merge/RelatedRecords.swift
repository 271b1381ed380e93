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
        for i in talks.indices {
            for j in talks.indices where j > i && sameWork(talks[i], talks[j]) {
                connect(talks[i].id, talks[j].id)
                if TextTools.titleKey(talks[i].title) == TextTools.titleKey(talks[j].title) {
                    diagnostics.append(Diagnostic(.info, .samePaperTwice, at: talks[j].sources.first,
                        "\(talks[j].id) discusses the same paper as \(talks[i].id) (“\(talks[i].title)”)"))
                }
            }
            for paper in papers where discusses(talks[i], paper) {
                connect(talks[i].id, paper.id)
                diagnostics.append(Diagnostic(.info, .related, at: talks[i].sources.first,
                    "\(talks[i].id) discussed the paper \(paper.id) (“\(paper.title)”): linked both ways"))
            }
        }
        for i in talks.indices { talks[i].related = related[talks[i].id] ?? [] }
        for i in papers.indices { papers[i].related = related[papers[i].id] ?? [] }
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

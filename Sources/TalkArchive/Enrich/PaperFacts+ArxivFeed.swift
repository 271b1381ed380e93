import ArxivAPI
import Foundation

extension PaperFacts {
    /// What an arXiv API entry says of a paper, read from `source` at `retrieved`.
    ///
    /// ```swift
    /// PaperFacts(entry, arxiv: "hep-ex/0307015", source: url, retrieved: "2026-12-03T15:50:12Z").categories  // ["hep-ex"]
    /// ```
    /// - Parameter arxiv: the id to file the facts under (the archive's own spelling of it).
    /// Categories are arXiv's only (ACM and MSC classes are left out), the primary one first;
    /// dates are the days the feed's timestamps fall on as it writes them; several affiliations of
    /// one author are joined with "; ".
    init(_ entry: ArxivFeed.Entry, arxiv: String, source: String, retrieved: String) {
        let categories = ([entry.primaryCategory].compactMap { $0 } + entry.categories).filter(Self.isArxivCategory)
        var unique: [String] = []
        for category in categories where !unique.contains(category) { unique.append(category) }
        self.init(
            title: entry.title, arxiv: ArxivID.normalize(arxiv) ?? arxiv,
            authors: entry.authors.map { Speaker(name: $0.name, affiliation: $0.affiliations.isEmpty ? nil : $0.affiliations.joined(separator: "; ")) },
            abstract: entry.summary, categories: unique,
            published: entry.published.flatMap { Day(iso: String($0.prefix(10))) },
            updated: entry.updated.flatMap { Day(iso: String($0.prefix(10))) },
            doi: entry.doi, journalRef: entry.journalRef, comment: entry.comment,
            withdrawn: WithdrawalNotice.marks(comment: entry.comment, abstract: entry.summary),
            source: source, retrieved: retrieved)
    }

    /// `cs.LG`, `hep-th`, `cond-mat.str-el`, `q-bio.NC`: not `I.2.6` (ACM) or `14C20, 14M99` (MSC).
    static func isArxivCategory(_ term: String) -> Bool {
        term.range(of: #"^[a-z]+(-[a-z]+)*(\.[A-Za-z]+(-[a-z]+)*)?$"#, options: .regularExpression) != nil
    }
}

import Foundation

/// Gives records what the facts files say of their papers.
///
/// Rules (README "The facts files", reported by `talks check`):
/// - Facts about one paper (the same arXiv id, else the same normalized title) from several entries
///   merge like pages: lists are unions, and a value given differently is a conflict the newer
///   file (by `retrieved`) wins.
/// - Facts match a record strictly: the record the entry names (`record = "…"`), a shared arXiv id,
///   else the record's normalized title equal to the facts' title. A near miss is not a match.
/// - A paper gains the id, the authors (when the listing names none), the abstract (when it has
///   none) and the arXiv link; a listing whose author count or date disagrees with them is reported.
/// - A talk gains the facts of each paper it discusses (shown in its detail, searchable by their
///   authors and abstract) and, matched by title, that paper's id.
/// - Facts matching no record are reported, and so is every paper left without an arXiv id.
struct FactsMerger {
    private(set) var diagnostics: [Diagnostic] = []
    private var merged: [Entry] = []
    private var byArxiv: [String: Int] = [:]
    private var byTitle: [String: Int] = [:]
    private var byRecord: [String: Int] = [:]

    private struct Entry {
        var facts: PaperFacts
        var sources: [SourceRef]
        var used = false
    }

    /// `parsed` oldest file first, as the merger orders pages.
    init(_ parsed: [ParsedFacts]) {
        for item in parsed {
            let titleKey = TextTools.titleKey(item.facts.title)
            if let index = item.facts.arxiv.flatMap({ byArxiv[$0] }) ?? byTitle[titleKey] {
                merge(item, into: index)
            } else {
                if let arxiv = item.facts.arxiv { byArxiv[arxiv] = merged.count }
                byTitle[titleKey] = merged.count
                merged.append(Entry(facts: item.facts, sources: [item.source]))
            }
            if let recordID = item.recordID { byRecord[recordID] = byArxiv[item.facts.arxiv ?? ""] ?? byTitle[titleKey] }
        }
    }

    mutating func apply(talks: inout [ArchiveRecord], papers: inout [ArchiveRecord]) {
        for index in papers.indices { applyToPaper(&papers[index]) }
        for index in talks.indices { applyToTalk(&talks[index]) }
        let ids = Set((talks + papers).map(\.id))
        for (recordID, index) in byRecord.sorted(by: { $0.key < $1.key }) where !ids.contains(recordID) {
            diagnostics.append(Diagnostic(.warning, .unmatchedFacts, at: merged[index].sources.first,
                "the facts for “\(merged[index].facts.title)” name the record \(recordID), which the archive does not have"))
        }
        for entry in merged where !entry.used {
            diagnostics.append(Diagnostic(.warning, .unmatchedFacts, at: entry.sources.first,
                "the facts for “\(entry.facts.title)”\(entry.facts.arxiv.map { " (arXiv \($0))" } ?? "") match no talk or paper: check the title"))
        }
        let unknown = talks.filter { $0.paperFacts.isEmpty }.map(\.id)
        if !unknown.isEmpty && !merged.isEmpty {
            diagnostics.append(Diagnostic(.info, .talkWithoutPaper, at: nil,
                "\(unknown.count) talks discuss no paper a facts file knows (a book, a lecture, an article, or not looked up yet): \(unknown.joined(separator: ", "))"))
        }
        for paper in papers where paper.arxiv.isEmpty {
            diagnostics.append(Diagnostic(.info, .missingArxiv, at: paper.sources.first,
                "\(paper.id) (“\(paper.title)”) has no arXiv id: no public source confirmed one; add it to a facts file with its source, or run `talks enrich`"))
        }
    }

    // MARK: - Matching

    private func entryIndex(for record: ArchiveRecord) -> Int? {
        byRecord[record.id] ?? record.arxiv.compactMap { byArxiv[$0] }.first ?? byTitle[TextTools.titleKey(record.title)]
    }

    private mutating func applyToPaper(_ paper: inout ArchiveRecord) {
        guard let index = entryIndex(for: paper) else { return }
        merged[index].used = true
        let facts = merged[index].facts
        if let arxiv = facts.arxiv {
            paper.arxiv = FieldMerger.union(paper.arxiv, [arxiv]) { $0 }
            checkDate(of: paper, arxiv: arxiv, at: merged[index].sources[0])
        }
        if paper.speakers.isEmpty { paper.speakers = facts.authors }
        if let count = paper.authorCount, !facts.authors.isEmpty, count != facts.authors.count {
            diagnostics.append(Diagnostic(.warning, .conflict, at: paper.sources.first,
                "\(paper.id): the listing counts \(count) authors, \(facts.source) names \(facts.authors.count)"))
        }
        paper.abstract = paper.abstract ?? facts.abstract
        paper.updated = paper.updated ?? facts.updated
        if facts.withdrawn { paper.withdrawn = true }
        paper.links = FieldMerger.union(paper.links, facts.links) { $0.url }
        paper.paperFacts = [facts]
        paper.sources += merged[index].sources
    }

    private mutating func applyToTalk(_ talk: inout ArchiveRecord) {
        var indices = talk.arxiv.compactMap { byArxiv[$0] } + (byRecord[talk.id].map { [$0] } ?? [])
        if indices.isEmpty, let byTitle = byTitle[TextTools.titleKey(talk.title)] { indices = [byTitle] }
        for index in Set(indices).sorted() {
            merged[index].used = true
            let facts = merged[index].facts
            if let arxiv = facts.arxiv, !talk.arxiv.contains(arxiv) {
                talk.arxiv.append(arxiv)
                talk.links = FieldMerger.union(talk.links, facts.links) { $0.url }
            }
            talk.paperFacts.append(facts)
            talk.sources += merged[index].sources
        }
    }

    /// A listing dated before the id's month, or more than a month after it, names another paper.
    private mutating func checkDate(of paper: ArchiveRecord, arxiv: String, at source: SourceRef) {
        guard let month = ArxivEntry.dateFromID(arxiv) else { return }
        let listed = paper.date.year * 12 + paper.date.month
        let posted = month.year * 12 + month.month
        if listed < posted || listed > posted + 1 {
            diagnostics.append(Diagnostic(.warning, .conflict, at: source,
                "\(paper.id) is dated \(paper.date) but arXiv \(arxiv) was first posted in \(month.year)-\(month.month < 10 ? "0" : "")\(month.month): is it the same paper?"))
        }
    }

    // MARK: - Merging entries

    private mutating func merge(_ item: ParsedFacts, into index: Int) {
        var field = FieldMerger(id: item.facts.arxiv ?? item.facts.title)
        var current = merged[index].facts
        let new = item.facts
        current.title = field.scalar("title", current.title, new.title, at: item.source)
        current.arxiv = field.optional("arXiv id", current.arxiv, new.arxiv, at: item.source)
        if !new.authors.isEmpty {
            if !current.authors.isEmpty, current.authors.map(\.name) != new.authors.map(\.name) {
                _ = field.optional("authors", current.authors.map(\.name).joined(separator: ", "),
                                   new.authors.map(\.name).joined(separator: ", "), at: item.source)
            }
            current.authors = new.authors
        }
        current.abstract = field.optional("abstract", current.abstract, new.abstract, at: item.source)
        current.categories = new.categories.isEmpty ? current.categories : new.categories
        current.published = field.optional("first version date", current.published, new.published, at: item.source)
        current.updated = new.updated ?? current.updated
        current.doi = field.optional("DOI", current.doi, new.doi, at: item.source)
        current.journalRef = new.journalRef ?? current.journalRef
        current.comment = new.comment ?? current.comment
        current.withdrawn = current.withdrawn || new.withdrawn
        current.source = new.source
        current.retrieved = new.retrieved ?? current.retrieved
        merged[index].facts = current
        merged[index].sources.append(item.source)
        if let arxiv = current.arxiv { byArxiv[arxiv] = index }
        byTitle[TextTools.titleKey(current.title)] = index
        diagnostics += field.conflicts
    }
}

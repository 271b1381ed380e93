import Foundation

/// Merges what the pages say into one record per talk and per paper.
///
/// Rules (documented in the README, reported by `talks check`):
/// - The same talk is the same series and date with the same title (compared case-, accent- and
///   punctuation-blind), or, when each page has one talk that day, titles sharing most words.
/// - Lists are unions, in first-seen order: speakers (by name), links (by URL), notes, arXiv ids.
/// - A scalar (title, abstract, affiliation, start time) given by only one page is taken from it;
///   given differently by several, the newest capture wins (pages are ordered by the latest past
///   date they show) and the disagreement is reported as a conflict.
/// - Ids: series slug + ISO date, then -2, -3 … for further talks of that series and date, in
///   source order; papers likewise with `paper-`.
struct ArchiveMerger {
    private let pages: [ParsedPage]
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var topics: [Topic] = []

    init(pages: [ParsedPage]) {
        // Oldest capture first, so later pages override: by format, then as-of date, then file name
        // (never the order the folder lists them in, which would make merges differ between machines).
        self.pages = pages.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.format != y.format { return x.format.rawValue < y.format.rawValue }
            if x.asOf != y.asOf { return (x.asOf ?? Day(year: 1, month: 1, day: 1)!) < (y.asOf ?? Day(year: 1, month: 1, day: 1)!) }
            if x.file != y.file { return x.file < y.file }
            return a.offset < b.offset
        }.map(\.element)
    }

    mutating func merge() -> [ArchiveRecord] {
        topics = pages.flatMap(\.topics).map(Topic.from)
        var talks = mergeTalks()
        var papers = mergePapers()
        var facts = FactsMerger(pages.flatMap(\.facts))
        facts.apply(talks: &talks, papers: &papers)
        diagnostics += facts.diagnostics
        RelatedRecords.link(talks: &talks, papers: &papers, diagnostics: &diagnostics)
        var records = talks + papers
        TopicMatcher(topics: topics, corpus: records.compactMap(\.abstract)).assign(to: &records)
        return records.sorted { ($0.date, $1.id) > ($1.date, $0.id) }
    }

    // MARK: Talks

    private struct TalkGroup {
        var parts: [ParsedTalk]
        /// The parts' title keys and files, kept so that matching a talk never recomputes them.
        var titleKeys: Set<String>
        var files: Set<String>
        var first: ParsedTalk { parts[0] }

        init(_ talk: ParsedTalk, key: String) {
            parts = [talk]
            titleKeys = [key]
            files = [talk.source.file]
        }

        mutating func append(_ talk: ParsedTalk, key: String) {
            parts.append(talk)
            titleKeys.insert(key)
            files.insert(talk.source.file)
        }
    }

    private mutating func mergeTalks() -> [ArchiveRecord] {
        var groups: [TalkGroup] = []
        // Groups by series and date: a talk is compared only with the talks of its own day.
        var byDay: [String: [Int]] = [:]
        for talk in pages.flatMap(\.talks) {
            let day = "\(talk.series.slug) \(talk.date.iso)"
            let key = TextTools.titleKey(talk.title)
            if let index = matchingGroup(for: talk, key: key, among: byDay[day] ?? [], in: groups) {
                groups[index].append(talk, key: key)
            } else {
                byDay[day, default: []].append(groups.count)
                groups.append(TalkGroup(talk, key: key))
            }
        }
        // Source order within a series and date: the order the groups were first seen.
        var counters: [String: Int] = [:]
        return groups.map { group in
            let base = "\(group.first.series.slug)-\(group.first.date.iso)"
            counters[base, default: 0] += 1
            let n = counters[base]!
            return record(from: group, id: n == 1 ? base : "\(base)-\(n)")
        }
    }

    private func matchingGroup(for talk: ParsedTalk, key: String, among sameDay: [Int], in groups: [TalkGroup]) -> Int? {
        guard !sameDay.isEmpty else { return nil }
        let file = talk.source.file
        if let exact = sameDay.first(where: { groups[$0].titleKeys.contains(key) }) {
            // Never merge two rows of one page: a page listing a title twice on one day means two sessions.
            if !groups[exact].files.contains(file) { return exact }
            return nil
        }
        // Only whether there is exactly one candidate matters: stop at the second.
        let candidates = sameDay.lazy.filter { !groups[$0].files.contains(file) }.prefix(2)
        guard candidates.count == 1, let only = candidates.first,
              RelatedRecords.wordOverlap(groups[only].first.title, talk.title) >= 0.6 else { return nil }
        return only
    }

    private mutating func record(from group: TalkGroup, id: String) -> ArchiveRecord {
        var field = FieldMerger(id: id)
        let talk = group.first
        var record = ArchiveRecord(id: id, kind: .talk, series: talk.series, date: talk.date, title: talk.title)
        for part in group.parts {
            record.title = field.scalar("title", record.title, part.title, at: part.source)
            record.abstract = field.optional("abstract", record.abstract, part.abstract, at: part.source)
            record.start = field.optional("start time", record.start, part.start, at: part.source)
            record.startTimeZone = record.startTimeZone ?? part.startTimeZone
            record.speakers = field.speakers(record.speakers, part.speakers, at: part.source)
            record.links = FieldMerger.union(record.links, part.links) { $0.url.lowercased().trimmingSuffix("/") }
            record.notes = FieldMerger.union(record.notes, part.notes) { $0 }
            record.sources.append(part.source)
        }
        record.arxiv = FieldMerger.union([], record.links.compactMap { ArxivID.extract(from: $0.url) }) { $0 }
        if group.parts.count > 1 {
            let places = group.parts.map(\.source.description).joined(separator: ", ")
            diagnostics.append(Diagnostic(.info, .merged, at: group.parts.last?.source,
                "\(id): one talk on \(group.parts.count) pages, merged (\(places))"))
        }
        diagnostics += field.conflicts
        return record
    }

    // MARK: Papers

    private mutating func mergePapers() -> [ArchiveRecord] {
        var groups: [[ParsedPaper]] = []
        var groupByKey: [String: Int] = [:]
        for paper in pages.flatMap(\.papers) {
            let key = TextTools.titleKey(paper.title)
            if let index = groupByKey[key] {
                groups[index].append(paper)
            } else {
                groupByKey[key] = groups.count
                groups.append([paper])
            }
        }
        var counters: [String: Int] = [:]
        return groups.sorted { ($0[0].date, $0[0].source.line) < ($1[0].date, $1[0].source.line) }.map { group in
            let base = "paper-\(group[0].date.iso)"
            counters[base, default: 0] += 1
            let id = counters[base]! == 1 ? base : "\(base)-\(counters[base]!)"
            var field = FieldMerger(id: id)
            var record = ArchiveRecord(id: id, kind: .paper, series: nil, date: group[0].date, title: group[0].title)
            for paper in group {
                record.abstract = field.optional("abstract", record.abstract, paper.abstract, at: paper.source)
                record.authorCount = field.optional("author count", record.authorCount, paper.authorCount, at: paper.source)
                record.links = FieldMerger.union(record.links, paper.links) { $0.url }
                record.sources.append(paper.source)
            }
            record.arxiv = record.links.compactMap { ArxivID.extract(from: $0.url) }
            diagnostics += field.conflicts
            return record
        }
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}

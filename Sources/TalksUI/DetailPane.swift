import CellText
import Foundation
import ScreenModel
import TalkArchive
import TalkSettings

/// The selected record in full: title, speakers, time, topics, links, related records, abstract.
enum DetailPane {
    static func render(_ state: AppState, related: [ArchiveRecord], in area: Rect, into frame: inout Frame) {
        guard !area.isEmpty, let hit = state.selected else { return }
        let theme = state.theme
        let lines = content(hit.record, related: related, width: area.width - 2, terms: state.highlightTerms,
                            viewer: state.viewerZone, theme: theme, marks: state.marks[hit.record.id])
        // When it overflows, the last row says how far down the reader is.
        let overflows = lines.count > area.height
        let rows = overflows ? max(1, area.height - 1) : area.height
        let scroll = state.detailScroll.clamped(count: lines.count, height: rows).offset
        for row in 0..<rows {
            let index = scroll + row
            guard lines.indices.contains(index) else { break }
            lines[index].draw(into: &frame, x: area.x + 1, y: area.y + row, width: area.width - 2)
        }
        if overflows && area.height > 1 {
            let shown = min(lines.count, scroll + rows)
            let how = state.focus == .detail ? "j/k scroll" : "Enter to read on"
            let marker = shown < lines.count ? "↓ \(shown * 100 / lines.count)%  \(how)" : "end"
            frame.put(marker, x: area.maxX - DisplayWidth.of(marker) - 1, y: area.maxY - 1, style: theme.dim)
        }
    }

    static func content(_ record: ArchiveRecord, related: [ArchiveRecord], width: Int, terms: [String], viewer: Setting<TimeZone>,
                        theme: Theme, marks: RecordMarks? = nil) -> [StyledLine] {
        var lines: [StyledLine] = []
        lines += TextBlock.lines(record.readableTitle, width: width, style: theme.title, terms: terms, match: theme.match)
        var kind = StyledLine(record.series?.badge ?? "PAPER", theme.badge(for: record.series?.slug))
        kind.append("  " + record.id, theme.dim)
        if record.isWithdrawn { kind.append("  withdrawn", theme.error) }
        lines.append(kind)
        if let marks { lines += markLines(marks, width: width, theme: theme) }
        lines += people(record, width: width, terms: terms, theme: theme)
        if let count = record.shownAuthorCount { lines.append(StyledLine("\(count) author\(count == 1 ? "" : "s")", theme.dim)) }
        lines += TextBlock.lines(StartTimeLine.describe(record, viewer: viewer) + record.updatedNote, width: width, style: theme.date, terms: [], match: theme.match)
        lines += factLines(record, width: width, terms: terms, theme: theme)
        if !record.topics.isEmpty {
            lines.append(StyledLine())
            for topic in record.topics { lines += topicLines(topic, width: width, theme: theme) }
        }
        if !record.links.isEmpty {
            lines.append(StyledLine())
            for (i, link) in record.links.enumerated() {
                lines += TextBlock.lines("[\(i + 1)] \(link.label) (\(link.kind.rawValue))", width: width, style: theme.plain, terms: [], match: theme.match)
                lines += TextBlock.lines(link.url, width: width, style: theme.link, terms: [], match: theme.match, indent: "    ")
            }
        }
        if !related.isEmpty {
            lines.append(StyledLine())
            var heading = StyledLine("Related", theme.heading)
            heading.append("  R to go", theme.dim)
            lines.append(heading)
            for other in related {
                lines += TextBlock.lines("\(other.date.iso)  \(other.readableTitle)", width: width, style: theme.plain, terms: [], match: theme.match)
            }
        }
        for note in record.notes {
            lines.append(StyledLine())
            lines += TextBlock.lines(note, width: width, style: theme.dim, terms: terms, match: theme.match)
        }
        let borrowed = record.abstract == nil ? related.first { $0.kind == .paper && $0.abstract != nil } : nil
        let discussed = record.abstract == nil && borrowed == nil ? record.paperFacts.first { $0.abstract != nil } : nil
        if let abstract = record.readableAbstract ?? borrowed?.readableAbstract ?? discussed?.abstract.map(TeXText.readable) {
            lines.append(StyledLine())
            if let borrowed { lines.append(StyledLine("Abstract of the paper discussed (\(borrowed.id))", theme.dim)) }
            if let discussed { lines.append(StyledLine("Abstract of the paper discussed (\(discussed.arxiv.map { "arXiv \($0)" } ?? discussed.title))", theme.dim)) }
            lines += TextBlock.lines(abstract, width: width, style: theme.plain, terms: terms, match: theme.match)
        }
        for facts in record.paperFacts {
            lines.append(StyledLine())
            lines += TextBlock.lines("\(facts.provenance.label): \(facts.provenance.value)", width: width, style: theme.dim, terms: [], match: theme.match)
        }
        return lines
    }

    /// `★ starred · to watch  #rl #dynamics`, then the note: the reader's own, under the title.
    static func markLines(_ marks: RecordMarks, width: Int, theme: Theme) -> [StyledLine] {
        var lines: [StyledLine] = []
        let tags = marks.tags.map { "#" + $0 }.joined(separator: " ")
        let flags = [marks.summary, tags.isEmpty ? nil : tags].compactMap { $0 }.joined(separator: " · ")
        if !flags.isEmpty { lines += TextBlock.lines(flags, width: width, style: theme.upcoming, terms: [], match: theme.match) }
        if let note = marks.note {
            lines += TextBlock.lines("Note: " + note, width: width, style: theme.plain, terms: [], match: theme.match)
        }
        return lines
    }

    /// The paper's identity and where it was read; for a talk, the paper it discussed and its authors.
    private static func factLines(_ record: ArchiveRecord, width: Int, terms: [String], theme: Theme) -> [StyledLine] {
        var lines: [StyledLine] = []
        for facts in record.paperFacts {
            lines.append(StyledLine())
            for fact in facts.detailRows(for: record) {
                let style = fact.label == "Withdrawn" ? theme.heading : theme.plain
                lines += TextBlock.lines("\(fact.label): \(fact.value)", width: width, style: style, terms: terms, match: theme.match)
            }
        }
        return lines
    }

    /// An area, then each sub-theme that matched, dim and named by its first phrase, with the
    /// record's words that matched it (those words stand out).
    private static func topicLines(_ topic: TopicMatch, width: Int, theme: Theme) -> [StyledLine] {
        var lines = TextBlock.lines(topic.topic, width: width, style: theme.heading, terms: [], match: theme.match)
        for (name, words) in topic.reasons {
            lines += TextBlock.lines("\(shortName(name)): \(words.joined(separator: ", "))", width: width, style: theme.dim,
                                     terms: words, match: theme.plain, indent: "  ")
        }
        return lines
    }

    /// A sub-theme by its first phrase: "Initialization, lottery tickets, …" → "Initialization…".
    static func shortName(_ theme: String) -> String {
        guard let cut = theme.firstIndex(where: { $0 == "," || $0 == ":" || $0 == "(" }) else { return theme }
        return theme[..<cut].trimmingCharacters(in: .whitespaces) + "…"
    }

    /// The speakers or authors, with their affiliations: a line each, or for a long author list
    /// (`hasLongAuthorList`) one wrapped paragraph, every name in it.
    static func people(_ record: ArchiveRecord, width: Int, terms: [String], theme: Theme) -> [StyledLine] {
        guard record.hasLongAuthorList else {
            return record.speakers.flatMap { speaker in
                TextBlock.lines(speaker.name + (speaker.affiliation.map { ", \($0)" } ?? ""), width: width, style: theme.plain, terms: terms, match: theme.match)
            }
        }
        return TextBlock.lines(record.authorParagraph, width: width, style: theme.plain, terms: terms, match: theme.match)
    }
}

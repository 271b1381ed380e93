import TalkArchive

/// What a calendar event or a schedule entry says of a talk, as plain text (each format escapes it).
///
/// ```
/// Speakers: Liangze Jiang (EPFL and Idiap Research Institute, Switzerland); Zachary Shinnick (…)
/// Series: ELLIS reading group on Mathematics and Efficiency of Deep Learning
/// Paper: Neural Tangent Kernel: … (arXiv:1806.07572) by Arthur Jacot, Franck Gabriel, Clément Hongler
///
/// With growing environmental impacts …
///
/// Links:
/// arXiv: https://arxiv.org/abs/2501.19393
/// ```
enum TalkDescription {
    static func text(_ record: ArchiveRecord) -> String {
        var head: [String] = []
        if let speakers = speakers(record) { head.append("Speakers: " + speakers) }
        if let series = record.series { head.append("Series: " + ExportText.line(series.displayName)) }
        for paper in record.paperFacts where record.kind == .talk { head.append("Paper: " + paperLine(paper)) }
        var parts = [head.joined(separator: "\n")]
        if let abstract = abstract(record) { parts.append(abstract) }
        let notes = record.notes.map(ExportText.line).filter { !$0.isEmpty }
        if !notes.isEmpty { parts.append(notes.joined(separator: "\n")) }
        let links = links(record)
        if !links.isEmpty { parts.append((["Links:"] + links.map { "\($0.label): \($0.url)" }).joined(separator: "\n")) }
        return parts.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// "Name (Affiliation); Name", or nil without speakers.
    static func speakers(_ record: ArchiveRecord) -> String? {
        let names = record.speakers.compactMap { speaker -> String? in
            guard let name = ExportText.nonEmptyLine(speaker.name) else { return nil }
            return ExportText.nonEmptyLine(speaker.affiliation).map { "\(name) (\($0))" } ?? name
        }
        return names.isEmpty ? nil : names.joined(separator: "; ")
    }

    /// The record's abstract, else that of the paper it discussed.
    static func abstract(_ record: ArchiveRecord) -> String? {
        for text in [record.abstract] + record.paperFacts.map(\.abstract) {
            if let text, case let cleaned = ExportText.paragraphs(text), !cleaned.isEmpty { return cleaned }
        }
        return nil
    }

    /// The record's http(s) links with their labels, in page order (others are left out).
    static func links(_ record: ArchiveRecord) -> [(label: String, url: String)] {
        record.links.compactMap { link in
            guard let url = ExportText.url(link.url) else { return nil }
            return (ExportText.nonEmptyLine(link.label) ?? link.kind.rawValue, url)
        }
    }

    /// The one link a calendar entry or a citation of a talk carries: the recording, else the
    /// first link the page gives (the title's: the paper).
    static func preferredURL(_ record: ArchiveRecord) -> String? {
        let usable = record.links.filter { ExportText.url($0.url) != nil }
        return (usable.first { $0.kind == .video } ?? usable.first)?.url
    }

    /// "Title (arXiv:ID) by A, B": a paper a talk discussed.
    private static func paperLine(_ paper: PaperFacts) -> String {
        var line = ExportText.line(paper.title)
        if let arxiv = paper.arxiv { line += " (arXiv:\(ExportText.line(arxiv)))" }
        let authors = paper.authors.compactMap { ExportText.nonEmptyLine($0.name) }
        if !authors.isEmpty { line += " by " + authors.joined(separator: ", ") }
        return line
    }
}

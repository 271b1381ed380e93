import ArgumentParser
import CellText
import Foundation
import TalkArchive
import TalkSettings

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one talk or paper in full.")

    @OptionGroup var archive: ArchiveOptions
    @Argument(help: "The record's id as `talks list` prints it (ellis-2026-03-16, paper-2018-06-20), or an arXiv id, arXiv URL or DOI of its paper.") var id: String
    @Flag(help: "Print the record as one JSON object.") var json = false

    func run() throws {
        try reportingFailures {
            let index = try archive.openIndex()
            let record = try index.requireRecord(id)
            if json { return try RecordJSON.print(RecordJSON(record)) }
            var out = HumanOutput()
            let related = try index.related(to: record)
            out.detail(record, related: related, viewer: try archive.settings().timeZone)
            out.markRows(try archive.existingMarkStore()?.marks(of: record.id))
            out.flush()
        }
    }

}

extension HumanOutput {
    /// The full record: title, facts in aligned rows, then the abstract; start times also in `viewer`'s zone.
    mutating func detail(_ record: ArchiveRecord, related: [ArchiveRecord], viewer: Setting<TimeZone>) {
        for line in wrapped(TerminalSafeText.sanitize(record.readableTitle), indent: 0) { emit(bold(line)) }
        let what = record.series.map { "\($0.badge) talk" } ?? (record.isWithdrawn ? "withdrawn paper" : "paper")
        emit(dim("\(record.id) · \(what)"))
        emit()
        let key = 11
        row("Date", StartTimeLine.describe(record, viewer: viewer) + record.updatedNote, keyWidth: key)
        if record.isWithdrawn { row("Status", "withdrawn", keyWidth: key) }
        let label = record.kind == .paper ? "Author" : "Speaker"
        if record.hasLongAuthorList {
            row(label + "s", record.authorParagraph, keyWidth: key)
        } else {
            for (i, speaker) in record.speakers.enumerated() {
                row(i == 0 ? (record.speakers.count > 1 ? label + "s" : label) : "",
                    speaker.name + (speaker.affiliation.map { " — \($0)" } ?? ""), keyWidth: key)
            }
        }
        if let authors = record.shownAuthorCount {
            row(record.speakers.isEmpty ? "Authors" : "", record.speakers.isEmpty ? "\(authors)" : "\(authors) authors", keyWidth: key)
        }
        for facts in record.paperFacts {
            for fact in facts.detailRows(for: record) { row(fact.label, fact.value, keyWidth: key) }
        }
        for topic in record.topics {
            row(topic == record.topics.first ? "Topics" : "", topic.topic, keyWidth: key)
            for (name, words) in topic.reasons { row("", "  \(words.joined(separator: ", ")) (\(name))", keyWidth: key, styleValue: dim) }
        }
        for (i, link) in record.links.enumerated() {
            row(i == 0 ? "Links" : "", "[\(i + 1)] \(link.label) (\(link.kind.rawValue))", keyWidth: key)
            row("", "    " + link.url, keyWidth: key, styleValue: accent)
        }
        for (i, other) in related.enumerated() {
            row(i == 0 ? "Related" : "", "\(other.id)  \(other.readableTitle)", keyWidth: key)
        }
        for (i, note) in record.notes.enumerated() { row(i == 0 ? "Notes" : "", note, keyWidth: key) }
        row("Source", record.sources.map(\.description).joined(separator: ", "), keyWidth: key, styleValue: dim)
        for facts in record.paperFacts { row(facts.provenance.label, facts.provenance.value, keyWidth: key, styleValue: dim) }
        // A talk without an abstract shows the abstract of the paper it discussed.
        let borrowed = record.abstract == nil ? related.first { $0.kind == .paper && $0.abstract != nil } : nil
        let discussed = record.abstract == nil && borrowed == nil ? record.paperFacts.first { $0.abstract != nil } : nil
        if let abstract = record.readableAbstract ?? borrowed?.readableAbstract ?? discussed?.abstract.map(TeXText.readable) {
            emit()
            if let borrowed { emit(dim("Abstract of \(borrowed.id), the paper discussed:")) }
            if let discussed { emit(dim("Abstract of \(discussed.arxiv.map { "arXiv \($0)" } ?? "“\(discussed.title)”"), the paper discussed:")) }
            for line in wrapped(TerminalSafeText.sanitize(abstract, keepNewlines: true), indent: 0) { emit(line) }
        }
    }

    /// `talks show`'s rows for the reader's own marks, after the record's.
    mutating func markRows(_ marks: RecordMarks?) {
        guard let marks, !marks.isEmpty else { return }
        emit()
        if let summary = marks.summary { row("Marked", summary, keyWidth: 11) }
        if !marks.tags.isEmpty { row("Tags", marks.tags.joined(separator: " "), keyWidth: 11) }
        if let note = marks.note { row("Your note", note, keyWidth: 11) }
    }
}

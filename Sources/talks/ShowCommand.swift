import ArgumentParser
import CellText
import Foundation
import TalkArchive

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
            out.flush()
        }
    }

}

extension HumanOutput {
    /// The full record: title, facts in aligned rows, then the abstract; start times also in `viewer`'s zone.
    mutating func detail(_ record: ArchiveRecord, related: [ArchiveRecord], viewer: Setting<TimeZone>) {
        for line in wrapped(TerminalSafeText.sanitize(record.title), indent: 0) { emit(bold(line)) }
        let what = record.series.map { "\($0.badge) talk" } ?? "paper"
        emit(dim("\(record.id) · \(what)"))
        emit()
        let key = 11
        row("Date", StartTimeLine.describe(record, viewer: viewer), keyWidth: key)
        let people = record.kind == .paper ? (record.speakers.count > 1 ? "Authors" : "Author")
            : (record.speakers.count > 1 ? "Speakers" : "Speaker")
        for (i, speaker) in record.speakers.enumerated() {
            row(i == 0 ? people : "", speaker.name + (speaker.affiliation.map { " — \($0)" } ?? ""), keyWidth: key)
        }
        if record.speakers.isEmpty, let authors = record.authorCount { row("Authors", "\(authors)", keyWidth: key) }
        for facts in record.paperFacts {
            for fact in facts.detailRows(for: record) { row(fact.label, fact.value, keyWidth: key) }
        }
        for topic in record.topics {
            row(topic == record.topics.first ? "Topics" : "", "\(topic.topic) (\(topic.terms.joined(separator: ", ")))", keyWidth: key)
        }
        for (i, link) in record.links.enumerated() {
            row(i == 0 ? "Links" : "", "[\(i + 1)] \(link.label) (\(link.kind.rawValue))", keyWidth: key)
            row("", "    " + link.url, keyWidth: key, styleValue: accent)
        }
        for (i, other) in related.enumerated() {
            row(i == 0 ? "Related" : "", "\(other.id)  \(other.title)", keyWidth: key)
        }
        for (i, note) in record.notes.enumerated() { row(i == 0 ? "Notes" : "", note, keyWidth: key) }
        row("Source", record.sources.map(\.description).joined(separator: ", "), keyWidth: key, styleValue: dim)
        for facts in record.paperFacts { row(facts.provenance.label, facts.provenance.value, keyWidth: key, styleValue: dim) }
        // A talk without an abstract shows the abstract of the paper it discussed.
        let borrowed = record.abstract == nil ? related.first { $0.kind == .paper && $0.abstract != nil } : nil
        let discussed = record.abstract == nil && borrowed == nil ? record.paperFacts.first { $0.abstract != nil } : nil
        if let abstract = record.abstract ?? borrowed?.abstract ?? discussed?.abstract {
            emit()
            if let borrowed { emit(dim("Abstract of \(borrowed.id), the paper discussed:")) }
            if let discussed { emit(dim("Abstract of \(discussed.arxiv.map { "arXiv \($0)" } ?? "“\(discussed.title)”"), the paper discussed:")) }
            for line in wrapped(TerminalSafeText.sanitize(abstract, keepNewlines: true), indent: 0) { emit(line) }
        }
    }
}

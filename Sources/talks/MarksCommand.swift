import ArgumentParser
import CellText
import Foundation
import PersonalState
import TalkArchive

struct MarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marks", abstract: "List the records you marked, with their flags, tags and notes.",
        discussion: "Flags: * starred, w to watch, s seen, n a note, # tags. To search them with everything else: talks search is:starred, tag:NAME, has:note, note:WORD.")

    @OptionGroup var archive: ArchiveOptions
    @Flag(help: "Print a JSON array of marked records.") var json = false

    func run() throws {
        try reportingFailures {
            let marks = try archive.savedMarkStore().allMarks()
            let index = try archive.openIndex()
            let entries = try marks.keys.sorted().map { id in MarkedRecord(id: id, marks: marks[id]!, record: try index.record(id: id)) }
            if json { return try RecordJSON.print(entries) }
            var out = HumanOutput()
            out.marks(entries)
            out.flush()
        }
    }
}

/// One marked record, for `talks marks`: its marks, and its title while the archive has it.
struct MarkedRecord: Encodable {
    var id: String
    var title: String?
    var inArchive: Bool
    var starred: Bool
    var seen: Bool
    var toWatch: Bool
    var note: String?
    var tags: [String]
    let flags: String

    init(id: String, marks: RecordMarks, record: ArchiveRecord?) {
        self.id = id
        title = record?.readableTitle
        inArchive = record != nil
        starred = marks.starred
        seen = marks.seen
        toWatch = marks.toWatch
        note = marks.note
        tags = marks.tags
        flags = marks.flags
    }

    enum CodingKeys: String, CodingKey { case id, title, inArchive, starred, seen, toWatch, note, tags }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(inArchive, forKey: .inArchive)
        try c.encode(starred, forKey: .starred)
        try c.encode(seen, forKey: .seen)
        try c.encode(toWatch, forKey: .toWatch)
        try c.encode(note, forKey: .note)
        try c.encode(tags, forKey: .tags)
    }
}

extension HumanOutput {
    /// `*w   ellis-2026-03-16  Finite-Time Lyapunov Exponents…  #rl #dynamics`, the note indented below.
    mutating func marks(_ entries: [MarkedRecord]) {
        let idWidth = entries.map { DisplayWidth.of($0.id) }.max() ?? 0
        for entry in entries {
            let title = entry.title.map { TerminalSafeText.sanitize($0) } ?? dim("(no longer in the archive)")
            let tags = entry.tags.map { "#" + $0 }.joined(separator: " ")
            emit(entry.flags + "  " + accent(TextLayout.pad(TerminalSafeText.sanitize(entry.id), width: idWidth)) + "  " + title + (tags.isEmpty ? "" : "  " + dim(tags)))
            for line in entry.note.map({ wrapped(TerminalSafeText.sanitize($0, keepNewlines: true), indent: idWidth + 7) }) ?? [] {
                for part in line.split(separator: "\n", omittingEmptySubsequences: false) {
                    emit(String(repeating: " ", count: idWidth + 7) + part)
                }
            }
        }
    }
}

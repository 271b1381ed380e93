import ArgumentParser
import CellText
import Foundation
import PersonalState
import TalkArchive

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Print, write or clear your note on a record.",
        discussion: """
            talks note ID prints the note; talks note ID TEXT… replaces it; talks note ID - reads it \
            from standard input; --clear removes it. Notes are searchable: note:WORD, has:note.
            """)

    @OptionGroup var archive: ArchiveOptions
    @Argument(help: "The record, as `talks show` takes it.") var id: String
    @Argument(help: "The note's text (words are joined with spaces); - reads it from standard input.") var text: [String] = []
    @Flag(help: "Remove the note.") var clear = false

    func validate() throws {
        if clear && !text.isEmpty { throw ValidationError("--clear takes no text: talks note ID --clear") }
    }

    func run() throws {
        try reportingFailures {
            let store = try archive.savedMarkStore()
            let id = try archive.openIndex().requireMarkTargets([id], store: store)[0]
            if clear {
                try store.change(id, .note(nil))
                return
            }
            guard !text.isEmpty else {
                guard let note = try store.marks(of: id).note else { throw CommandFailure("no note on \(id); write one: talks note \(id) TEXT") }
                // Exact when piped (scripts); on a terminal without escape sequences: an imported note is someone's text.
                return print(isatty(STDOUT_FILENO) == 1 ? TerminalSafeText.sanitize(note, keepNewlines: true) : note)
            }
            let note = text == ["-"] ? try NoteCommand.standardInput() : text.joined(separator: " ")
            try store.change(id, .note(note))
        }
    }

    /// Standard input as UTF-8 text, at most `RecordMarks.maxNoteLength` characters' worth.
    static func standardInput() throws -> String {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure("the note on standard input is not UTF-8 text")
        }
        guard text.count <= RecordMarks.maxNoteLength else {
            throw CommandFailure("the note is \(text.count) characters; at most \(RecordMarks.maxNoteLength) are kept")
        }
        return text
    }
}

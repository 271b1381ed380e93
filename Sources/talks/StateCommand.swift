import ArgumentParser
import Foundation
import PersonalState
import TalkArchive

struct StateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "state", abstract: "Move your marks to another machine: export them to a file, import one.",
        subcommands: [StateExportCommand.self, StateImportCommand.self])
}

struct StateExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write every mark and note to a JSON file (- for standard output).",
        discussion: "The file is written whole or not at all, readable only by you.")

    @OptionGroup var archive: ArchiveOptions
    @Argument(help: "The file to write, or - for standard output.") var file: String

    func run() throws {
        try reportingFailures {
            let data = try MarksFile(archive.savedMarkStore().allMarks()).encoded()
            if file == "-" { return FileHandle.standardOutput.write(data) }
            do {
                try PersonalLocation.writeAtomically(data, to: URL(fileURLWithPath: file))
            } catch let error as MarkStoreError {
                throw CommandFailure(error.description)
            }
        }
    }
}

struct StateImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Add the marks of a file from `talks state export` to yours.",
        discussion: """
            Merges: a flag set on either side stays set, tags are joined, a different note is added \
            after yours. The file is checked whole first; nothing is changed when any of it is wrong.
            """)

    @OptionGroup var archive: ArchiveOptions
    @Argument(help: "The file to read, or - for standard input.") var file: String

    func run() throws {
        try reportingFailures {
            let store = try archive.savedMarkStore()
            let data: Data
            do {
                data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                throw CommandFailure("cannot read \(file) (\((error as NSError).localizedDescription))")
            }
            do {
                let marks = try MarksFile.decode(data, from: file == "-" ? "standard input" : file)
                let changed = try store.merge(marks)
                print("\(marks.marks.count) records in \(file == "-" ? "standard input" : file), \(changed) changed")
            } catch let error as MarkStoreError {
                throw CommandFailure(error.description)
            }
        }
    }
}

import ArgumentParser
import CellText
import Foundation
import TalkArchive
import TalkSettings

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import the arXiv metadata snapshot (JSON lines) into the index.",
        discussion: """
            Streams FILE in constant memory, showing records, rate and time left on a terminal. The \
            current index stays in use until the new one is complete, so an interrupted import changes \
            nothing. Imported papers are searchable like the archive's (kind:paper), and talks whose \
            arXiv ids appear gain the paper as a related record with its title, authors and abstract. \
            Importing the same file again replaces its records. Kiosk mode refuses it (exit status 77).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case arxivJSONL = "arxiv-jsonl"
    }

    @OptionGroup var archive: ArchiveOptions
    @Option(help: "The file's format (arxiv-jsonl: one JSON object per line with id, title, authors, abstract, categories, update_date).")
    var format: Format
    @Argument(help: "The file to import.") var file: String

    func run() throws {
        try reportingFailures {
            try archive.kiosk.policy.require(.importFiles)
            let url = URL(fileURLWithPath: file)
            guard FileManager.default.isReadableFile(atPath: url.path) else {
                throw CommandFailure("cannot read \(TerminalSafeText.sanitize(url.path)): no such file, or no permission")
            }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
                throw CommandFailure("\(TerminalSafeText.sanitize(url.path)) is a folder: give the snapshot file itself")
            }
            let live = isatty(STDERR_FILENO) == 1
            let folder = try archive.folder()
            let cache = try archive.indexFolder(for: folder)
            if try archive.sharedIndexFolder(for: folder) != nil, access(cache.path, W_OK) != 0 {
                throw CommandFailure("the host's shared index in \(cache.path) is read-only for you: the administrator imports into it (sudo talks import …), or import into an archive of your own with --archive DIR")
            }
            let summary = try ArchiveIndex.importArxiv(url, archive: folder, cache: cache, progress: { progress in
                if live { FileHandle.standardError.write(Data("\r\u{1B}[K\(progress.line)".utf8)) }
            }, waiting: {
                FileHandle.standardError.write(Data("waiting for another import or rebuild of this index to finish…\n".utf8))
            })
            if live { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            var lines = ["imported \(summary.imported.formatted()) papers from \(url.lastPathComponent) in \(String(format: "%.1f", summary.seconds)) s"]
            if summary.linkedTalks > 0 { lines.append("\(summary.linkedTalks) talks now link to their imported paper") }
            if summary.skipped > 0 {
                lines.append("skipped \(summary.skipped) entries that are not papers talks can file, e.g.:")
                lines += summary.firstProblems.map { "  " + $0 }
            }
            print(lines.map { TerminalSafeText.sanitize($0) }.joined(separator: "\n"))
        }
    }
}

import ArgumentParser
import CellText
import Foundation
import TalkArchive

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report what the archive holds and everything odd in its pages.",
        discussion: "Counts per series and page, merged duplicates, conflicts and anomalies. Exits 1 only when there are errors."
    )

    @OptionGroup var archive: ArchiveOptions
    @Flag(help: "Print the report as JSON.") var json = false

    func run() throws {
        try reportingFailures {
            let folderURL = try archive.folder()
            let folder = try ArchiveFolder(url: folderURL)
            let built = Archive.build(pages: folder.pages)
            let index = try archive.openIndex()
            let orphans = try OrphanedMarks.find(archive, index: index)
            if json {
                var report = CheckReport(built, index: index)
                report.marksWithoutRecord = orphans
                try RecordJSON.print(report)
            } else {
                var out = HumanOutput()
                out.report(built, folder: folderURL, index: index)
                out.orphanedMarks(orphans)
                out.flush()
            }
            if built.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
        }
    }
}

/// `check --json`.
struct CheckReport: Encodable {
    var archive: String
    var index: String?
    var files: [Archive.SourceFile]
    var talks: [String: Int]
    var papers: Int
    var notes: [SeriesNote]
    var diagnostics: [Diagnostic]
    /// Ids you marked that the archive no longer has (their marks are kept).
    var marksWithoutRecord: [String] = []

    init(_ archive: Archive, index: ArchiveIndex) {
        self.archive = index.fingerprint
        self.index = index.path
        files = archive.files
        talks = Dictionary(grouping: archive.talks, by: { $0.series?.slug ?? "" }).mapValues(\.count)
        papers = archive.papers.count
        notes = archive.notes
        diagnostics = archive.diagnostics
    }
}

extension HumanOutput {
    mutating func report(_ archive: Archive, folder: URL, index: ArchiveIndex) {
        emit(bold("Archive  ") + folder.path)
        emit(bold("Index    ") + (index.path ?? "in memory"))
        emit()
        let bySeries = Dictionary(grouping: archive.talks, by: { $0.series?.slug ?? "?" })
        for (series, talks) in bySeries.sorted(by: { $0.key < $1.key }) {
            let dates = talks.map(\.date).sorted()
            emit("\(TextLayout.pad(series, width: 8)) \(talks.count) talks, \(dates.first?.iso ?? "") to \(dates.last?.iso ?? "")")
        }
        emit("\(TextLayout.pad("papers", width: 8)) \(archive.papers.count) papers")
        emit("\(TextLayout.pad("notes", width: 8)) \(archive.notes.count) schedule rows that are notes, not talks")
        for source in (try? index.importedSources()) ?? [] {
            emit("\(TextLayout.pad("imported", width: 8)) \(source.records) papers from \(TerminalSafeText.sanitize(source.path)) (\(source.format))")
        }
        emit()
        emit(bold("Pages"))
        let nameWidth = archive.files.map { DisplayWidth.of($0.name) }.max() ?? 0
        for file in archive.files {
            let what = file.format.map { format in
                format == .paperFacts ? "\(format.rawValue): \(file.facts) papers' facts"
                    : "\(format.rawValue): \(file.talks) talks, \(file.papers) papers, \(file.notes) notes, \(file.topics) topic headings"
            } ?? "not recognized, skipped"
            emit("  " + TextLayout.pad(TerminalSafeText.sanitize(file.name), width: nameWidth) + "  " + what)
        }
        let kindWidth = 2 + (Diagnostic.Kind.allCases.map(\.rawValue.count).max() ?? 0)
        for severity in [Diagnostic.Severity.error, .warning, .info] {
            let found = archive.diagnostics.filter { $0.severity == severity }
            guard !found.isEmpty else { continue }
            emit()
            let heading = ["error": "Errors", "warning": "Warnings", "info": "Notices"][severity.rawValue] ?? ""
            emit(bold("\(heading) (\(found.count))"))
            for kind in Diagnostic.Kind.allCases {
                for d in found where d.kind == kind {
                    let place = d.source.map { "\($0): " } ?? ""
                    row("  " + kind.rawValue, TerminalSafeText.sanitize(place + d.message), keyWidth: kindWidth)
                }
            }
        }
        let errors = archive.diagnostics.filter { $0.severity == .error }.count
        let warnings = archive.diagnostics.filter { $0.severity == .warning }.count
        emit()
        emit("\(errors) errors, \(warnings) warnings, \(archive.diagnostics.count - errors - warnings) notices")
    }
}

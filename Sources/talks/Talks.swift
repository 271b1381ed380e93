import ArgumentParser
import Foundation
import PersonalState
import TalkArchive
import TalksVersion
import TerminalKit

/// `talks`: browse the ELLIS and DLTRG reading-group archive from the terminal.
@main
struct Talks: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "talks",
        abstract: "Browse the talks of the ELLIS and DLTRG reading groups, and the papers they discuss.",
        discussion: """
            With no command, opens the interactive browser when standard output is a terminal.

            Exit codes: 0 success; 1 an error (unreadable archive or index, bad query, unknown id, \
            errors found by `check`); 64 a usage error (unknown option, bad argument); 77 refused in \
            kiosk mode (`import`, `enrich`, `export -o`, the marking commands).
            """,
        subcommands: [ListCommand.self, PapersCommand.self, SearchCommand.self, NextCommand.self, ShowCommand.self, OpenCommand.self, ExportCommand.self, ImportCommand.self, EnrichCommand.self, CheckCommand.self, ConfigCommand.self,
                      StarCommand.self, UnstarCommand.self, SeenCommand.self, UnseenCommand.self, ToWatchCommand.self, NoteCommand.self,
                      TagCommand.self, UntagCommand.self, MarksCommand.self, StateCommand.self]
    )

    @OptionGroup var archive: ArchiveOptions
    @Flag(name: .long, help: "Print the version of talks and exit.") var version = false
    @Flag(name: [.short, .long], help: """
        With --version: also the archive in force and its fingerprint, the index file, the helper, and \
        the SQLite and ncurses versions (what a bug report needs).
        """)
    var verbose = false

    func validate() throws {
        if verbose && !version { throw ValidationError("-v/--verbose goes with --version: talks --version -v") }
    }

    func run() throws {
        if version {
            print(verbose ? VersionReport(archive: archive).text : TalksVersion.current + "\n", terminator: "")
            return
        }
        guard isatty(STDOUT_FILENO) == 1 else {
            print(Talks.helpMessage())
            return
        }
        try reportingFailures {
            let index = try archive.openIndex()
            let settings = try archive.settings()
            // Ctrl-Z is refused as a key; ignoring SIGTSTP too keeps ncurses from installing its stop handler.
            if !settings.policy.allows(.suspendToShell) { signal(SIGTSTP, SIG_IGN) }
            let (keymap, theme) = try settings.browserLooks()
            // Opened after the first paint; when it cannot be, marks last the session and the status line says why.
            let marks = DeferredMarkStore(fallingBackToMemory: true) { try archive.markStore() }
            let backend: NcursesBackend
            do {
                backend = try NcursesBackend()
            } catch {
                throw CommandFailure("cannot use this terminal (\(error)); the commands still work: talks --help")
            }
            BrowserSession(index: index, settings: settings, keymap: keymap, theme: theme, marks: marks).run(backend: backend)
            backend.shutdown()
        }
    }
}

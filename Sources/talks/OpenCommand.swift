import ArgumentParser
import Foundation
import TalkArchive
import TalkSettings

/// `talks open ID [--link N] [--print]`: opens a record's paper with the opener, or prints its URL.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a talk's or paper's link in your browser, or print it.",
        discussion: """
            The best link is opened: an arXiv paper's PDF (from arxiv_mirror), an OpenReview paper's \
            PDF, a direct PDF, otherwise the page. --link N opens link N of `talks show` as it stands. \
            Only http and https links are opened; any other is refused.

            The opener is, in order: $TALKS_OPENER, the config file's `opener`, $BROWSER, then \
            xdg-open (Linux) or open (macOS). It is split into words without a shell ('…' and "…" \
            quote), %u stands for the URL (appended when absent), and it runs detached with its \
            output discarded. Over SSH ($SSH_CONNECTION or $SSH_TTY set) with no DISPLAY or \
            WAYLAND_DISPLAY, or when the opener is not on PATH, nothing is launched: the URL is \
            printed, and standard error says why. Kiosk mode never launches anything: it prints.
            """
    )

    @OptionGroup var archive: ArchiveOptions
    @Argument(help: "The record's id as `talks list` prints it (ellis-2026-03-16, paper-2018-06-20), or an arXiv id, arXiv URL or DOI of its paper.") var id: String
    @Option(name: .customLong("link"), help: ArgumentHelp(
        "Open link N as `talks show` numbers it, instead of the best link.", valueName: "n"))
    var linkNumber: Int?
    @Flag(name: .customLong("print"), help: "Print the URL only; launch nothing.") var printOnly = false

    func run() throws {
        try reportingFailures {
            let settings = try archive.settings()
            let url = try resolve(id, in: try archive.openIndex(), mirror: settings.arxivMirror.value)
            if printOnly { return print(url) }
            guard settings.policy.allows(.launchOpener) else { return printInstead(url, because: "kiosk mode launches no opener") }
            try open(url, opener: settings.opener)
        }
    }

    /// The URL to open. Records that all link one paper (three sessions on it) open that paper's
    /// PDF: the choice between them changes nothing, unless a link number asks for one of theirs.
    private func resolve(_ reference: String, in index: ArchiveIndex, mirror: ArxivMirror) throws -> HTTPURL {
        if linkNumber == nil, case .ambiguous(_, let records) = try index.lookup(reference) {
            let urls = Set(records.map { try? PaperLink.resolve($0, mirror: mirror) })
            if urls.count == 1, let only = urls.first, let url = only { return url }
        }
        let record = try index.requireRecord(reference)
        do throws(LinkRefusal) {
            return try PaperLink.resolve(record, linkNumber: linkNumber, mirror: mirror)
        } catch {
            throw CommandFailure(error.message)
        }
    }

    /// Launches the opener on `url`, or prints it with the reason it was not launched.
    private func open(_ url: HTTPURL, opener: Setting<String>) throws {
        let environment = ProcessInfo.processInfo.environment
        let decision: OpenDecision
        do throws(OpenerError) {
            decision = try OpenPlan.decide(url: url, opener: opener, environment: environment,
                                           findExecutable: ExecutableLookup.onPath(environment))
        } catch {
            throw CommandFailure(error.message)
        }
        switch decision {
        case .printOnly(let reason):
            printInstead(url, because: reason)
        case .launch(let argv):
            do {
                try DetachedSpawn.start(argv)
            } catch {
                print(url)
                throw error
            }
            FileHandle.standardError.write(Data("talks: opening \(url) with \(argv[0])\n".utf8))
        }
    }

    /// Prints `url` for the user to open, and on standard error why nothing was launched.
    private func printInstead(_ url: HTTPURL, because reason: String) {
        FileHandle.standardError.write(Data("talks: \(reason); open this link yourself:\n".utf8))
        print(url)
    }
}

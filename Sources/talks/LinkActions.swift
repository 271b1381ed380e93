import BrowserRuntime
import Foundation
import TalkArchive
import TalkSettings
import TerminalKit

/// What `o`, the link digits and `y` do in the browser: open with the opener, or over SSH show the
/// link (OSC 8, clickable in the local terminal) and copy it to the local clipboard (OSC 52).
final class LinkActions: LinkOpening {
    let settings: TalksSettings
    let environment: [String: String]
    let writer = TerminalWriter()
    /// The link to draw as an OSC 8 hyperlink over the status notice, while that notice shows.
    private var shown: Shown?

    private struct Shown {
        var url: SafeURL
        var column: Int
        /// The notice the URL is part of: the link is drawn only while exactly this shows.
        var notice: String
    }

    init(settings: TalksSettings, environment: [String: String]) {
        self.settings = settings
        self.environment = environment
    }

    func open(_ record: ArchiveRecord, number: Int?) -> String {
        shown = nil
        let url: HTTPURL
        do { url = try link(record, number: number) } catch { return error.description }
        do {
            switch try OpenPlan.decide(url: url, opener: settings.opener, environment: environment,
                                       findExecutable: ExecutableLookup.onPath(environment)) {
            case .launch(let argv):
                _ = try DetachedSpawn.start(argv)
                return "opened \(url.description)"
            case .printOnly:
                return show(url)
            }
        } catch {
            return "cannot open: \(error)"
        }
    }

    func show(_ record: ArchiveRecord, number: Int?) -> String {
        shown = nil
        do { return show(try link(record, number: number)) } catch { return error.description }
    }

    /// Over SSH the URL is what the user needs: clickable, and one key from the clipboard.
    private func show(_ url: HTTPURL) -> String {
        let prefix = "open on your computer: "
        let notice = prefix + url.description + "  (y copies it)"
        shown = SafeURL(url.description).map { Shown(url: $0, column: prefix.count, notice: notice) }
        return notice
    }

    /// A record's link `number` (nil: the best one), or the one-line reason there is none.
    private func link(_ record: ArchiveRecord, number: Int?) throws(CommandFailure) -> HTTPURL {
        do {
            return try PaperLink.resolve(record, linkNumber: number, mirror: settings.arxivMirror.value)
        } catch {
            throw CommandFailure(error.message)
        }
    }

    /// Copies a record's best link to the user's clipboard with OSC 52 (through tmux too).
    func copy(_ record: ArchiveRecord) -> String {
        do {
            let url = try PaperLink.resolve(record, mirror: settings.arxivMirror.value)
            guard let safe = SafeURL(url.description) else { return "this link cannot be copied safely" }
            writer.send(writer.copyToClipboard(safe))
            return "copied \(url.description) to your clipboard (if your terminal allows OSC 52)"
        } catch {
            return error.message
        }
    }

    /// Writes the OSC 8 hyperlink over the URL text ncurses just drew, while its notice shows.
    func painted(notice: String?, row y: Int) {
        guard let link = shown else { return }
        guard notice == link.notice else { shown = nil; return }
        writer.send(writer.hyperlink(link.url, text: link.url.description, x: link.column, y: y))
    }
}

import BrowserRuntime
import Foundation
import PaperText
import TalkArchive
import TalkExport
import TalkSettings
import TalksUI
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

    /// The value of tmux's `set-clipboard`, asked at each copy (the user may have just fixed it).
    let askTmux: () -> String?

    init(settings: TalksSettings, environment: [String: String]) {
        self.settings = settings
        self.environment = environment
        askTmux = { LinkActions.tmuxSetting(environment) }
    }

    /// `tmux show -sv set-clipboard`, run without a shell (fixed words, nothing from the archive).
    static func tmuxSetting(_ environment: [String: String]) -> String? {
        guard let tmux = ExecutableLookup.onPath(environment)("tmux"),
              let answer = try? ChildProcess.output(tmux, ["show", "-sv", "set-clipboard"]), answer.status == 0 else { return nil }
        return answer.stdout
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
        let notice = prefix + url.description + "  (y Enter copies it)"
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

    /// Copies a record's best link, BibTeX entry or citation line to the user's clipboard with
    /// OSC 52; inside tmux that drops it, the notice is the fix instead.
    func copy(_ record: ArchiveRecord, as format: CopyFormat) -> [String] {
        let text: String, what: String
        switch format {
        case .link:
            do {
                let url = try PaperLink.resolve(record, mirror: settings.arxivMirror.value)
                guard SafeURL(url.description) != nil else { return ["this link cannot be copied safely"] }
                (text, what) = (url.description, url.description)
            } catch {
                return [error.message]
            }
        case .bibtex: (text, what) = (ClipboardText.bibtex(record), "the BibTeX entry of \(record.id)")
        case .citation: (text, what) = (ClipboardText.citationLine(record), "the citation of \(record.id)")
        }
        writer.send(writer.copyToClipboard(text))
        switch ClipboardRoute.decide(environment: environment, askTmux: askTmux) {
        case .tmuxDrops(let setting): return ClipboardRoute.fix(setting: setting)
        case .tmux: return ["copied \(what) to a tmux buffer and your clipboard (if your terminal allows OSC 52)",
                            "copied \(what) to a tmux buffer", "copied"]
        case .terminal: return ["copied \(what) to your clipboard (if your terminal allows OSC 52)", "copied \(what)", "copied"]
        }
    }

    /// Writes the OSC 8 hyperlink over the URL text ncurses just drew, while its notice shows.
    func painted(notice: String?, row y: Int) {
        guard let link = shown else { return }
        guard notice == link.notice else { shown = nil; return }
        writer.send(writer.hyperlink(link.url, text: link.url.description, x: link.column, y: y))
    }
}

import Foundation
import TalkArchive
import TalksUI
import TerminalKit

/// What `o`, the link digits and `y` do in the browser: open with the opener, or over SSH show the
/// link (OSC 8, clickable in the local terminal) and copy it to the local clipboard (OSC 52).
struct LinkActions {
    let index: ArchiveIndex
    let settings: TalksSettings
    let environment: [String: String]
    let writer = TerminalWriter()

    /// The link to show as an OSC 8 hyperlink on the search line, after the next paint.
    struct Shown {
        var url: SafeURL
        var column: Int
        /// The notice the URL is part of: the link is drawn only while exactly this shows.
        var notice: String
    }

    /// Opens link `number` (or the best one) of a record; returns the notice and a link to show.
    func open(_ id: String, number: Int?) -> (String, Shown?) {
        let url: HTTPURL
        do { url = try link(id, number: number) } catch { return (error.description, nil) }
        do {
            switch try OpenPlan.decide(url: url, opener: settings.opener, environment: environment,
                                       findExecutable: ExecutableLookup.onPath(environment)) {
            case .launch(let argv):
                _ = try DetachedSpawn.start(argv)
                return ("opened \(url.description)", nil)
            case .printOnly:
                return shown(url)
            }
        } catch {
            return ("cannot open: \(error)", nil)
        }
    }

    /// Shows link `number` (or the best one) of a record, launching nothing (kiosk mode).
    func show(_ id: String, number: Int?) -> (String, Shown?) {
        do { return shown(try link(id, number: number)) } catch { return (error.description, nil) }
    }

    /// Over SSH the URL is what the user needs: clickable, and one key from the clipboard.
    private func shown(_ url: HTTPURL) -> (String, Shown?) {
        let prefix = "open on your computer: "
        let notice = prefix + url.description + "  (y copies it)"
        return (notice, SafeURL(url.description).map { Shown(url: $0, column: prefix.count, notice: notice) })
    }

    /// A record's link `number` (nil: the best one), or the one-line reason there is none.
    private func link(_ id: String, number: Int?) throws(CommandFailure) -> HTTPURL {
        guard let record = try? index.record(id: id) else { throw CommandFailure("no such record") }
        do {
            return try PaperLink.resolve(record, linkNumber: number, mirror: settings.arxivMirror.value)
        } catch {
            throw CommandFailure(error.message)
        }
    }

    /// Copies a record's best link to the user's clipboard with OSC 52 (through tmux too).
    func copy(_ id: String) -> String {
        guard let record = try? index.record(id: id) else { return "no such record" }
        do {
            let url = try PaperLink.resolve(record, mirror: settings.arxivMirror.value)
            guard let safe = SafeURL(url.description) else { return "this link cannot be copied safely" }
            writer.send(writer.copyToClipboard(safe))
            return "copied \(url.description) to your clipboard (if your terminal allows OSC 52)"
        } catch {
            return error.message
        }
    }

    /// Writes the OSC 8 hyperlink over the URL text ncurses just drew on row `y`.
    func hyperlink(_ shown: Shown, row y: Int) {
        writer.send(writer.hyperlink(shown.url, text: shown.url.description, x: shown.column, y: y))
    }
}

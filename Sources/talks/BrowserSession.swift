import BrowserRuntime
import Foundation
import PersonalState
import ScreenModel
import TalkArchive
import TalkSettings
import TalksUI

/// The interactive browser, wired: the settings' state, the terminal, the index, and this
/// executable's downloads and links, handed to the run loop (`BrowserRuntime`).
struct BrowserSession {
    let index: ArchiveIndex
    let settings: TalksSettings
    let keymap: Keymap
    let theme: Theme
    /// The reader's marks: the store on disk, or in kiosk mode one in memory for the session.
    let marks: DeferredMarkStore

    func run(backend: TerminalBackend) {
        var state = AppState(width: backend.size.width, height: backend.size.height, today: .today(in: settings.timeZone.value), policy: settings.policy)
        state.keymap = keymap
        state.theme = theme
        state.preview = settings.preview.value
        state.viewerZone = settings.timeZone
        let reading = PaperReading(cache: ((try? CacheInUse.folder()) ?? IndexLocation.cacheDirectory()).appendingPathComponent("papers"), settings: settings)
        let links = LinkActions(settings: settings, environment: ProcessInfo.processInfo.environment)
        BrowserRuntime(state: state, backend: backend, index: index, downloads: reading, links: links, marks: marks,
                       editor: settings.policy.allows(.launchOpener) ? ExternalNoteEditor(environment: ProcessInfo.processInfo.environment) : nil).run()
        // The run loop cancelled the extraction; its pdftotext must be gone before we are.
        reading.stop(waitingUpTo: 2)
    }
}

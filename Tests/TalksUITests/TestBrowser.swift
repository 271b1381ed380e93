import BrowserRuntime
import Foundation
import PersonalState
import ScreenModel
import TalkArchive
import TalkSettings
@testable import TalksUI

/// The browser as the executable runs it: the real run loop (`BrowserRuntime`) on a terminal in
/// memory (`MemoryBackend`), over an index in memory, with downloads and links that record what
/// they are asked and reach nothing (ratatui's `TestBackend`; Bubble Tea's `Program` without a
/// renderer).
///
/// ```swift
/// let browser = TestBrowser()
/// browser.type("/lyap")
/// browser.state.results.total   // 1
/// browser.screen[0]             // the first row, as the user sees it
/// ```
final class TestBrowser {
    /// The bundled archive, indexed once for all the tests.
    static let archive: ArchiveIndex = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = try! ArchiveFolder(url: root.appendingPathComponent("archive"))
        return try! ArchiveIndex.inMemory(Archive.build(pages: folder.pages))
    }()

    let backend: MemoryBackend
    let downloads = RecordingDownloads()
    let links = RecordingLinks()
    let editor = ScriptedEditor()
    /// The reader's marks: in memory, or a store a test opened on a file.
    let marks: MarkStore
    let runtime: BrowserRuntime

    /// Noon UTC on the test's day: the clock of `u` (the next talk).
    static let noon = ISO8601DateFormatter().date(from: "2026-04-15T12:00:00Z")!

    /// A browser started at a size on 15 April 2026 in UTC, its first search done and painted.
    /// - Parameter configure: changes to the first state (a keymap, another day).
    /// - Parameter now: what the clock says.
    init(width: Int = 80, height: Int = 24, policy: KioskPolicy = .unrestricted, index: ArchiveIndex = TestBrowser.archive,
         marks: MarkStore? = nil, now: Date = TestBrowser.noon, configure: (inout AppState) -> Void = { _ in }) {
        self.marks = marks ?? (try! MarkStore.inMemory())
        var state = AppState(width: width, height: height, today: Day(iso: "2026-04-15")!, policy: policy)
        state.viewerZone = Setting(value: TimeZone(identifier: "UTC")!, origin: .builtIn)
        configure(&state)
        backend = MemoryBackend(width: width, height: height)
        runtime = BrowserRuntime(state: state, backend: backend, index: index, downloads: downloads, links: links, marks: DeferredMarkStore(self.marks), editor: editor, clock: { now })
        runtime.start()
    }

    var state: AppState { runtime.state }
    /// What the terminal shows, row by row.
    var screen: [String] { backend.screen.lines }

    func type(_ keys: Key...) { type(keys) }
    func type(_ keys: [Key]) { send(keys.map { .key($0) }) }
    /// Each character as a key press: `type("/lyap")`.
    func type(_ text: String) { type(text.map { .char($0) }) }

    func send(_ events: [InputEvent]) {
        backend.events += events
        runtime.runUntilIdle()
    }

    func resize(width: Int, height: Int) {
        backend.resize(width: width, height: height)
        runtime.runUntilIdle()
    }

    /// An action from another thread (a download's progress), through the inbox.
    func post(_ action: Action) {
        runtime.inbox.post(action)
        runtime.runUntilIdle()
    }
}

/// Downloads that note what was asked and fetch nothing: `post` plays their outcome.
final class RecordingDownloads: PaperDownloads {
    enum Call: Equatable { case start(String), cancel }
    private(set) var calls: [Call] = []

    func start(_ record: ArchiveRecord, reportingTo inbox: ActionInbox) { calls.append(.start(record.id)) }
    func cancel() { calls.append(.cancel) }
}

/// Links that note what was asked, open and copy nothing, and say so.
final class RecordingLinks: LinkOpening {
    enum Call: Equatable { case open(String, Int?), show(String, Int?), copy(String, CopyFormat) }
    private(set) var calls: [Call] = []

    func open(_ record: ArchiveRecord, number: Int?) -> String { note(.open(record.id, number)) }
    func show(_ record: ArchiveRecord, number: Int?) -> String { note(.show(record.id, number)) }
    /// The notice in two lengths, as a copy through tmux says its fix.
    func copy(_ record: ArchiveRecord, as format: CopyFormat) -> [String] {
        let long = note(.copy(record.id, format))
        return [long, "copied"]
    }
    func painted(notice: String?, row: Int) {}

    private func note(_ call: Call) -> String {
        calls.append(call)
        return "\(call)"
    }
}

/// An editor that writes what the test says, and notes what it was given.
final class ScriptedEditor: NoteEditing {
    var result: Result<String?, NoteEditingError> = .success(nil)
    private(set) var given: [String?] = []

    func edit(_ note: String?) -> Result<String?, NoteEditingError> {
        given.append(note)
        return result
    }
}

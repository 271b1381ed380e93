import Foundation
import PersonalState
import ScreenModel
import TalkArchive
import TalksUI

/// The browser's run loop (Bubble Tea's `Program`): reads events from a backend, runs the
/// reducer, carries out the effects it returns and paints a frame after each event. The
/// executable hands it the terminal, the index and its two services; tests hand it a
/// `MemoryBackend` and recorders.
///
/// ```swift
/// let runtime = BrowserRuntime(state: state, backend: backend, index: index, downloads: reading, links: links)
/// runtime.run()                 // until the user quits
///
/// backend.events = [.key(.char("j"))]
/// runtime.runUntilIdle()        // tests: every scripted event, then the screen in backend.screen
/// ```
public final class BrowserRuntime {
    public private(set) var state: AppState
    /// Set by the `.quit` effect: the loop ends.
    public private(set) var hasQuit = false
    /// Where work on other threads (a download) posts its actions.
    public let inbox = ActionInbox()
    private let backend: TerminalBackend
    private let index: IndexAnswers
    private let downloads: PaperDownloads
    private let links: LinkOpening
    private let marks: MarkAnswers
    /// What "now" is for `u` (the next talk): the system's clock, or a test's.
    private let clock: () -> Date
    private let searches = SearchWorker()

    /// - Parameters:
    ///   - marks: the reader's store (in kiosk mode one in memory), opened after the first paint;
    ///     the index's mark clauses read it too.
    ///   - editor: writes a note in the user's editor (`E`); nil where there is none (tests).
    ///   - clock: what "now" is for `u` (the next talk).
    public init(state: AppState, backend: TerminalBackend, index: ArchiveIndex, downloads: PaperDownloads, links: LinkOpening,
                marks: DeferredMarkStore, editor: NoteEditing? = nil, clock: @escaping () -> Date = Date.init) {
        self.state = state
        self.state.knownSeries = (try? index.seriesSlugs()) ?? []
        self.backend = backend
        self.index = IndexAnswers(index: index.with(marks: marks))
        self.downloads = downloads
        self.links = links
        self.marks = MarkAnswers(marks: marks, editor: editor)
        self.clock = clock
    }

    /// Runs until the user quits; a download under way is cancelled then.
    public func run() {
        defer { downloads.cancel() }
        start()
        // While a download runs, wake often enough to show its progress; while a search runs,
        // often enough that its answer shows at once.
        // A search that ended since the last turn has its answer in the inbox: handle it now, not
        // after the next key or a second's wait (busy is checked first, so no answer comes later).
        while !hasQuit { turn(waitingUpTo: searches.isBusy ? 10 : !inbox.isEmpty ? 0 : state.download == nil ? 1000 : 100) }
    }

    /// The first search and the first paint, which waits for that search (the first screen shows
    /// results), then what can wait for it (the marks).
    public func start() {
        carryOut(Reducer.start(state))
        searches.waitUntilDone()
        for action in inbox.drain() where !hasQuit { carryOut(Reducer.reduce(&state, action)) }
        paint()
        carryOut(Reducer.afterFirstPaint(state))
        paint()
    }

    /// Handles the events the backend has ready and the actions posted meanwhile, painting after
    /// each: a test's scripted keys, to the end.
    /// Searches run on their own thread: their answers are waited for and applied too.
    public func runUntilIdle() {
        while !hasQuit {
            if turn(waitingUpTo: 0) { continue }
            if searches.isBusy {
                searches.waitUntilDone()
                continue
            }
            // A search that ended after the last turn drained the inbox posted its answer there.
            if inbox.isEmpty { return }
        }
    }

    /// Waits up to `timeoutMs` for an event, handles it and the actions posted meanwhile, and
    /// paints when there was any. Returns whether an event came.
    @discardableResult
    private func turn(waitingUpTo timeoutMs: Int) -> Bool {
        let event = backend.readEvent(timeoutMs: timeoutMs)
        let posted = inbox.drain()
        if let action = event.flatMap(Self.action) { carryOut(Reducer.reduce(&state, action)) }
        for action in posted where !hasQuit { carryOut(Reducer.reduce(&state, action)) }
        // A wait that brought nothing changed nothing: no frame to compare.
        if !hasQuit && (event != nil || !posted.isEmpty) { paint() }
        return event != nil
    }

    private static func action(for event: InputEvent) -> Action? {
        switch event {
        case .key(let key): return .key(key)
        case .resize(let width, let height): return .resize(width: width, height: height)
        case .mouse(let mouse): return .mouse(mouse)
        case .unknown: return nil
        }
    }

    private func paint() {
        let (frame, _) = Screen.render(state)
        backend.draw(frame)
        links.painted(notice: state.message, row: state.layout.searchLine.y)
    }

    // MARK: Effects

    /// Runs effects in order, and those their outcomes ask for, until none is left or one quits.
    private func carryOut(_ effects: [Effect]) {
        var pending = effects[...]
        while !hasQuit, let effect = pending.popFirst() {
            if let outcome = perform(effect) { pending += Reducer.reduce(&state, outcome) }
        }
    }

    /// Carries out one effect; returns the action that reports its outcome, if any.
    private func perform(_ effect: Effect) -> Action? {
        switch effect {
        case .search(let request): searches.submit(request, to: index, reportingTo: inbox)
        case .loadRows(let request): return index.rows(request)
        case .findClosestWords(let query): return .closestWordsFound(query: query, index.closestWords(to: query))
        case .loadPicker(let kind): return .pickerLoaded(index.picker(kind, state))
        case .loadRelated(let record): return .relatedLoaded(recordID: record.id, index.related(to: record))
        case .openLink(let id, let number): return notice(about: id) { links.open($0, number: number) }
        case .showLink(let id, let number): return notice(about: id) { links.show($0, number: number) }
        case .copy(let id, let format): return index.record(id).map { .notices(links.copy($0, as: format)) } ?? .notice("no such record")
        case .findNextTalk:
            do { return .nextTalkFound(try index.index.nextTalk(after: clock(), in: state.viewerZone.value)) } catch { return .notice("\(error)") }
        case .readPaper(let id):
            guard let record = index.record(id) else { return .paperFailed(recordID: id, message: "no such record") }
            downloads.start(record, reportingTo: inbox)
        case .cancelDownload: downloads.cancel()
        case .loadMarks: return marks.all()
        case .changeMarks(let id, let change): return marks.change(id, change)
        case .editNoteInEditor(let id, let note): return marks.edit(id, note: note, on: backend)
        case .repaint: backend.forceRepaint()
        case .suspend: backend.stopForJobControl()
        case .quit: hasQuit = true
        }
        return nil
    }

    private func notice(about id: String, _ body: (ArchiveRecord) -> String) -> Action {
        .notice(index.record(id).map(body) ?? "no such record")
    }
}

import Foundation
import ScreenModel
import TalkArchive
import TalksUI
import TerminalKit

/// The interactive browser's run loop: reads events, runs the reducer, carries out its effects
/// against the index, and paints frames. All logic lives in `TalksUI`; this only wires.
struct BrowserSession {
    let index: ArchiveIndex
    let settings: TalksSettings
    let keymap: Keymap
    let theme: Theme

    func run(backend: TerminalBackend) {
        var state = AppState(width: backend.size.width, height: backend.size.height, today: .today(), policy: settings.policy)
        state.knownSeries = (try? index.seriesSlugs()) ?? []
        state.keymap = keymap
        state.theme = theme
        state.preview = settings.preview.value
        var related = RelatedCache(index: index)
        var effects: [Effect] = [Reducer.search(state)]
        let inbox = ActionInbox()
        let reading = PaperReading(inbox: inbox, cache: IndexLocation.cacheDirectory().appendingPathComponent("papers"), settings: settings)
        let links = LinkActions(index: index, settings: settings, environment: ProcessInfo.processInfo.environment)
        var shownLink: LinkActions.Shown?
        defer { reading.cancel() }
        while true {
            for action in inbox.drain() { effects += Reducer.reduce(&state, action) }
            while !effects.isEmpty {
                let effect = effects.removeFirst()
                switch effect {
                case .search(let request): effects += Reducer.reduce(&state, search(request))
                case .loadRows(let request): effects += Reducer.reduce(&state, rows(request))
                case .loadPicker(let kind): effects += Reducer.reduce(&state, .pickerLoaded(picker(kind, state)))
                case .openLink(let id, let number):
                    let (notice, shown) = links.open(id, number: number)
                    shownLink = shown
                    effects += Reducer.reduce(&state, .notice(notice))
                case .showLink(let id, let number):
                    let (notice, shown) = links.show(id, number: number)
                    shownLink = shown
                    effects += Reducer.reduce(&state, .notice(notice))
                case .copyLink(let id):
                    effects += Reducer.reduce(&state, .notice(links.copy(id)))
                case .readPaper(let id):
                    if let record = try? index.record(id: id) { reading.start(record) }
                case .cancelDownload: reading.cancel()
                case .repaint: backend.forceRepaint()
                case .suspend: backend.stopForJobControl()
                case .quit: return
                }
            }
            let (frame, _) = Screen.render(state, related: related.records(for: state.selected?.record))
            backend.draw(frame)
            // The status notice holds the URL: make it clickable while it is on screen.
            if let shown = shownLink {
                if state.message == shown.notice {
                    links.hyperlink(shown, row: state.height - 2)
                } else {
                    shownLink = nil
                }
            }
            // While a download runs, wake often enough to show its progress.
            guard let event = backend.readEvent(timeoutMs: state.download == nil ? 1000 : 100) else { continue }
            switch event {
            case .key(let key): effects = Reducer.reduce(&state, .key(key))
            case .resize(let width, let height): effects = Reducer.reduce(&state, .resize(width: width, height: height))
            case .mouse(let mouse): effects = Reducer.reduce(&state, .mouse(mouse))
            case .unknown: effects = []
            }
        }
    }

    private func picker(_ kind: Picker.Kind, _ state: AppState) -> Picker {
        switch kind {
        case .topics: return .topics((try? index.topicCountsByKind()) ?? [])
        case .speakers: return .speakers((try? index.speakerCounts()) ?? [])
        case .related: return .related(state.selected.flatMap { try? index.related(to: $0.record) } ?? [])
        }
    }

    private func search(_ request: SearchRequest) -> Action {
        do {
            let (count, slice, selected) = try index.firstRows(for: request)
            return .searchCompleted(request, count: count, slice: slice, selected: selected)
        } catch {
            return .searchFailed(query: request.query, message: (error as? QueryError)?.message ?? "search failed: \(error)")
        }
    }

    private func rows(_ request: RowsRequest) -> Action {
        do {
            return .rowsLoaded(request, try index.rows(for: request))
        } catch {
            return .searchFailed(query: request.query, message: (error as? QueryError)?.message ?? "search failed: \(error)")
        }
    }
}

/// The related records of the selected one, looked up once per selection, not once per frame.
private struct RelatedCache {
    let index: ArchiveIndex
    var id: String?
    var cached: [ArchiveRecord] = []

    init(index: ArchiveIndex) { self.index = index }

    mutating func records(for record: ArchiveRecord?) -> [ArchiveRecord] {
        guard let record else { return [] }
        if record.id != id {
            id = record.id
            cached = (try? index.related(to: record)) ?? []
        }
        return cached
    }
}

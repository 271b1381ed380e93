import Foundation
import ScreenModel
import TalkArchive
import TalksUI
import TerminalKit

/// The interactive browser's run loop: reads events, runs the reducer, carries out its effects
/// against the index, and paints frames. All logic lives in `TalksUI`; this only wires.
struct BrowserSession {
    let index: ArchiveIndex

    func run(backend: TerminalBackend) {
        var state = AppState(width: backend.size.width, height: backend.size.height, today: .today())
        state.knownSeries = (try? index.seriesSlugs()) ?? []
        var related = RelatedCache(index: index)
        var effects: [Effect] = [.search(state.effectiveQuery)]
        while true {
            while !effects.isEmpty {
                let effect = effects.removeFirst()
                switch effect {
                case .search(let query): effects += Reducer.reduce(&state, search(query))
                case .loadPicker(let kind): effects += Reducer.reduce(&state, .pickerLoaded(picker(kind, state)))
                case .repaint: backend.forceRepaint()
                case .suspend: backend.stopForJobControl()
                case .quit: return
                }
            }
            let (frame, _) = Screen.render(state, related: related.records(for: state.selected?.record))
            backend.draw(frame)
            guard let event = backend.readEvent(timeoutMs: 1000) else { continue }
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
        case .topics: return .topics((try? index.topicCounts(kind: state.collection == .talks ? .talk : .paper)) ?? [])
        case .speakers: return .speakers((try? index.speakerCounts()) ?? [])
        case .related: return .related((state.selected?.record.related ?? []).compactMap { try? index.record(id: $0) })
        }
    }

    private func search(_ query: String) -> Action {
        do {
            return .searchCompleted(query: query, hits: try index.search(query, limit: 10_000))
        } catch let error as QueryError {
            return .searchFailed(query: query, message: error.message)
        } catch {
            return .searchFailed(query: query, message: "search failed: \(error)")
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
            cached = record.related.compactMap { try? index.record(id: $0) }
        }
        return cached
    }
}

import TalkArchive
import TalksUI

/// The effects the index answers, each answer as the action the reducer expects back.
struct IndexAnswers {
    let index: ArchiveIndex

    func search(_ request: SearchRequest) -> Action {
        do {
            let first = try index.firstRows(for: request)
            return .searchCompleted(request, count: first.count, kinds: first.kinds, slice: first.slice, selected: first.selected)
        } catch {
            return .searchFailed(query: request.query, message: Self.message(error))
        }
    }

    func rows(_ request: RowsRequest) -> Action {
        do {
            return .rowsLoaded(request, try index.rows(for: request))
        } catch {
            return .searchFailed(query: request.query, message: Self.message(error))
        }
    }

    func picker(_ kind: Picker.Kind, _ state: AppState) -> Picker {
        switch kind {
        case .topics: return .topics((try? index.topicCountsByKind()) ?? [])
        case .speakers: return .speakers((try? index.speakerCounts()) ?? [])
        case .related: return .related(state.selected.map { related(to: $0.record) } ?? [])
        // Made by the reducer from state alone; never asked for, but a picker of its kind all the same.
        case .copy: return state.selected.map { .copy($0.record) } ?? Picker(kind: .copy, items: [])
        }
    }

    func closestWords(to query: SearchQuery) -> [String] { (try? index.closestWords(to: query)) ?? [] }

    func record(_ id: String) -> ArchiveRecord? { try? index.record(id: id) }

    func related(to record: ArchiveRecord) -> [ArchiveRecord] { (try? index.related(to: record)) ?? [] }

    /// A query's own complaint as it is; anything else said to be the search's failure.
    private static func message(_ error: Error) -> String {
        (error as? QueryError)?.message ?? "search failed: \(error)"
    }
}

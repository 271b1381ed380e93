import ScreenModel
import TalkArchive

// The list's and the detail's commands, and what they ask for.
extension Reducer {
    /// Carries out a command in the list or the detail, whichever has the focus.
    static func perform(_ state: inout AppState, _ command: Command) -> [Effect] {
        let inDetail = state.focus == .detail
        let page = max(1, inDetail ? state.layout.detail.height : state.layout.list.height)
        switch command {
        case .moveDown: inDetail ? state.detailScroll.scroll(by: 1) : move(&state, by: 1)
        case .moveUp: inDetail ? state.detailScroll.scroll(by: -1) : move(&state, by: -1)
        case .halfPageDown: inDetail ? state.detailScroll.scroll(by: page / 2) : move(&state, by: page / 2)
        case .halfPageUp: inDetail ? state.detailScroll.scroll(by: -page / 2) : move(&state, by: -page / 2)
        case .pageDown: move(&state, by: page)
        case .pageUp: move(&state, by: -page)
        case .first: inDetail ? (state.detailScroll = .text) : move(&state, by: -state.results.total)
        case .last: inDetail ? state.detailScroll.scroll(by: 10_000) : move(&state, by: state.results.total)
        case .nextResult: move(&state, by: 1)
        case .previousResult: move(&state, by: -1)
        case .open, .switchPane:
            if inDetail { return back(&state) }
            guard state.selected != nil else { return [] }
            if state.layout.arrangement == .single { state.detailOpen = true }
            state.focus = .detail
        case .togglePreview: togglePreview(&state)
        case .back: return back(&state)
        case .search:
            state.queryBeforeSearch = state.appliedQuery
            state.searchText = state.appliedQuery
            state.focus = .search
            state.detailOpen = false
            state.historyIndex = nil
        case .cycleSort:
            let all = ResultOrder.allCases
            state.sort = all[(all.firstIndex(of: state.sort)! + 1) % all.count]
            resetList(&state)
            state.message = "sorted: \(state.sort.label)"
            return search(state, select: nil)
        case .cycleSeries:
            let options: [String?] = [nil] + state.knownSeries.map { Optional($0) }
            let next = ((options.firstIndex(of: state.seriesFilter) ?? 0) + 1) % options.count
            state.seriesFilter = options[next]
            // A series is talks: from the papers, back to the list that shows them.
            if state.collection == .papers { state.collection = .all }
            state.message = "showing " + (state.seriesFilter.map { "\($0.uppercased()) talks" } ?? Self.scope(of: state.collection))
            return search(state)
        case .cycleKind:
            let all = AppState.Collection.allCases
            return show(all[(all.firstIndex(of: state.collection)! + 1) % all.count], &state)
        case .togglePapers:
            return show(state.collection == .papers ? .all : .papers, &state)
        case .nextTalk: return [.findNextTalk]
        case .browseTopics: return [.loadPicker(.topics)]
        case .browseSpeakers: return [.loadPicker(.speakers)]
        case .goToRelated:
            guard let record = state.selected?.record else { return [] }
            guard !record.related.isEmpty else { state.message = "nothing related to this one"; return [] }
            return [.loadPicker(.related)]
        case .openLink:
            guard let record = state.selected?.record else { return [] }
            return [linkEffect(state, record.id, number: nil)]
        case .copyLink:
            guard let record = state.selected?.record else { return [] }
            state.picker = .copy(record)
            return []
        case .readPaper:
            guard let record = state.selected?.record else { return [] }
            state.download = DownloadProgress(recordID: record.id, statusLine: "fetching the paper")
            return [.readPaper(recordID: record.id)]
        case .help:
            state.overlay = .help
            state.helpLength = HelpOverlay.lineCount(state)
        case .toggleStar, .toggleSeen, .toggleToWatch, .editNote, .editNoteInEditor, .editTags:
            return marking(&state, command)
        case .repaint: return [.repaint]
        case .suspend: return [.suspend]
        case .quit:
            if inDetail && state.detailOpen { return back(&state) }
            state.quitting = true
            return [.quit]
        case .keepSearch, .cancelSearch, .deleteBackward, .deleteWord, .clearLine, .olderSearch, .newerSearch,
             .choose, .close, .cancelDownload, .saveLine, .cancelLine:
            break // the other panes' commands
        }
        return []
    }

    /// Lists `collection` from its first row.
    static func show(_ collection: AppState.Collection, _ state: inout AppState) -> [Effect] {
        state.collection = collection
        resetList(&state)
        state.message = "showing " + scope(of: collection)
        return search(state, select: nil)
    }

    static func scope(of collection: AppState.Collection) -> String {
        switch collection {
        case .all: return "talks and papers"
        case .talks: return "talks only"
        case .papers: return "papers only"
        }
    }

    /// `u`'s answer: the talk selected, and the status line saying whether it is to come.
    static func goToNextTalk(_ state: inout AppState, _ next: NextTalk) -> [Effect] {
        guard let talk = next.record else {
            state.message = "no talk in the archive"
            return []
        }
        let effects = goTo(&state, Picker.Target(id: talk.id, kind: .talk))
        switch next {
        case .upcoming: state.message = "next talk: \(talk.date.iso) \(talk.readableTitle)"
        case .noneAfter: state.message = "no talk to come; the latest was on \(talk.date.iso)"
        }
        return effects
    }

    /// Opening a link launches the opener; in kiosk mode it only shows the link, to click or copy.
    static func linkEffect(_ state: AppState, _ id: String, number: Int?) -> Effect {
        state.policy.allows(.launchOpener) ? .openLink(recordID: id, number: number) : .showLink(recordID: id, number: number)
    }

    /// `v`: the preview goes if it shows, else comes (where the terminal has room for it).
    static func togglePreview(_ state: inout AppState) {
        let shown = Layout.showsPreview(state.preview, width: state.width, height: state.height)
        state.preview = shown ? .never : .always
        clampScroll(&state)
        guard state.layout.arrangement != .tooSmall else { return }
        if shown {
            state.message = "preview off: Enter opens, v brings it back"
        } else {
            state.message = state.layout.arrangement == .single ? "no room for a preview at this size" : "preview on: v hides it"
        }
    }

    /// Esc: out of the detail, else out of the search.
    static func back(_ state: inout AppState) -> [Effect] {
        if state.focus == .detail {
            state.focus = .list
            state.detailOpen = false
            return []
        }
        guard !state.appliedQuery.isEmpty else { return [] }
        state.searchText = ""
        apply("", &state)
        return search(state)
    }
}

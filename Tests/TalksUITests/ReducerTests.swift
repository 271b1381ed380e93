import ScreenModel
import TalkArchive
import XCTest
@testable import TalksUI

/// The browser's state machine, driven by keys as a user would, without a terminal.
final class ReducerTests: XCTestCase {
    nonisolated(unsafe) static let index: ArchiveIndex = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = try! ArchiveFolder(url: root.appendingPathComponent("archive"))
        return try! ArchiveIndex.inMemory(Archive.build(pages: folder.pages))
    }()

    /// A state after startup at a size, with the first search done.
    static func started(width: Int = 80, height: Int = 24, policy: KioskPolicy = .unrestricted) -> AppState {
        var state = AppState(width: width, height: height, today: Day(iso: "2026-04-15")!, policy: policy)
        state.viewerTimeZone = TimeZone(identifier: "UTC")!
        state.knownSeries = ["dltrg", "ellis"]
        run(&state, [Reducer.search(state)])
        return state
    }

    /// Carries out effects as the run loop does (searches against the real index).
    static func run(_ state: inout AppState, _ effects: [Effect]) {
        var pending = effects
        while !pending.isEmpty {
            pending += Reducer.reduce(&state, outcome(of: pending.removeFirst(), index: index))
        }
    }

    /// An effect's outcome from the index, as the run loop reports it.
    static func outcome(of effect: Effect, index: ArchiveIndex) -> Action {
        var query = ""
        do {
            switch effect {
            case .search(let request):
                query = request.query
                let (count, slice, selected) = try index.firstRows(for: request)
                return .searchCompleted(request, count: count, slice: slice, selected: selected)
            case .loadRows(let request):
                return .rowsLoaded(request, try index.rows(for: request))
            default:
                return .notice("")
            }
        } catch {
            return .searchFailed(query: query, message: "\(error)")
        }
    }

    static func type(_ state: inout AppState, _ keys: [Key]) {
        for key in keys { run(&state, Reducer.reduce(&state, .key(key))) }
    }

    static func chars(_ s: String) -> [Key] { s.map { .char($0) } }

    func testStartsWithAllTalksNewestFirst() {
        let state = Self.started()
        XCTAssertEqual(state.results.total, 47)
        XCTAssertEqual(state.selected?.record.id, "ellis-2026-06-08")
    }

    func testMovingAndPaging() {
        var state = Self.started()
        Self.type(&state, [.char("j"), .char("j"), .down])
        XCTAssertEqual(state.selection, 3)
        Self.type(&state, [.char("k")])
        XCTAssertEqual(state.selection, 2)
        Self.type(&state, [.char("G")])
        XCTAssertEqual(state.selection, 46)
        XCTAssertEqual(state.listScroll, 46 - state.layout.list.height + 1, "the selection stays on screen")
        Self.type(&state, [.char("g")])
        XCTAssertEqual(state.selection, 0)
        XCTAssertEqual(state.listScroll, 0)
        Self.type(&state, [.pageDown])
        XCTAssertEqual(state.selection, state.layout.list.height)
        Self.type(&state, [.char("k"), .char("g"), .char("k")])
        XCTAssertEqual(state.selection, 0, "no moving above the first")
    }

    func testSearchAsYouTypeThenEnterKeepsResults() {
        var state = Self.started()
        Self.type(&state, [.char("/")] + Self.chars("lyap"))
        XCTAssertEqual(state.focus, .search)
        XCTAssertEqual(state.results.slice.hits.map(\.record.id), ["ellis-2026-05-11"])
        Self.type(&state, [.enter])
        XCTAssertEqual(state.focus, .list)
        XCTAssertEqual(state.appliedQuery, "lyap")
        XCTAssertEqual(state.history, ["lyap"])
    }

    func testEveryKeystrokeSearches() {
        var state = Self.started()
        Self.type(&state, [.char("/"), .char("s")])
        let afterS = state.results.total
        Self.type(&state, Self.chars("harp"))
        XCTAssertLessThan(state.results.total, afterS)
        Self.type(&state, [.backspace, .backspace, .backspace, .backspace])
        XCTAssertEqual(state.results.total, afterS)
    }

    func testEscapeRestoresThePreviousList() {
        var state = Self.started()
        Self.type(&state, [.char("/")] + Self.chars("muon") + [.enter])
        XCTAssertEqual(state.results.total, 1)
        Self.type(&state, [.char("/")] + Self.chars(" zzzz"))
        XCTAssertEqual(state.results.total, 0)
        Self.type(&state, [.escape])
        XCTAssertEqual(state.appliedQuery, "muon")
        XCTAssertEqual(state.results.total, 1)
        Self.type(&state, [.escape])
        XCTAssertEqual(state.results.total, 47, "Esc in the list clears the search")
    }

    func testHistoryRecall() {
        var state = Self.started()
        Self.type(&state, [.char("/")] + Self.chars("muon") + [.enter, .char("/"), .ctrl("u")] + Self.chars("glorot") + [.enter])
        Self.type(&state, [.char("/"), .up])
        XCTAssertEqual(state.searchText, "glorot")
        Self.type(&state, [.up])
        XCTAssertEqual(state.searchText, "muon")
        Self.type(&state, [.down, .down])
        XCTAssertEqual(state.searchText, "")
    }

    func testBadQueryShowsErrorAndKeepsList() {
        var state = Self.started()
        Self.type(&state, [.char("/")] + Self.chars("year:ab"))
        XCTAssertNotNil(state.queryError)
        XCTAssertEqual(state.results.total, 47, "the last good results stay")
        Self.type(&state, [.backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace] + Self.chars("muon"))
        XCTAssertNil(state.queryError)
    }

    func testStaleResultsAreDropped() {
        var state = Self.started()
        let effects = Reducer.reduce(&state, .key(.char("/"))) + Reducer.reduce(&state, .key(.char("m")))
        XCTAssertEqual(effects.map { if case .search(let request) = $0 { request.query } else { "" } }, ["m kind:talk"])
        _ = Reducer.reduce(&state, .key(.char("u")))
        let old = SearchRequest(query: "m kind:talk", order: .relevance, rows: 30, select: nil)
        _ = Reducer.reduce(&state, .searchCompleted(old, count: MatchCount(value: 0, isAtLeast: false), slice: ResultSlice(offset: 0, hits: []), selected: nil))
        XCTAssertEqual(state.results.total, 47, "results for an older query are ignored")
    }

    func testFilterSortAndPapers() {
        var state = Self.started()
        Self.type(&state, [.char("f")])
        XCTAssertEqual(state.seriesFilter, "dltrg")
        XCTAssertEqual(state.results.total, 35)
        Self.type(&state, [.char("f"), .char("f")])
        XCTAssertNil(state.seriesFilter)
        Self.type(&state, [.char("p")])
        XCTAssertEqual(state.results.total, 51)
        XCTAssertEqual(state.results.slice.hits.first?.record.kind, .paper)
        Self.type(&state, [.char("s"), .char("s")])
        XCTAssertEqual(state.sort, .title)
        let titles = state.results.slice.hits.map { $0.record.title.lowercased() }
        XCTAssertEqual(titles, titles.sorted())
    }

    func testDetailFocusScrollAndSmallTerminal() {
        var state = Self.started(width: 60, height: 16)
        XCTAssertEqual(state.layout.arrangement, .single)
        Self.type(&state, [.enter])
        XCTAssertTrue(state.detailOpen)
        Self.type(&state, [.char("j"), .char("j")])
        XCTAssertEqual(state.detailScroll, 2)
        Self.type(&state, [.escape])
        XCTAssertFalse(state.detailOpen)
        XCTAssertEqual(state.focus, .list)
    }

    func testResizeKeepsSelectionVisibleAndTinyIsTooSmall() {
        var state = Self.started(width: 160, height: 48)
        XCTAssertEqual(state.layout.arrangement, .sideBySide)
        Self.type(&state, [.char("G")])
        _ = Reducer.reduce(&state, .resize(width: 80, height: 24))
        XCTAssertEqual(state.layout.arrangement, .single)
        XCTAssertTrue(state.selection >= state.listScroll && state.selection < state.listScroll + state.layout.list.height)
        _ = Reducer.reduce(&state, .resize(width: 100, height: 40))
        XCTAssertEqual(state.layout.arrangement, .stacked)
        XCTAssertTrue(state.selection >= state.listScroll && state.selection < state.listScroll + state.layout.list.height)
        _ = Reducer.reduce(&state, .resize(width: 10, height: 3))
        XCTAssertEqual(state.layout.arrangement, .tooSmall)
    }

    /// `auto` previews where both panes have room: side by side from 120 columns, stacked from 40 rows.
    func testAutoPreviewNeedsRoomAlwaysAndNeverDoNot() {
        let sizes = [(80, 24), (100, 30), (100, 40), (120, 24), (160, 48), (60, 16)]
        let expected: [PreviewMode: [Layout.Arrangement]] = [
            .auto: [.single, .single, .stacked, .sideBySide, .sideBySide, .single],
            .always: [.stacked, .stacked, .stacked, .sideBySide, .sideBySide, .single],
            .never: [.single, .single, .single, .single, .single, .single],
        ]
        for (mode, arrangements) in expected {
            let got = sizes.map { Layout(width: $0.0, height: $0.1, detailOpen: false, preview: mode).arrangement }
            XCTAssertEqual(got, arrangements, "\(mode)")
        }
        let list = Layout(width: 80, height: 24, detailOpen: false, preview: .auto).list
        XCTAssertEqual(list, Rect(x: 0, y: 0, width: 80, height: 22), "the list takes the screen above the search and status lines")
    }

    func testVTogglesThePreviewAndEnterStillOpensTheRecord() {
        var state = Self.started()
        XCTAssertEqual(state.layout.arrangement, .single)
        Self.type(&state, [.char("G")])
        Self.type(&state, [.char("v")])
        XCTAssertEqual(state.preview, .always)
        XCTAssertEqual(state.layout.arrangement, .stacked)
        XCTAssertTrue(state.selection >= state.listScroll && state.selection < state.listScroll + state.layout.list.height,
                      "the selection stays in the shorter list")
        XCTAssertEqual(state.message, "preview on: v hides it")
        Self.type(&state, [.char("v")])
        XCTAssertEqual(state.preview, .never)
        XCTAssertEqual(state.layout.arrangement, .single)
        Self.type(&state, [.enter])
        XCTAssertTrue(state.detailOpen)
        XCTAssertEqual(state.focus, .detail)

        var reading = Self.started(width: 100, height: 40)
        Self.type(&reading, [.tab])
        _ = Reducer.reduce(&reading, .resize(width: 100, height: 30))
        XCTAssertTrue(reading.detailOpen, "the detail being read takes the screen when the preview goes")
        XCTAssertEqual(reading.layout.detail.height, 28)

        var wide = Self.started(width: 160, height: 48)
        Self.type(&wide, [.char("v")])
        XCTAssertEqual(wide.layout.arrangement, .single)
        var tiny = Self.started(width: 60, height: 16)
        Self.type(&tiny, [.char("v")])
        XCTAssertEqual(tiny.message, "no room for a preview at this size")
    }

    func testHelpQuitAndMouse() {
        var state = Self.started()
        Self.type(&state, [.char("?")])
        XCTAssertEqual(state.overlay, .help)
        Self.type(&state, [.char("x")])
        XCTAssertEqual(state.overlay, .none)
        _ = Reducer.reduce(&state, .mouse(MouseEvent(x: 5, y: 3, action: .press(.left))))
        XCTAssertEqual(state.selection, 3)
        _ = Reducer.reduce(&state, .mouse(MouseEvent(x: 5, y: 3, action: .wheelDown)))
        XCTAssertEqual(state.selection, 6)
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("q"))), [.quit])
        XCTAssertEqual(Reducer.reduce(&state, .key(.ctrl("c"))), [.quit])
    }
}

/// Topic and speaker pickers, and the help made from the keymap.
final class PickerAndHelpTests: XCTestCase {
    private func loaded(_ state: inout AppState, _ effects: [Effect]) {
        for case .loadPicker(let kind) in effects {
            let index = ReducerTests.index
            let picker: Picker
            switch kind {
            case .topics: picker = .topics(try! index.topicCounts(kind: .talk))
            case .speakers: picker = .speakers(try! index.speakerCounts())
            case .related: picker = .related(state.selected!.record.related.compactMap { try! index.record(id: $0) })
            }
            _ = Reducer.reduce(&state, .pickerLoaded(picker))
        }
    }

    func testTopicPickerNarrowsTheList() {
        var state = ReducerTests.started()
        loaded(&state, Reducer.reduce(&state, .key(.char("t"))))
        XCTAssertEqual(state.picker?.items.map(\.label).first, "Optimization & Training Dynamics")
        ReducerTests.type(&state, [.char("g")])
        XCTAssertEqual(state.picker?.items[state.picker!.selection].label, "Generalization & Robustness", "a letter jumps")
        ReducerTests.type(&state, [.enter])
        XCTAssertNil(state.picker)
        XCTAssertEqual(state.appliedQuery, "topic:\"Generalization & Robustness\"")
        XCTAssertEqual(state.results.total, state.picker?.items.first?.count ?? state.results.total)
        XCTAssertTrue(state.results.slice.hits.allSatisfy { $0.record.topics.contains { $0.topic == "Generalization & Robustness" } })
    }

    func testSpeakerPickerWithCountsThenEscape() {
        var state = ReducerTests.started()
        loaded(&state, Reducer.reduce(&state, .key(.char("a"))))
        let items = state.picker?.items ?? []
        XCTAssertEqual(items.count, 14)
        XCTAssertTrue(items.allSatisfy { $0.count == 1 })
        ReducerTests.type(&state, [.char("b"), .enter])
        XCTAssertEqual(state.results.slice.hits.map(\.record.id), ["ellis-2026-05-11"], "Mehlig")
        loaded(&state, Reducer.reduce(&state, .key(.char("a"))))
        ReducerTests.type(&state, [.escape])
        XCTAssertNil(state.picker)
        XCTAssertEqual(state.results.total, 1, "Esc leaves the list as it was")
    }

    func testGoToARelatedPaperAcrossCollections() {
        var state = ReducerTests.started()
        ReducerTests.type(&state, [.char("/")] + ReducerTests.chars("\"neural tangent kernel\"") + [.enter])
        XCTAssertEqual(state.selected?.record.id, "dltrg-2022-08-03")
        loaded(&state, Reducer.reduce(&state, .key(.char("R"))))
        XCTAssertEqual(state.picker?.items.map(\.recordID), ["paper-2018-06-20"])
        ReducerTests.run(&state, Reducer.reduce(&state, .key(.enter)))
        XCTAssertEqual(state.collection, .papers)
        XCTAssertEqual(state.selected?.record.id, "paper-2018-06-20")
    }

    func testHelpListsEveryCommandWithItsKeys() {
        let entries = Keymap.standard.helpEntries()
        XCTAssertEqual(entries.count, Command.allCases.count, "every command has a key")
        XCTAssertTrue(entries.contains { $0.keys == "/" && $0.help == Command.search.help })
        XCTAssertTrue(entries.contains { $0.keys.hasPrefix("j ↓") })
    }

    func testHelpScrollsAndClosesOnOtherKeys() {
        var state = ReducerTests.started()
        ReducerTests.type(&state, [.char("?"), .char("j"), .char("j")])
        XCTAssertEqual(state.helpScroll, 2)
        ReducerTests.type(&state, [.char("x")])
        XCTAssertEqual(state.overlay, .none)
        XCTAssertEqual(state.selection, 0, "the closing key does nothing else")
    }
}

import ScreenModel
import TalkArchive
import TalkSettings
import XCTest
@testable import TalksUI

/// The browser's state machine, driven by keys as a user would, through the real run loop.
final class ReducerTests: XCTestCase {
    func testStartsWithTalksAndPapersTogetherNewestFirst() {
        let browser = TestBrowser()
        XCTAssertEqual(browser.state.results.total, 98)
        XCTAssertEqual(browser.state.results.kinds.talks.value, 47)
        XCTAssertEqual(browser.state.results.kinds.papers.value, 51)
        XCTAssertEqual(browser.state.selected?.record.id, "ellis-2026-06-08")
        let dates = browser.state.results.slice.hits.map(\.record.date)
        XCTAssertEqual(dates, dates.sorted(by: >), "newest first")
        XCTAssertEqual(Set(browser.state.results.slice.hits.map(\.record.kind)), [.talk, .paper], "the kinds interleave")
        XCTAssertTrue(browser.screen[23].contains("47 talks · 51 papers"), browser.screen[23])
    }

    /// `K` narrows to talks, then papers, then both again; `p` is the papers alone, and back.
    func testKindKeysNarrowTheList() {
        let browser = TestBrowser()
        browser.type("K")
        XCTAssertEqual(browser.state.results.total, 47)
        XCTAssertTrue(browser.state.results.slice.hits.allSatisfy { $0.record.kind == .talk })
        XCTAssertEqual(browser.state.message, "showing talks only")
        browser.type("K")
        XCTAssertEqual(browser.state.results.total, 51)
        XCTAssertTrue(browser.state.results.slice.hits.allSatisfy { $0.record.kind == .paper })
        browser.type("K")
        XCTAssertEqual(browser.state.results.total, 98)
        browser.type("p")
        XCTAssertEqual(browser.state.collection, .papers)
        XCTAssertEqual(browser.state.results.total, 51)
        browser.type("p")
        XCTAssertEqual(browser.state.collection, .all)
        XCTAssertEqual(browser.state.results.total, 98)
    }

    /// `u`: the next talk from the clock's now is selected, in whatever list; none to come, the latest.
    func testNextTalkKeyGoesToTheNextTalkFromNow() {
        let browser = TestBrowser()
        browser.type("p/grokking")
        browser.type(.enter, .char("u"))
        XCTAssertEqual(browser.state.selected?.record.id, "ellis-2026-04-27")
        XCTAssertEqual(browser.state.collection, .all, "from the papers, to the list that holds talks")
        XCTAssertEqual(browser.state.message, "next talk: 2026-04-27 It's not a Lottery, it's a Race: Understanding How Gradient Descent Adapts the Network's Capacity to the Task")
        let evening = TestBrowser(now: ISO8601DateFormatter().date(from: "2026-04-27T16:00:00Z")!)
        evening.type("u")
        XCTAssertEqual(evening.state.selected?.record.id, "ellis-2026-05-11", "the day's talk began at 5pm CEST")
        let later = TestBrowser(now: ISO8601DateFormatter().date(from: "2031-01-01T00:00:00Z")!)
        later.type("ju")
        XCTAssertEqual(later.state.selected?.record.id, "ellis-2026-06-08")
        XCTAssertEqual(later.state.message, "no talk to come; the latest was on 2026-06-08")
        XCTAssertTrue(later.screen[22].hasPrefix("no talk to come"), later.screen[22])
    }

    /// `y` offers the link, the BibTeX entry and the citation line; a letter jumps, Enter copies.
    func testCopyMenu() {
        let browser = TestBrowser()
        browser.type("/\"neural tangent kernel\" kind:talk")
        browser.type(.enter, .char("y"))
        XCTAssertEqual(browser.state.picker?.items.map(\.copy), [.link, .bibtex, .citation])
        XCTAssertTrue(browser.screen.joined(separator: "\n").contains("Copy to your clipboard"), browser.screen.joined(separator: "\n"))
        browser.type("b")
        browser.type(.enter)
        XCTAssertNil(browser.state.picker)
        XCTAssertEqual(browser.links.calls, [.copy("dltrg-2022-08-03", .bibtex)])
        XCTAssertEqual(browser.state.message, "copy(\"dltrg-2022-08-03\", TalksUI.CopyFormat.bibtex)")
        browser.type("y")
        browser.type(.escape)
        XCTAssertEqual(browser.links.calls.count, 1, "Esc copies nothing")
    }

    /// A notice in several lengths: the status line shows the longest that fits, at any width.
    func testANoticeFitsTheStatusLine() {
        let browser = TestBrowser(width: 40, height: 12)
        browser.type("yc")
        browser.type(.enter)
        XCTAssertEqual(browser.state.messageForms.count, 2)
        XCTAssertEqual(browser.screen[10].trimmingCharacters(in: .whitespaces), "copied", "the long form is wider than 40")
        browser.resize(width: 120, height: 30)
        XCTAssertTrue(browser.screen[28].hasPrefix("copy(\"ellis-2026-06-08\", TalksUI.CopyFormat.citation)"), browser.screen[28])
        browser.type("j")
        XCTAssertNil(browser.state.message)
    }

    /// `s` cycles relevance, newest first, oldest first, title.
    func testSortCyclesThroughOldestFirst() {
        let browser = TestBrowser()
        browser.type("ss")
        XCTAssertEqual(browser.state.sort, .oldest)
        XCTAssertEqual(browser.state.message, "sorted: oldest first")
        let dates = browser.state.results.slice.hits.map(\.record.date)
        XCTAssertEqual(dates, dates.sorted())
        XCTAssertEqual(browser.state.results.total, 98)
        XCTAssertTrue(browser.screen[23].contains("· oldest first"), browser.screen[23])
        browser.type("G")
        XCTAssertEqual(browser.state.selected?.record.id, "ellis-2026-06-08", "the newest last")
    }

    /// The issue's case: "grokking" shows the talk and the six papers about it, each marked.
    func testSearchShowsTalksAndPapersTogether() {
        let browser = TestBrowser()
        browser.type("/grokking")
        browser.type(.enter)
        XCTAssertEqual(browser.state.results.kinds.talks.value, 1)
        XCTAssertEqual(browser.state.results.kinds.papers.value, 6)
        XCTAssertTrue(browser.screen[23].contains("1/7  1 talk · 6 papers"), browser.screen[23])
        let rows = browser.screen.prefix(7)
        XCTAssertEqual(rows.filter { $0.contains(" PAPER ") }.count, 6, rows.joined(separator: "\n"))
        XCTAssertEqual(rows.filter { $0.contains(" DLTRG ") || $0.contains(" ELLIS ") }.count, 1, rows.joined(separator: "\n"))
    }

    func testMovingAndPaging() {
        let browser = TestBrowser()
        browser.type(.char("j"), .char("j"), .down)
        XCTAssertEqual(browser.state.selection, 3)
        browser.type("k")
        XCTAssertEqual(browser.state.selection, 2)
        browser.type("G")
        XCTAssertEqual(browser.state.selection, 97)
        XCTAssertEqual(browser.state.listScroll.offset, 97 - browser.state.layout.list.height + 1, "the selection stays on screen")
        browser.type("g")
        XCTAssertEqual(browser.state.selection, 0)
        XCTAssertEqual(browser.state.listScroll.offset, 0)
        browser.type(.pageDown)
        XCTAssertEqual(browser.state.selection, browser.state.layout.list.height)
        browser.type("kgk")
        XCTAssertEqual(browser.state.selection, 0, "no moving above the first")
    }

    func testSearchAsYouTypeThenEnterKeepsResults() {
        let browser = TestBrowser()
        browser.type("/lyap")
        XCTAssertEqual(browser.state.focus, .search)
        XCTAssertEqual(browser.state.results.slice.hits.map(\.record.id), ["ellis-2026-05-11", "paper-2026-02-23"])
        browser.type(.enter)
        XCTAssertEqual(browser.state.focus, .list)
        XCTAssertEqual(browser.state.appliedQuery, "lyap")
        XCTAssertEqual(browser.state.history, ["lyap"])
    }

    func testEveryKeystrokeSearches() {
        let browser = TestBrowser()
        browser.type("/s")
        let afterS = browser.state.results.total
        browser.type("harp")
        XCTAssertLessThan(browser.state.results.total, afterS)
        browser.type(.backspace, .backspace, .backspace, .backspace)
        XCTAssertEqual(browser.state.results.total, afterS)
    }

    func testEscapeRestoresThePreviousList() {
        let browser = TestBrowser()
        browser.type("/muon")
        browser.type(.enter)
        XCTAssertEqual(browser.state.results.total, 3)
        browser.type("/ zzzz")
        XCTAssertEqual(browser.state.results.total, 0)
        browser.type(.escape)
        XCTAssertEqual(browser.state.appliedQuery, "muon")
        XCTAssertEqual(browser.state.results.total, 3)
        browser.type(.escape)
        XCTAssertEqual(browser.state.results.total, 98, "Esc in the list clears the search")
    }

    func testHistoryRecall() {
        let browser = TestBrowser()
        browser.type("/muon")
        browser.type(.enter, .char("/"), .ctrl("u"))
        browser.type("glorot")
        browser.type(.enter, .char("/"), .up)
        XCTAssertEqual(browser.state.searchText, "glorot")
        browser.type(.up)
        XCTAssertEqual(browser.state.searchText, "muon")
        browser.type(.down, .down)
        XCTAssertEqual(browser.state.searchText, "")
    }

    func testBadQueryShowsErrorAndKeepsList() {
        let browser = TestBrowser()
        browser.type("/year:ab")
        XCTAssertNotNil(browser.state.queryError)
        XCTAssertEqual(browser.state.results.total, 98, "the last good results stay")
        browser.type(Array(repeating: .backspace, count: 7))
        browser.type("muon")
        XCTAssertNil(browser.state.queryError)
    }

    func testStaleResultsAreDropped() throws {
        var state = TestBrowser().state
        let effects = Reducer.reduce(&state, .key(.char("/"))) + Reducer.reduce(&state, .key(.char("m")))
        let sent = try SearchQuery(parsing: "m")
        XCTAssertEqual(effects.compactMap { if case .search(let request) = $0 { request.query } else { nil } }, [sent])
        _ = Reducer.reduce(&state, .key(.char("u")))
        let old = SearchRequest(query: sent, order: .relevance, rows: 30, select: nil)
        _ = Reducer.reduce(&state, .searchCompleted(old, count: MatchCount(value: 0, isAtLeast: false), kinds: .none, slice: ResultSlice(offset: 0, hits: []), selected: nil))
        XCTAssertEqual(state.results.total, 98, "results for an older query are ignored")
    }

    func testRelatedRecordsComeInAsAnActionWhenTheDetailShows() {
        // Tall enough that the related records show below the paper's facts and topics.
        let browser = TestBrowser(width: 80, height: 60) { $0.preview = .never }
        browser.type("/\"neural tangent kernel\" kind:talk")
        browser.type(.enter)
        XCTAssertNil(browser.state.related.recordID, "a move in the list alone looks nothing up")
        browser.type(.enter)
        XCTAssertEqual(browser.state.related.recordID, "dltrg-2022-08-03")
        XCTAssertEqual(browser.state.related.records.map(\.id), ["paper-2018-06-20"])
        XCTAssertTrue(browser.screen.contains { $0.hasPrefix(" Related  R to go") }, browser.screen.joined(separator: "\n"))
        var state = browser.state
        _ = Reducer.reduce(&state, .relatedLoaded(recordID: "ellis-2026-06-08", []))
        XCTAssertEqual(state.related, browser.state.related, "records related to another record are dropped")
    }

    func testFilterSortAndPapers() {
        let browser = TestBrowser()
        browser.type("f")
        XCTAssertEqual(browser.state.seriesFilter, "dltrg")
        XCTAssertEqual(browser.state.results.total, 35)
        browser.type("ff")
        XCTAssertNil(browser.state.seriesFilter)
        browser.type("p")
        XCTAssertEqual(browser.state.results.total, 51)
        XCTAssertEqual(browser.state.results.slice.hits.first?.record.kind, .paper)
        browser.type("sss")
        XCTAssertEqual(browser.state.sort, .title)
        let titles = browser.state.results.slice.hits.map { $0.record.title.lowercased() }
        XCTAssertEqual(titles, titles.sorted())
    }

    func testDetailFocusScrollAndSmallTerminal() {
        let browser = TestBrowser(width: 60, height: 16)
        XCTAssertEqual(browser.state.layout.arrangement, .single)
        browser.type(.enter)
        XCTAssertTrue(browser.state.detailOpen)
        browser.type("jj")
        XCTAssertEqual(browser.state.detailScroll.offset, 2)
        browser.type(.escape)
        XCTAssertFalse(browser.state.detailOpen)
        XCTAssertEqual(browser.state.focus, .list)
    }

    func testResizeKeepsSelectionVisibleAndTinyIsTooSmall() {
        let browser = TestBrowser(width: 160, height: 48)
        XCTAssertEqual(browser.state.layout.arrangement, .sideBySide)
        browser.type("G")
        browser.resize(width: 80, height: 24)
        XCTAssertEqual(browser.state.layout.arrangement, .single)
        XCTAssertTrue(browser.state.selection >= browser.state.listScroll.offset && browser.state.selection < browser.state.listScroll.offset + browser.state.layout.list.height)
        browser.resize(width: 100, height: 40)
        XCTAssertEqual(browser.state.layout.arrangement, .stacked)
        XCTAssertTrue(browser.state.selection >= browser.state.listScroll.offset && browser.state.selection < browser.state.listScroll.offset + browser.state.layout.list.height)
        browser.resize(width: 10, height: 3)
        XCTAssertEqual(browser.state.layout.arrangement, .tooSmall)
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
        let browser = TestBrowser()
        XCTAssertEqual(browser.state.layout.arrangement, .single)
        browser.type("G")
        browser.type("v")
        XCTAssertEqual(browser.state.preview, .always)
        XCTAssertEqual(browser.state.layout.arrangement, .stacked)
        XCTAssertTrue(browser.state.selection >= browser.state.listScroll.offset && browser.state.selection < browser.state.listScroll.offset + browser.state.layout.list.height,
                      "the selection stays in the shorter list")
        XCTAssertEqual(browser.state.message, "preview on: v hides it")
        browser.type("v")
        XCTAssertEqual(browser.state.preview, .never)
        XCTAssertEqual(browser.state.layout.arrangement, .single)
        browser.type(.enter)
        XCTAssertTrue(browser.state.detailOpen)
        XCTAssertEqual(browser.state.focus, .detail)

        let reading = TestBrowser(width: 100, height: 40)
        reading.type(.tab)
        reading.resize(width: 100, height: 30)
        XCTAssertTrue(reading.state.detailOpen, "the detail being read takes the screen when the preview goes")
        XCTAssertEqual(reading.state.layout.detail.height, 28)

        let wide = TestBrowser(width: 160, height: 48)
        wide.type("v")
        XCTAssertEqual(wide.state.layout.arrangement, .single)
        let tiny = TestBrowser(width: 60, height: 16)
        tiny.type("v")
        XCTAssertEqual(tiny.state.message, "no room for a preview at this size")
    }

    func testHelpQuitAndMouse() {
        let browser = TestBrowser()
        browser.type("?")
        XCTAssertEqual(browser.state.overlay, .help)
        browser.type("x")
        XCTAssertEqual(browser.state.overlay, .none)
        browser.send([.mouse(MouseEvent(x: 5, y: 3, action: .press(.left)))])
        XCTAssertEqual(browser.state.selection, 3)
        browser.send([.mouse(MouseEvent(x: 5, y: 3, action: .wheelDown))])
        XCTAssertEqual(browser.state.selection, 6)
        browser.type("q")
        XCTAssertTrue(browser.runtime.hasQuit)
        let other = TestBrowser()
        other.type(.ctrl("c"))
        XCTAssertTrue(other.runtime.hasQuit)
    }
}

/// Topic and speaker pickers, and the help made from the keymap.
final class PickerAndHelpTests: XCTestCase {
    func testTopicPickerNarrowsTheList() {
        let browser = TestBrowser()
        browser.type("t")
        XCTAssertEqual(browser.state.picker?.items.map(\.label).first, "Optimization & Training Dynamics")
        browser.type("g")
        XCTAssertEqual(browser.state.picker?.items[browser.state.picker!.selection].label, "Generalization & Robustness", "a letter jumps")
        browser.type(.enter)
        XCTAssertNil(browser.state.picker)
        XCTAssertEqual(browser.state.appliedQuery, "topic:\"Generalization & Robustness\"")
        XCTAssertEqual(browser.state.results.total, browser.state.picker?.items.first?.count ?? browser.state.results.total)
        XCTAssertTrue(browser.state.results.slice.hits.allSatisfy { $0.record.topics.contains { $0.topic == "Generalization & Robustness" } })
    }

    func testSpeakerPickerWithCountsThenEscape() {
        let browser = TestBrowser()
        browser.type("a")
        let items = browser.state.picker?.items ?? []
        XCTAssertEqual(items.count, 14)
        XCTAssertTrue(items.allSatisfy { $0.count == 1 })
        browser.type(.char("b"), .enter)
        XCTAssertEqual(browser.state.results.slice.hits.map(\.record.id), ["ellis-2026-05-11"], "Mehlig")
        browser.type("a")
        browser.type(.escape)
        XCTAssertNil(browser.state.picker)
        XCTAssertEqual(browser.state.results.total, 1, "Esc leaves the list as it was")
    }

    /// `R` from the selected record `from`, whose one related record is `target`, then Enter:
    /// the target is selected, in a list that shows its kind.
    static func goToRelated(_ browser: TestBrowser, from: String, to target: Picker.Target,
                            file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(browser.state.selected?.record.id, from, file: file, line: line)
        browser.type("R")
        XCTAssertEqual(browser.state.picker?.items.map(\.target), [target], file: file, line: line)
        browser.type(.enter)
        XCTAssertTrue([nil, target.kind].contains(browser.state.collection.kind), "the list shows the target's kind", file: file, line: line)
        XCTAssertEqual(browser.state.selected?.record.id, target.id, file: file, line: line)
    }

    func testGoToARelatedPaperAcrossCollections() {
        let browser = TestBrowser()
        browser.type("/\"neural tangent kernel\" kind:talk")
        browser.type(.enter)
        Self.goToRelated(browser, from: "dltrg-2022-08-03", to: Picker.Target(id: "paper-2018-06-20", kind: .paper))
    }

    func testHelpListsEveryCommandWithItsKeys() {
        let entries = Keymap.standard.helpEntries()
        let everywhere = Keymap.standard.helpSections().flatMap(\.entries)
        XCTAssertEqual(Set(everywhere.map(\.help)), Set(Command.allCases.map(\.help)), "every command has a key")
        XCTAssertTrue(entries.contains { $0.keys == "/" && $0.help == Command.search.help })
        XCTAssertTrue(entries.contains { $0.keys.hasPrefix("j ↓") })
    }

    func testHelpScrollsAndClosesOnOtherKeys() {
        let browser = TestBrowser()
        browser.type("?jj")
        XCTAssertEqual(browser.state.helpScroll.offset, 2)
        browser.type("x")
        XCTAssertEqual(browser.state.overlay, .none)
        XCTAssertEqual(browser.state.selection, 0, "the closing key does nothing else")
    }
}

/// The help's window, which stops at its last line (a key past it used to be one to take back).
final class HelpScrollTests: XCTestCase {
    func testHelpStopsAtItsLastLineAndComesBackAtOnce() {
        let browser = TestBrowser()
        browser.type("?")
        browser.type(Array(repeating: .char(" "), count: 20))
        let last = HelpOverlay.lineCount(browser.state) - HelpOverlay.visibleRows(for: browser.state)
        XCTAssertEqual(browser.state.helpScroll.offset, last)
        browser.type("k")
        XCTAssertEqual(browser.state.helpScroll.offset, last - 1)
        browser.resize(width: 80, height: 60)
        XCTAssertEqual(browser.state.helpScroll.offset, max(0, HelpOverlay.lineCount(browser.state) - 57), "a taller screen shows more, not blank rows")
    }
}

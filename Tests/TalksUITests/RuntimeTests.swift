import BrowserRuntime
import PersonalState
import ScreenModel
import TalkArchive
import XCTest
@testable import TalksUI

/// The run loop itself: when it paints, how it ends, what reaches it from other threads.
final class RuntimeTests: XCTestCase {
    func testRunPaintsTheFirstScreenAndEndsOnQuitCancellingTheDownload() {
        let backend = MemoryBackend(width: 80, height: 24, events: [.key(.char("r")), .key(.char("q"))])
        let downloads = RecordingDownloads()
        let state = AppState(width: 80, height: 24, today: Day(iso: "2026-04-15")!)
        BrowserRuntime(state: state, backend: backend, index: TestBrowser.archive, downloads: downloads, links: RecordingLinks(),
                       marks: DeferredMarkStore(try! MarkStore.inMemory())).run()
        XCTAssertEqual(backend.cellsWrittenPerDraw.first, 80 * 24, "the first paint is the whole screen")
        XCTAssertEqual(backend.cellsWrittenPerDraw.count, 3, "painted at the start, once the marks are read, and after r, not after q")
        XCTAssertEqual(backend.cellsWrittenPerDraw[1], 0, "no marks: reading them changes no cell")
        XCTAssertEqual(downloads.calls, [.start("ellis-2026-06-08"), .cancel])
    }

    func testProgressPostedFasterThanItIsPaintedShowsOnlyTheLatest() {
        let browser = TestBrowser()
        browser.type("r")
        let draws = browser.backend.cellsWrittenPerDraw.count
        for percent in [10, 20, 30] {
            browser.runtime.inbox.post(.downloadProgress(DownloadProgress(recordID: "ellis-2026-06-08", statusLine: "\(percent)%")), coalescing: true)
        }
        browser.runtime.runUntilIdle()
        XCTAssertEqual(browser.state.download?.statusLine, "30%")
        XCTAssertEqual(browser.backend.cellsWrittenPerDraw.count, draws + 1, "one paint for the three")
        browser.runtime.runUntilIdle()
        XCTAssertEqual(browser.backend.cellsWrittenPerDraw.count, draws + 1, "nothing new, nothing painted")
    }
}

import Foundation
import XCTest
import PersonalState
import TalkArchive

/// Two connections to one file (what two sessions are) writing at once lose nothing. The same
/// with two processes of the built binary is in TalksCLITests.
final class ConcurrentStoreTests: XCTestCase {
    func testTwoConnectionsWritingAtOnceLoseNothing() throws {
        let folder = StoreFixtures.scratchFolder()
        let first = try MarkStore.open(folder: folder)
        let second = try MarkStore.open(folder: folder)
        let failures = FailureList()
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            let store = worker == 0 ? first : second
            for i in 0..<100 {
                do {
                    // Both tag the same records, each with its own tag, and star their own.
                    try store.change("shared-\(i % 10)", .tag([TagName("w\(worker)-\(i)")!]))
                    try store.change("own-\(worker)-\(i)", .toggleStar)
                } catch {
                    failures.add("\(error)")
                }
            }
        }
        XCTAssertEqual(failures.all, [])
        let marks = try first.allMarks()
        XCTAssertEqual(marks.keys.filter { $0.hasPrefix("own-") }.count, 200)
        XCTAssertEqual(marks.filter { $0.key.hasPrefix("shared-") }.values.map(\.tags.count).reduce(0, +), 200)
    }
}

private final class FailureList: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}

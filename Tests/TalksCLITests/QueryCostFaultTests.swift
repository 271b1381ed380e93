import Foundation
import XCTest

/// A hostile pasted query against the bundled archive: its cost is bounded by its length, not its
/// shape (issue 15, finding 5).
final class QueryCostFaultTests: XCTestCase {
    func testFourKilobytesOfAlternativesAnswerAtOnce() throws {
        for query in [Array(repeating: "a", count: 1000).joined(separator: " OR "),
                      (1...800).map { "w\($0)" }.joined(separator: " OR ")] {
            let start = Date()
            let run = try TalksRun.run(["search", query])
            XCTAssertLessThan(Date().timeIntervalSince(start), 5, "a 4 KB query of alternatives")
            XCTAssertTrue(run.status == 0 || run.err.hasPrefix("talks: bad query: the query has 800 words"), run.err)
        }
    }
}

import XCTest

/// `talks show` says which areas a record is about, and why: each sub-theme with the words that matched.
final class TopicShowTests: XCTestCase {
    func testShowListsEachAreaWithItsSubThemesAndWords() throws {
        let r = try TalksRun.run(["show", "ellis-2026-04-13"])
        XCTAssertEqual(r.status, 0, r.err)
        let lines = r.out.split(separator: "\n").map(String.init)
        let area = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Topics") && $0.hasSuffix("Emerging Paradigms & Practical Efficiency") }, r.out)
        let reasons = lines[(area + 1)...].prefix { $0.hasPrefix("               ") }.joined(separator: "\n")
        XCTAssertTrue(reasons.contains("Energy Efficiency"), reasons)
        XCTAssertTrue(reasons.contains("(Resource-efficient ML paradigms: energy-efficient training, inference optimization)"), reasons)
        XCTAssertTrue(reasons.contains("(Linking theoretical insights to design of scalable, sustainable ML systems)"), reasons)
    }
}

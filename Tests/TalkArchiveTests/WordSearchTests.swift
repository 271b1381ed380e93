import XCTest
@testable import TalkArchive

/// Issue 17, words as people write them, on the bundled archive: each case the issue names.
final class WordSearchTests: XCTestCase {
    static let index = try! ArchiveIndex.open(archive: Fixtures.archiveFolder,
                                              cache: FileManager.default.temporaryDirectory.appendingPathComponent("talks-words-\(getpid())"))
    private var index: ArchiveIndex { Self.index }

    private func ids(_ query: String, limit: Int = 1000) throws -> [String] { try index.search(query, limit: limit).map(\.record.id) }

    func testWordFormsMatch() throws {
        XCTAssertTrue(try ids("energy efficient").contains("ellis-2026-04-13"), "Energy Efficiency")
        XCTAssertTrue(try ids("optimizers kind:talk").contains("dltrg-2023-06-07"), "Sophia … Optimizer")
        let languageModels = try ids("language models series:dltrg year:2023")
        XCTAssertTrue(languageModels.contains("dltrg-2023-06-07"), "Language Model Pre-training")
        XCTAssertTrue(languageModels.contains("dltrg-2023-10-04"), "Language Modeling Is Compression")
    }

    /// Word forms widen a search, never narrow a prefix as it is typed: each prefix of
    /// "efficiency" finds the talk, and everything the bare prefix finds (an unclosed quote
    /// searches just the prefix).
    func testPrefixesAsYouTypeStillFind() throws {
        for length in 3..."efficiency".count {
            let prefix = String("efficiency".prefix(length))
            let found = Set(try ids(prefix))
            XCTAssertTrue(found.contains("ellis-2026-04-13"), prefix)
            XCTAssertTrue(Set(try ids("\"" + prefix)).isSubset(of: found), prefix)
        }
    }

    /// Whole words as typed rank above their other forms: every record holding "optimizer" comes
    /// before any that only holds another form of it.
    func testExactWordsRankAboveOtherForms() throws {
        let exact = Set(try ids("\"optimizer\""))
        let ranked = try ids("optimizer")
        XCTAssertFalse(exact.isEmpty)
        XCTAssertGreaterThan(ranked.count, exact.count, "other forms are found too")
        XCTAssertEqual(Set(ranked.prefix(exact.count)), exact)
    }

    func testHyphensAndSpacesAreInterchangeable() throws {
        XCTAssertFalse(try ids("on-device").isEmpty)
        XCTAssertEqual(Set(try ids("on-device")), Set(try ids("on device")))
        XCTAssertEqual(try ids("sharpness-aware").first, "ellis-2026-03-09")
    }

    /// Hyphens anywhere, doubled, alone or around quotes and symbols: every one runs.
    func testOddHyphensRun() throws {
        for query in ["a-", "on--device", "x-\"y", "‐‐z", "-a-b", "c++-x", "ntk-", "QLoRA-AdaLoRA", "ñandú-ü", "-", "--", "a-\u{0}-b"] {
            XCTAssertNoThrow(try index.search(query), query)
        }
        XCTAssertEqual(Set(try ids("on--device")), Set(try ids("on device")))
    }

    func testWordsInsideMixedCaseTokens() throws {
        let lora = try ids("lora")
        XCTAssertTrue(lora.contains("dltrg-2023-06-14"), "QLoRA")
        XCTAssertTrue(lora.contains("dltrg-2023-05-24"), "AdaLoRA")
    }

    func testAcronymsFindTheirExpansionsAndBack() throws {
        XCTAssertTrue(try ids("ntk").contains("dltrg-2022-08-03"), "the session titled Neural Tangent Kernel")
        XCTAssertEqual(try ids("sam").first, "ellis-2026-03-09", "Sharpness-Aware Minimization")
        // llm finds the records that only say "large language models", and back.
        let llm = Set(try ids("llm")), spelledOut = Set(try ids("\"large language model\""))
        XCTAssertFalse(spelledOut.isEmpty)
        XCTAssertTrue(spelledOut.isSubset(of: llm))
        let ntkOnly = Set(try ids("\"ntk\"")).subtracting(try ids("\"neural tangent kernel\""))
        XCTAssertTrue(ntkOnly.isSubset(of: Set(try ids("neural tangent kernel"))))
    }

    func testNothingFoundOffersTheClosestNames() throws {
        let query = try SearchQuery(parsing: "speaker:muenighoff")
        XCTAssertEqual(try index.count(query).value, 0)
        XCTAssertEqual(try index.closestWords(to: query).first, "Muennighoff")
        XCTAssertEqual(try index.closestWords(to: SearchQuery(parsing: "lyapunov")), [], "a word the archive holds is not misspelled")
        XCTAssertEqual(try index.closestWords(to: SearchQuery(parsing: "-xq kind:talk")), [])
    }
}

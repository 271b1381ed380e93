import Foundation
import XCTest

/// Writers of one index at once, and writers whose signals were ignored: nothing reported as
/// imported is lost (issue 15, findings 1 and 2).
final class IndexWriterFaultTests: XCTestCase {
    func testTwoImportsAtOnceBothLand() throws {
        let scene = try FaultScene("two-imports")
        XCTAssertEqual(try scene.run(["list"]).status, 0)
        let first = try scene.snapshot("first.jsonl", ids: 10_000..<16_000, word: "gradient flows")
        let second = try scene.snapshot("second.jsonl", ids: 20_000..<26_000, word: "mirror descent")
        // When two imports of different files run at the same time
        let one = try scene.spawn(["import", "--format", "arxiv-jsonl", first.path], output: "one.out")
        let two = try scene.spawn(["import", "--format", "arxiv-jsonl", second.path], output: "two.out")
        one.waitUntilExit()
        two.waitUntilExit()
        // Then both succeed, one of them having waited, and the index holds both files' papers
        XCTAssertEqual(one.terminationStatus, 0, scene.text("one.out.err"))
        XCTAssertEqual(two.terminationStatus, 0, scene.text("two.out.err"))
        XCTAssertTrue(scene.text("one.out").hasPrefix("imported 6,000 papers"), scene.text("one.out"))
        XCTAssertTrue(scene.text("two.out").hasPrefix("imported 6,000 papers"), scene.text("two.out"))
        for words in ["gradient flows", "mirror descent"] {
            let found = try scene.run(["search", "title:\"\(words)\"", "--json", "--limit", "10000"])
            XCTAssertEqual(found.status, 0, found.err)
            XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(found.out.utf8)) as? [Any])?.count, 6_000, words)
        }
    }

    func testAnImportUnderNohupOutlivesTheHangup() throws {
        let scene = try FaultScene("nohup")
        XCTAssertEqual(try scene.run(["list"]).status, 0)
        let snapshot = try scene.snapshot("big.jsonl", ids: 10_000..<30_000, word: "gradient flows")
        // When `nohup talks import` is running and the terminal hangs up
        let importing = try scene.spawn([FaultScene.binary, "import", "--format", "arxiv-jsonl", snapshot.path],
                                        output: "import.out", executable: "/usr/bin/nohup")
        scene.waitForTemporaryFile(of: importing)
        XCTAssertTrue(importing.isRunning, "the import was still running when the temporary file appeared")
        kill(importing.processIdentifier, SIGHUP)
        importing.waitUntilExit()
        // Then the import completes and its papers are there
        XCTAssertEqual(importing.terminationStatus, 0, scene.text("import.out.err"))
        XCTAssertTrue(scene.text("import.out").hasPrefix("imported 20,000 papers"), scene.text("import.out"))
        let found = try scene.run(["search", "title:\"gradient flows\"", "--json", "--limit", "100000"])
        XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(found.out.utf8)) as? [Any])?.count, 20_000)
        XCTAssertEqual(scene.temporaryFiles, [])
    }
}

import Foundation
import XCTest

/// The commands in kiosk mode: import refused with status 77, the archive pinned to what the host chose.
final class KioskCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try TalksRun.scratchFolder("kiosk")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testImportIsRefusedWithStatus77AndChangesNothing() throws {
        let file = folder.appendingPathComponent("papers.jsonl")
        try Data(#"{"id": "2211.05729", "title": "Kiosk Import Marker", "authors": "A", "abstract": "x", "categories": "cs.LG", "update_date": "2023-01-01"}"#.utf8 + [0x0A])
            .write(to: file)
        let cache = ["XDG_CACHE_HOME": folder.appendingPathComponent("cache").path]
        let cases: [([String], [String: String])] = [
            (["--kiosk", "import", "--format", "arxiv-jsonl", file.path], cache),
            (["import", "--format", "arxiv-jsonl", file.path], cache.merging(["TALKS_KIOSK": "1"]) { $1 }),
        ]
        for (arguments, environment) in cases {
            let r = try TalksRun.run(arguments, environment: environment)
            XCTAssertEqual(r.status, 77, arguments.joined(separator: " "))
            XCTAssertEqual(r.err, "talks: import is not available on this host (kiosk mode)\n")
            XCTAssertEqual(r.out, "")
        }
        let search = try TalksRun.run(["search", "kiosk import marker"], environment: cache)
        XCTAssertEqual(search.out, "", "nothing was imported")
    }

    func testTheArchiveVariableIsIgnoredButTheHostsCommandLineCounts() throws {
        let archive = folder.appendingPathComponent("archive")
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        try Data("1. March 2026 @ 5pm CET\nAn Archive The Client Chose\nAda, Here\n".utf8).write(to: archive.appendingPathComponent("p.txt"))
        let chosen = "ellis-2026-03-01  An Archive The Client Chose — Ada\n"
        let fromVariable = try TalksRun.run(["list"], environment: ["TALKS_ARCHIVE": archive.path, "TALKS_KIOSK": "1"])
        XCTAssertEqual(fromVariable.status, 0, fromVariable.err)
        XCTAssertTrue(fromVariable.out.contains("Revisiting Glorot"), "the bundled archive, not $TALKS_ARCHIVE")
        XCTAssertFalse(fromVariable.out.contains("Client Chose"))
        XCTAssertEqual(try TalksRun.run(["list"], environment: ["TALKS_ARCHIVE": archive.path]).out, chosen, "read without kiosk mode")
        XCTAssertEqual(try TalksRun.run(["--kiosk", "list", "--archive", archive.path]).out, chosen)
    }

    func testHelpDocumentsKioskModeAndItsExitCode() throws {
        let root = try TalksRun.run(["--help"])
        XCTAssertTrue(root.out.contains("--kiosk"))
        XCTAssertTrue(root.out.contains("77 refused in kiosk mode"))
    }
}

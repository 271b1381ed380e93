import Foundation
import XCTest
@testable import PersonalState
import TalkArchive

/// `talks state export|import`: the file's form, the merge, and files that are not one.
final class MarksFileTests: XCTestCase {
    func testExportThenImportElsewhereGivesTheSameMarks() throws {
        let home = try MarkStore.inMemory()
        try home.change("ellis-2026-03-16", .star(true))
        try home.change("paper-2018-06-20", .note("line one\n\"quoted\" — ünïcode"))
        try home.change("paper-2018-06-20", .tag(MarkStore.tags("ntk")))
        let data = try MarksFile(home.allMarks()).encoded()
        let laptop = try MarkStore.inMemory()
        XCTAssertEqual(try laptop.merge(MarksFile.decode(data, from: "marks.json")), 2)
        XCTAssertEqual(try laptop.allMarks(), try home.allMarks())
        // A second import changes nothing.
        XCTAssertEqual(try laptop.merge(MarksFile.decode(data, from: "marks.json")), 0)
    }

    func testMergeKeepsWhatEitherSide() {
        let local = RecordMarks(starred: true, note: "mine", tags: ["a"])
        let imported = RecordMarks(seen: true, note: "theirs", tags: ["b"])
        XCTAssertEqual(MarksFile.merged(local, imported),
                       RecordMarks(starred: true, seen: true, note: "mine\n\ntheirs", tags: ["a", "b"]))
        XCTAssertEqual(MarksFile.merged(RecordMarks(note: "same"), RecordMarks(note: "same")).note, "same")
        XCTAssertEqual(MarksFile.merged(RecordMarks(), RecordMarks(note: "theirs")).note, "theirs")
    }

    func testFilesThatAreNotMarksSayWhatIsWrong() {
        let cases: [(String, String)] = [
            ("not json at all", "not JSON"),
            (#"{"format": "talks-marks", "version": 1}"#, "missing “marks”"),
            (#"{"format": "calendar", "version": 1, "marks": []}"#, "“calendar” file"),
            (#"{"format": "talks-marks", "version": 9, "marks": []}"#, "version 9"),
            (#"{"format": "talks-marks", "version": 1, "marks": [{"id": "a", "starred": "yes", "seen": false, "toWatch": false, "tags": []}]}"#, "wrong type at marks, entry 1, starred"),
            (#"{"format": "talks-marks", "version": 1, "marks": [{"id": "a\u001b[2J", "starred": true, "seen": false, "toWatch": false, "tags": []}]}"#, "entry 1: "),
            (#"{"format": "talks-marks", "version": 1, "marks": [{"id": "a", "starred": true, "seen": false, "toWatch": false, "tags": ["two words"]}]}"#, "not a tag name"),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try MarksFile.decode(Data(text.utf8), from: "in.json")) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(text): \(error)")
                XCTAssertTrue("\(error)".hasPrefix("in.json"), "\(error)")
            }
        }
    }

    func testAtomicWriteLeavesAPrivateFileAndNoTemporary() throws {
        let folder = StoreFixtures.scratchFolder()
        let file = folder.appendingPathComponent("marks.json")
        try PersonalLocation.writeAtomically(Data("one".utf8), to: file)
        try PersonalLocation.writeAtomically(Data("two".utf8), to: file)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "two")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["marks.json"])
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int, 0o600)
    }
}

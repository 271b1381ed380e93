import Foundation
import XCTest
@testable import TalkExport

final class ExportFileTests: ScratchFolderTestCase {
    func testWritesTheWholeTextAndLeavesNoTemporaryFile() throws {
        let file = folder.appendingPathComponent("talks.ics")
        try "old".write(to: file, atomically: false, encoding: .utf8)
        try ExportFile.write("new ✓", to: file.path)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "new ✓")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["talks.ics"])
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int)
        let mask = umask(0); umask(mask)
        XCTAssertEqual(mode, 0o666 & ~Int(mask), "like any new file, not mkstemp's 0600")
    }

    func testAFailureNamesTheFileAndChangesNothing() throws {
        let missing = folder.appendingPathComponent("no/such/folder/talks.ics").path
        XCTAssertThrowsError(try ExportFile.write("x", to: missing)) { error in
            XCTAssertEqual("\(error)", "cannot write \(missing): No such file or directory")
        }
        XCTAssertThrowsError(try ExportFile.write("x", to: folder.path)) { error in
            XCTAssertEqual("\(error)", "cannot write \(folder.path): it is a folder")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }
}

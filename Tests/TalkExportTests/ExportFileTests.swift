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

    /// `-o /dev/null` once replaced the device with a regular file (as root, /dev is writable).
    func testADeviceOrPipeIsWrittenNotReplaced() throws {
        let fifo = folder.appendingPathComponent("pipe").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        // Read to the end: a reader that closed early would end this process with SIGPIPE.
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var received = Data()
        let reader = Thread {
            received = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()
            done.signal()
        }
        reader.start()
        try ExportFile.write("through the pipe", to: fifo)
        done.wait()
        XCTAssertEqual(String(decoding: received, as: UTF8.self), "through the pipe")
        var info = stat()
        XCTAssertEqual(stat(fifo, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO, "still a pipe")
        try ExportFile.write("nothing", to: "/dev/null")
        XCTAssertEqual(stat("/dev/null", &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR, "/dev/null is still the device")
    }

    func testASymbolicLinkKeepsPointingAtTheNewExport() throws {
        let real = folder.appendingPathComponent("real.ics")
        let link = folder.appendingPathComponent("link.ics")
        try "old".write(to: real, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        try ExportFile.write("new", to: link.path)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), real.path)
        XCTAssertEqual(try String(contentsOf: real, encoding: .utf8), "new")
    }
}

import TestSupport
import Foundation
import PaperText
import XCTest

/// Text extraction with pdftotext: the fixture's text, the cached `.txt`, a missing or failing pdftotext.
final class PDFTextTests: XCTestCase {
    private var directory = URL(fileURLWithPath: "/nonexistent")

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("pdftext-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    private func extractor() throws -> PDFText {
        do {
            return try PDFText.locate()
        } catch PDFTextError.pdftotextMissing {
            throw XCTSkip("pdftotext is not installed (poppler-utils)")
        }
    }

    private func write(_ bytes: [UInt8], as name: String) throws -> URL {
        let file = directory.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file
    }

    func testExtractsTheFixtureText() async throws {
        let pdf = try write(FixturePDF.make(padding: 1000), as: "2304.09871.pdf")

        let text = try await extractor().text(of: pdf)

        XCTAssertTrue(text.contains("Hello talks"), text)
        XCTAssertEqual(try String(contentsOf: directory.appendingPathComponent("2304.09871.txt"), encoding: .utf8), text)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted(),
                       ["2304.09871.pdf", "2304.09871.txt"])
    }

    func testReusesTheCachedText() async throws {
        let pdf = try write(FixturePDF.make(text: "First words"), as: "paper.pdf")
        _ = try await extractor().text(of: pdf)

        let again = try await PDFText(executable: "/nonexistent/pdftotext").text(of: pdf)

        XCTAssertTrue(again.contains("First words"))
    }

    func testFailingPdftotextLeavesNoText() async throws {
        let pdf = try write(Array("<html>not a pdf</html>".utf8), as: "broken.pdf")
        let extractor = try extractor()  // outside the assertion, so a missing pdftotext skips

        let error = await failure { try await extractor.text(of: pdf) }
        guard case .failed(let status, let message) = error as? PDFTextError else {
            return XCTFail("unexpected \(String(describing: error))")
        }
        XCTAssertNotEqual(status, 0)
        XCTAssertFalse(message.isEmpty)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["broken.pdf"])
    }

    func testMissingPdftotextSaysWhatToInstall() {
        XCTAssertThrowsError(try PDFText.locate(searchPath: directory.path + ":/nonexistent")) { error in
            XCTAssertEqual(error as? PDFTextError, .pdftotextMissing)
            XCTAssertTrue("\(error)".contains("install poppler-utils"))
        }
    }

    func testUnlaunchableExecutableIsAClearError() async throws {
        let pdf = try write(FixturePDF.make(), as: "paper.pdf")

        let error = await failure { try await PDFText(executable: "/nonexistent/pdftotext").text(of: pdf) }
        XCTAssertEqual(error as? PDFTextError, .launchFailed("No such file or directory"))
    }

    /// The error `body` throws, or nil.
    private func failure(_ body: () async throws -> Any) async -> Error? {
        do {
            _ = try await body()
            return nil
        } catch {
            return error
        }
    }
}

/// Extraction bounded in time and output, cancelled for real, and cached only when complete
/// (issue 15, findings 3 and 4): a stand-in pdftotext, a shell script, misbehaves on purpose.
final class BoundedExtractionTests: XCTestCase {
    private var directory = URL(fileURLWithPath: "/nonexistent")

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("extraction-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(FixturePDF.make()).write(to: directory.appendingPathComponent("paper.pdf"))
    }

    override func tearDown() {
        SmallDisk.unmount(directory)
        try? FileManager.default.removeItem(at: directory)
    }

    private var pdf: URL { directory.appendingPathComponent("paper.pdf") }
    private var pidFile: URL { directory.appendingPathComponent("child.pid") }

    /// A stand-in pdftotext: writes its pid, then runs `body` (a shell command).
    private func standIn(_ body: String) throws -> String {
        let script = directory.appendingPathComponent("fake-pdftotext")
        try "#!/bin/sh\necho $$ > '\(pidFile.path)'\n\(body)\n".write(to: script, atomically: true, encoding: .utf8)
        chmod(script.path, 0o755)
        return script.path
    }

    /// Whether the stand-in's process still exists, waiting up to a second for it to go.
    private func childAlive() throws -> Bool {
        let pid = try XCTUnwrap(Int32(String(contentsOf: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        for _ in 0..<100 {
            if kill(pid, 0) != 0 { return false }
            // A zombie not yet reaped counts as gone.
            if let state = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), state.contains(") Z ") { return false }
            usleep(10_000)
        }
        return true
    }

    private var leftovers: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".part") }
    }

    func testAnExtractionPastItsTimeLimitIsStopped() async throws {
        let extractor = PDFText(executable: try standIn("exec sleep 30"), limits: ExtractionLimits(seconds: 1, maxBytes: 1 << 20))
        let start = Date()
        do {
            _ = try await extractor.text(of: pdf)
            XCTFail("a 30 s extraction finished within a 1 s limit")
        } catch {
            XCTAssertEqual(error as? PDFTextError, .timedOut(seconds: 1))
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
        XCTAssertFalse(try childAlive(), "the child was ended")
        XCTAssertEqual(leftovers, [])
    }

    func testAnExtractionPastItsOutputCapIsStopped() async throws {
        let extractor = PDFText(executable: try standIn("exec yes 'page after page of text'"),
                                limits: ExtractionLimits(seconds: 30, maxBytes: 1 << 20))
        do {
            _ = try await extractor.text(of: pdf)
            XCTFail("endless output was accepted")
        } catch {
            XCTAssertEqual(error as? PDFTextError, .tooLong(maxBytes: 1 << 20))
        }
        XCTAssertFalse(try childAlive())
        XCTAssertEqual(leftovers, [])
    }

    func testCancellingTheTaskEndsTheChildAndKeepsNothing() async throws {
        let extractor = PDFText(executable: try standIn("exec sleep 30"), limits: .standard)
        let pdf = pdf
        let task = Task { try await extractor.text(of: pdf) }
        while !FileManager.default.fileExists(atPath: pidFile.path) { try await Task.sleep(nanoseconds: 10_000_000) }
        task.cancel()
        let outcome = await task.result
        XCTAssertThrowsError(try outcome.get())
        XCTAssertFalse(try childAlive(), "the child was ended")
        XCTAssertEqual(leftovers, [])
    }

    func testTextCutByAFullDiskIsNotCached() async throws {
        guard SmallDisk.mount("1m", at: directory) else {
            throw XCTSkip("cannot mount a small tmpfs here (needs root and CAP_SYS_ADMIN)")
        }
        try Data(FixturePDF.make()).write(to: pdf)
        // Exits 0 after writing 3 MB, as pdftotext does when its own writes failed.
        let extractor = PDFText(executable: try standIn("head -c 3000000 /dev/zero; exit 0"), limits: .standard)
        do {
            _ = try await extractor.text(of: pdf)
            XCTFail("text cut by a full disk was accepted")
        } catch {
            guard case .cache(let reason)? = error as? PDFTextError else { return XCTFail("unexpected \(error)") }
            XCTAssertEqual(reason, "No space left on device")
        }
        XCTAssertEqual(leftovers, [], "nothing cached, no partial file")
    }
}

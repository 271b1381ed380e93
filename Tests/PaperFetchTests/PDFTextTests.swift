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

    func testExtractsTheFixtureText() throws {
        let pdf = try write(FixturePDF.make(padding: 1000), as: "2304.09871.pdf")

        let text = try extractor().text(of: pdf)

        XCTAssertTrue(text.contains("Hello talks"), text)
        XCTAssertEqual(try String(contentsOf: directory.appendingPathComponent("2304.09871.txt"), encoding: .utf8), text)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted(),
                       ["2304.09871.pdf", "2304.09871.txt"])
    }

    func testReusesTheCachedText() throws {
        let pdf = try write(FixturePDF.make(text: "First words"), as: "paper.pdf")
        _ = try extractor().text(of: pdf)

        let again = try PDFText(executable: "/nonexistent/pdftotext").text(of: pdf)

        XCTAssertTrue(again.contains("First words"))
    }

    func testFailingPdftotextLeavesNoText() throws {
        let pdf = try write(Array("<html>not a pdf</html>".utf8), as: "broken.pdf")
        let extractor = try extractor()  // outside the assertion, so a missing pdftotext skips

        XCTAssertThrowsError(try extractor.text(of: pdf)) { error in
            guard case .failed(let status, let message) = error as? PDFTextError else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertNotEqual(status, 0)
            XCTAssertFalse(message.isEmpty)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["broken.pdf"])
    }

    func testMissingPdftotextSaysWhatToInstall() {
        XCTAssertThrowsError(try PDFText.locate(searchPath: directory.path + ":/nonexistent")) { error in
            XCTAssertEqual(error as? PDFTextError, .pdftotextMissing)
            XCTAssertTrue("\(error)".contains("install poppler-utils"))
        }
    }

    func testUnlaunchableExecutableIsAClearError() throws {
        let pdf = try write(FixturePDF.make(), as: "paper.pdf")

        XCTAssertThrowsError(try PDFText(executable: "/nonexistent/pdftotext").text(of: pdf)) { error in
            XCTAssertEqual(error as? PDFTextError, .launchFailed("No such file or directory"))
        }
    }
}

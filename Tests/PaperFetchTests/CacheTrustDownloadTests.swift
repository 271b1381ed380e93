import TestSupport
import Foundation
@testable import talks_fetch
import XCTest

/// The paper cache trusts only the user's own regular files, and only a whole PDF counts
/// (issue 15, findings 7 and 11).
final class CacheTrustDownloadTests: DownloadTestCase {
    func testASymlinkedPartIsNotWrittenThrough() throws {
        let server = try serve(["/a.pdf": .init(body: pdf)])
        try FileManager.default.createDirectory(at: cacheDirectory, withIntermediateDirectories: true)
        // Given another file the user cares about, and a planted `a.part` pointing at it
        let victim = cacheDirectory.deletingLastPathComponent().appendingPathComponent("victim.txt")
        try Data("%PDF- precious words".utf8).write(to: victim)
        try FileManager.default.createSymbolicLink(at: cacheDirectory.appendingPathComponent("a.part"), withDestinationURL: victim)

        let file = try downloader().download(try PaperSource(url: server.url("/a.pdf")))

        XCTAssertEqual(try String(contentsOf: victim, encoding: .utf8), "%PDF- precious words", "the link's target is untouched")
        XCTAssertEqual(try bytes(file.lastPathComponent), pdf)
    }

    func testAPlantedPDFOfAnotherUserIsNotUsed() throws {
        guard getuid() == 0 else { throw XCTSkip("needs root to give a file to another user") }
        let server = try serve(["/a.pdf": .init(body: pdf)])
        try FileManager.default.createDirectory(at: cacheDirectory, withIntermediateDirectories: true)
        let planted = cacheDirectory.appendingPathComponent("a.pdf")
        try Data(FixturePDF.make(text: "Planted words")).write(to: planted)
        XCTAssertEqual(chown(planted.path, 65534, 65534), 0)

        let file = try downloader().download(try PaperSource(url: server.url("/a.pdf")))

        XCTAssertEqual(try bytes(file.lastPathComponent), pdf, "downloaded again, over the planted file")
    }

    func testJunkThatOnlyStartsLikeAPDFIsNotCached() throws {
        let junk = Array("%PDF-1.7 this is an error page, not a paper\n".utf8) + [UInt8](repeating: 0x20, count: 4000)
        let server = try serve(["/a.pdf": .init(body: junk)])

        let error = downloadError { try downloader().download(try PaperSource(url: server.url("/a.pdf"))) }

        XCTAssertEqual(error, .notPDF(contentType: nil))
        XCTAssertEqual(cachedFiles(), [])
    }
}

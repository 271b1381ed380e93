import TestSupport
import Foundation
@testable import talks_fetch
import XCTest

/// A hostile HTTP server on loopback: a trickle that the idle timeout never ends, redirects to
/// another host or down to http (issue 15, finding 11).
final class HostileServerTests: DownloadTestCase {
    func testATrickleEndsAtTheTotalDeadline() throws {
        // 1 KiB every 0.4 s: always under the 1 s idle timeout, 16 s for the whole body.
        let server = try serve(["/a.pdf": .init(body: pdf, chunkDelay: 0.4)])
        let start = Date()
        let error = downloadError {
            try PaperDownloader(cacheDirectory: cacheDirectory, maxBytes: 1_000_000, timeout: 1, deadline: 2)
                .download(try PaperSource(url: server.url("/a.pdf")))
        }
        XCTAssertEqual(error, .tooSlow(seconds: 2))
        XCTAssertLessThan(Date().timeIntervalSince(start), 6)
        XCTAssertFalse(cachedFiles().contains("a.pdf"))
    }

    func testARedirectToAnotherHostIsRefused() throws {
        let other = try serve(["/b.pdf": .init(body: pdf)])
        let elsewhere = other.url("/b.pdf").replacingOccurrences(of: "127.0.0.1", with: "localhost")
        let server = try serve(["/a.pdf": .init(status: 302, body: [], contentType: "text/html", headers: ["Location": elsewhere])])

        let error = downloadError { try downloader().download(try PaperSource(url: server.url("/a.pdf"))) }

        XCTAssertEqual(error, .redirectRefused(elsewhere))
        XCTAssertEqual(other.requests.count, 0, "the other host was never asked")
        XCTAssertEqual(cachedFiles().filter { $0.hasSuffix(".pdf") }, [])
    }

    func testARedirectDownToPlainHTTPIsRefusedEvenOnTheSameHost() throws {
        let server = try serve(["/a.pdf": .init(status: 301, body: [], contentType: "text/html", headers: ["Location": "/b.pdf"]),
                                "/b.pdf": .init(body: pdf)])

        let error = downloadError { try downloader().download(try PaperSource(url: server.url("/a.pdf"))) }

        XCTAssertEqual(error, .redirectRefused(server.url("/b.pdf")))
        XCTAssertEqual(server.requests.map(\.path), ["/a.pdf"])
    }
}

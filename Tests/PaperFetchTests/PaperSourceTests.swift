import Foundation
@testable import talks_fetch
import XCTest

/// Which links are fetched and the cache names they get; the progress line.
final class PaperSourceTests: XCTestCase {
    func testRefusesEverythingButHTTP() {
        for link in ["file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/a.pdf", "data:application/pdf,x",
                     "http://", "https:///a.pdf", "arxiv.org/pdf/2304.09871", ""] {
            XCTAssertThrowsError(try PaperSource(url: link), link) { error in
                XCTAssertEqual(error as? PaperFetchError, .unsupportedURL(link))
            }
        }
        XCTAssertEqual(PaperFetchError.unsupportedURL("file:///etc/passwd").description,
                       "refusing to fetch file:///etc/passwd: only http and https links are downloaded")
    }

    func testRefusalHappensBeforeAnyFileIsTouched() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("refusal-\(UUID().uuidString)")
        XCTAssertThrowsError(try PaperDownloader(cacheDirectory: directory).download(try PaperSource(url: "javascript:alert(1)")))
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.path))
    }

    func testCacheNameIsTheArxivIDOrTheURLDigest() throws {
        XCTAssertEqual(try PaperSource(url: "HTTPS://arxiv.org/pdf/2304.09871", arxivID: "2304.09871").cacheName, "2304.09871")
        XCTAssertEqual(try PaperSource(url: "https://arxiv.org/pdf/hep-th/9901001", arxivID: "hep-th/9901001").cacheName,
                       "hep-th_9901001")
        XCTAssertEqual(try PaperSource(url: "http://x.org/a.pdf", arxivID: "../../etc").cacheName.count, 64)
        // SHA-256 of the URL, as `printf %s URL | sha256sum` gives it (one block, then two).
        XCTAssertEqual(try PaperSource(url: "https://example.org/a.pdf").cacheName,
                       "085f2010ce67f210d3c239a9669867c9dccfe2ec3a704aeb9792bb585bbcb6e8")
        XCTAssertEqual(try PaperSource(url: "https://openreview.net/pdf?id=abcdefghijklmnopqrstuvwxyz0123456789-long-enough-for-two-blocks").cacheName,
                       "3bfc5fc230088e0bb8d72e38f7a5c1b3b21a54bf23b0d877f13af4c79a52bb39")
    }

    func testProgressLine() {
        XCTAssertEqual(FetchProgress(received: 1_200_000, expected: 4_000_000, resumedFrom: 0).statusLine,
                       "downloading 1.2 MB of 4.0 MB (30%)")
        XCTAssertEqual(FetchProgress(received: 512, expected: nil, resumedFrom: 0).statusLine, "downloading 512 B")
        XCTAssertEqual(FetchProgress(received: 2_500, expected: 5_000, resumedFrom: 1_000).statusLine,
                       "resuming 2.5 kB of 5.0 kB (50%)")
    }

    func testErrorMessagesAreOneLine() {
        let errors: [PaperFetchError] = [
            .unsupportedURL("file:///x"), .httpStatus(404), .timedOut(seconds: 30), .truncated(received: 10, expected: 20_000),
            .notPDF(contentType: "text/html"), .tooLarge(limit: 50_000_000), .cancelled, .unreachable(host: "arxiv.org"),
            .network("x"), .cache("y"),
        ]
        for error in errors {
            XCTAssertFalse(error.description.contains("\n"))
            XCTAssertEqual(error.localizedDescription, error.description)
        }
        XCTAssertEqual(PaperFetchError.truncated(received: 10, expected: 20_000).description,
                       "the connection closed after 10 B of 20.0 kB; retry to resume")
    }
}

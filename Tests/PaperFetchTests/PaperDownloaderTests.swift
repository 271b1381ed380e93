import Foundation
@testable import talks_fetch
import XCTest

/// Downloads against a loopback server: success, cache reuse, HTTP errors, timeouts, truncation,
/// non-PDFs, the size limit, resuming and cancelling.
final class PaperDownloaderTests: DownloadTestCase {
    func testDownloadsThePDFAndReportsProgress() throws {
        let server = try serve(["/paper.pdf": .init(body: pdf)])
        let source = try PaperSource(url: server.url("/paper.pdf"))
        let log = ProgressLog()

        let file = try downloader().download(source) { log.record($0) }

        XCTAssertEqual(file.lastPathComponent, source.cacheName + ".pdf")
        XCTAssertEqual(try bytes(file.lastPathComponent), pdf)
        XCTAssertEqual(cachedFiles(), [source.cacheName + ".pdf"])
        XCTAssertEqual(log.all.last, FetchProgress(received: Int64(pdf.count), expected: Int64(pdf.count), resumedFrom: 0))
        XCTAssertGreaterThan(log.all.count, 1)
        XCTAssertEqual(server.requests.first?.headers["range"], nil)
    }

    func testReusesTheCachedPDFWithoutARequest() throws {
        let server = try serve(["/paper.pdf": .init(body: pdf)])
        let source = try PaperSource(url: server.url("/paper.pdf"), arxivID: "2304.09871")

        let first = try downloader().download(source)
        let second = try downloader().download(source)

        XCTAssertEqual(first, second)
        XCTAssertEqual(first.lastPathComponent, "2304.09871.pdf")
        XCTAssertEqual(downloader().cachedPDF(for: source), first)
        XCTAssertEqual(server.requests.count, 1)
    }

    func testNotFoundIsAnHTTPError() throws {
        let server = try serve([:])
        let source = try PaperSource(url: server.url("/missing.pdf"))

        XCTAssertEqual(downloadError { try downloader().download(source) }, .httpStatus(404))
        XCTAssertEqual(cachedFiles(), [])
        XCTAssertEqual(PaperFetchError.httpStatus(404).description, "the server answered HTTP 404 (not found)")
    }

    func testServerErrorStatusIsReported() throws {
        let server = try serve(["/paper.pdf": .init(status: 503, body: Array("busy".utf8), contentType: "text/plain")])
        let source = try PaperSource(url: server.url("/paper.pdf"))

        XCTAssertEqual(downloadError { try downloader().download(source) }, .httpStatus(503))
    }

    func testStalledServerTimesOutAndKeepsThePart() throws {
        let server = try serve(["/paper.pdf": .init(body: pdf, stallAfter: 4096, stall: 5)])
        let source = try PaperSource(url: server.url("/paper.pdf"))
        let started = Date()

        XCTAssertEqual(downloadError { try downloader(timeout: 0.5).download(source) }, .timedOut(seconds: 0.5))

        XCTAssertLessThan(Date().timeIntervalSince(started), 2)
        XCTAssertEqual(cachedFiles(), [source.cacheName + ".part"])
        XCTAssertEqual(try bytes(source.cacheName + ".part"), Array(pdf.prefix(4096)))
    }

    func testServerSilentBeforeAnyResponseTimesOut() throws {
        let server = try serve(["/paper.pdf": .init(body: pdf, delayHeaders: 5)])
        let source = try PaperSource(url: server.url("/paper.pdf"))

        XCTAssertEqual(downloadError { try downloader(timeout: 0.5).download(source) }, .timedOut(seconds: 0.5))
        XCTAssertEqual(cachedFiles(), [])
    }

    func testTruncatedBodyIsNotKeptAsComplete() throws {
        let server = try serve(["/paper.pdf": .init(body: pdf, announcedLength: pdf.count + 1000)])
        let source = try PaperSource(url: server.url("/paper.pdf"))

        let error = downloadError { try downloader().download(source) }

        XCTAssertEqual(error, .truncated(received: Int64(pdf.count), expected: Int64(pdf.count + 1000)))
        XCTAssertEqual(cachedFiles(), [source.cacheName + ".part"])
    }

    func testHTMLPageIsNotAPDF() throws {
        let page = Array("<!doctype html><html><body>Sign in</body></html>".utf8)
        let server = try serve(["/paper.pdf": .init(body: page, contentType: "text/html")])
        let source = try PaperSource(url: server.url("/paper.pdf"))

        XCTAssertEqual(downloadError { try downloader().download(source) }, .notPDF(contentType: "text/html"))
        XCTAssertEqual(cachedFiles(), [])
    }

    func testAnnouncedLengthOverTheLimitIsRefused() throws {
        let server = try serve(["/paper.pdf": .init(body: pdf)])
        let source = try PaperSource(url: server.url("/paper.pdf"))

        XCTAssertEqual(downloadError { try downloader(maxBytes: 10_000).download(source) }, .tooLarge(limit: 10_000))
        XCTAssertEqual(cachedFiles(), [])
    }

    func testUnannouncedBodyOverTheLimitIsCutOff() throws {
        let server = try serve(["/paper.pdf": .init(body: pdf, announcedLength: -1)])
        let source = try PaperSource(url: server.url("/paper.pdf"))

        XCTAssertEqual(downloadError { try downloader(maxBytes: 10_000).download(source) }, .tooLarge(limit: 10_000))
        XCTAssertEqual(cachedFiles(), [])
    }

    func testUnannouncedLengthDownloadsToTheEnd() throws {
        let server = try serve(["/paper.pdf": .init(body: pdf, announcedLength: -1)])
        let source = try PaperSource(url: server.url("/paper.pdf"))

        let file = try downloader().download(source)

        XCTAssertEqual(try bytes(file.lastPathComponent), pdf)
    }

    func testResumesAPartWithARangeRequest() throws {
        let (ranges, first) = try downloadOverPart(honoursRange: true)

        XCTAssertEqual(ranges, ["bytes=10000-"])
        XCTAssertEqual(first?.resumedFrom, 10_000)
        XCTAssertEqual(first?.received ?? 0, 10_000 + 1024, accuracy: 16 * 1024)
    }

    func testRestartsWhenTheServerIgnoresRange() throws {
        let (ranges, first) = try downloadOverPart(honoursRange: false)

        XCTAssertEqual(ranges, ["bytes=10000-"])
        XCTAssertEqual(first?.resumedFrom, 0)
        XCTAssertEqual(first?.received ?? .max, 1024, accuracy: 16 * 1024)
    }

    /// Downloads the fixture over a 10,000-byte `.part`, checks the result, and returns the Range headers
    /// the server saw and the first progress report.
    private func downloadOverPart(honoursRange: Bool) throws -> (ranges: [String?], first: FetchProgress?) {
        let server = try serve(["/paper.pdf": .init(body: pdf, honoursRange: honoursRange)])
        let source = try PaperSource(url: server.url("/paper.pdf"))
        try writePart(source.cacheName, count: 10_000)
        let log = ProgressLog()

        let file = try downloader().download(source) { log.record($0) }

        XCTAssertEqual(try bytes(file.lastPathComponent), pdf)
        XCTAssertEqual(cachedFiles(), [source.cacheName + ".pdf"])
        return (server.requests.map { $0.headers["range"] }, log.all.first)
    }

    func testResumesAfterATimeout() throws {
        let stalled = try serve(["/paper.pdf": .init(body: pdf, stallAfter: 8192, stall: 5)])
        let first = try PaperSource(url: stalled.url("/paper.pdf"), arxivID: "2304.09871")
        XCTAssertEqual(downloadError { try downloader(timeout: 0.3).download(first) }, .timedOut(seconds: 0.3))
        let healthy = try serve(["/paper.pdf": .init(body: pdf)])
        let again = try PaperSource(url: healthy.url("/paper.pdf"), arxivID: "2304.09871")

        let file = try downloader().download(again)

        XCTAssertEqual(healthy.requests.map { $0.headers["range"] }, ["bytes=8192-"])
        XCTAssertEqual(try bytes(file.lastPathComponent), pdf)
    }

    func testPartThatIsNotAPDFStartIsDiscarded() throws {
        let server = try serve(["/paper.pdf": .init(body: pdf)])
        let source = try PaperSource(url: server.url("/paper.pdf"))
        try FileManager.default.createDirectory(at: cacheDirectory, withIntermediateDirectories: true)
        try Data("<html>".utf8).write(to: cacheDirectory.appendingPathComponent(source.cacheName + ".part"))

        let file = try downloader().download(source)

        XCTAssertEqual(server.requests.map { $0.headers["range"] }, [nil])
        XCTAssertEqual(try bytes(file.lastPathComponent), pdf)
    }

    func testPartAsLongAsTheFileIsRestartedAfter416() throws {
        let server = try serve(["/paper.pdf": .init(body: Array(pdf.prefix(20_000)) + Array("%%EOF\n".utf8))])
        let source = try PaperSource(url: server.url("/paper.pdf"))
        try writePart(source.cacheName, count: 30_000)

        let file = try downloader().download(source)

        XCTAssertEqual(server.requests.map { $0.headers["range"] }, ["bytes=30000-", nil])
        XCTAssertEqual(try bytes(file.lastPathComponent).count, 20_006)
    }

    func testCancelFromAnotherThreadStopsTheDownload() throws {
        let server = try serve(["/paper.pdf": .init(body: pdf, chunkDelay: 0.05)])
        let source = try PaperSource(url: server.url("/paper.pdf"))
        let downloader = downloader(timeout: 5)
        let started = Date()

        let error = downloadError {
            try downloader.download(source) { progress in
                if progress.received >= 4096 { DispatchQueue.global().async { downloader.cancel() } }
            }
        }

        XCTAssertEqual(error, .cancelled)
        XCTAssertLessThan(Date().timeIntervalSince(started), 1.5)
        XCTAssertEqual(cachedFiles(), [source.cacheName + ".part"])
        XCTAssertLessThan(try bytes(source.cacheName + ".part").count, pdf.count)
    }

    func testCancelBeforeStartingMakesNoRequest() throws {
        let server = try serve(["/paper.pdf": .init(body: pdf)])
        let downloader = downloader()
        downloader.cancel()

        XCTAssertEqual(downloadError { try downloader.download(try PaperSource(url: server.url("/paper.pdf"))) }, .cancelled)
        XCTAssertEqual(server.requests.count, 0)
    }

    func testAsyncDownloadIsCancelledWithItsTask() async throws {
        let server = try serve(["/paper.pdf": .init(body: pdf, chunkDelay: 0.05)])
        let source = try PaperSource(url: server.url("/paper.pdf"))
        let downloader = downloader(timeout: 5)
        let task = Task { try await downloader.download(source) }
        try await Task.sleep(nanoseconds: 200_000_000)
        task.cancel()

        do {
            _ = try await task.value
            XCTFail("expected a cancellation")
        } catch {
            XCTAssertEqual(error as? PaperFetchError, .cancelled)
        }
    }

    func testUnreachableHost() throws {
        let server = try serve([:])
        let url = server.url("/paper.pdf")
        server.stop()

        XCTAssertEqual(downloadError { try downloader().download(try PaperSource(url: url)) }, .unreachable(host: "127.0.0.1"))
    }
}

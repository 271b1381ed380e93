import TestSupport
import Foundation
@testable import talks_fetch
import XCTest

/// Shared set-up for the download tests: a fresh cache directory, a fixture PDF and helpers to run downloads.
///
/// ```swift
/// let server = try serve(["/a.pdf": .init(body: pdf)])
/// let file = try downloader().download(try PaperSource(url: server.url("/a.pdf")))
/// ```
class DownloadTestCase: XCTestCase {
    /// A 40 KiB fixture PDF, large enough to arrive in several chunks.
    let pdf = FixturePDF.make(padding: 40 * 1024)
    private(set) var cacheDirectory = URL(fileURLWithPath: "/nonexistent")
    private var servers: [LoopbackServer] = []

    override func setUpWithError() throws {
        cacheDirectory = FileManager.default.temporaryDirectory
            .appendingPathComponent("paperfetch-\(UUID().uuidString)/talks/papers")
    }

    override func tearDown() {
        servers.forEach { $0.stop() }
        try? FileManager.default.removeItem(at: cacheDirectory.deletingLastPathComponent().deletingLastPathComponent())
    }

    /// A loopback server with `routes`, stopped after the test.
    func serve(_ routes: [String: LoopbackServer.Route]) throws -> LoopbackServer {
        let server = try LoopbackServer(routes: routes)
        servers.append(server)
        return server
    }

    /// A downloader into this test's cache directory with a short timeout.
    func downloader(maxBytes: Int64 = 1_000_000, timeout: TimeInterval = 1) -> PaperDownloader {
        PaperDownloader(cacheDirectory: cacheDirectory, maxBytes: maxBytes, timeout: timeout)
    }

    /// The error `body` throws, failing the test when it throws none or another type.
    func downloadError(_ body: () throws -> URL, file: StaticString = #filePath, line: UInt = #line) -> PaperFetchError? {
        do {
            let url = try body()
            XCTFail("expected a failure, got \(url.lastPathComponent)", file: file, line: line)
        } catch let error as PaperFetchError {
            return error
        } catch {
            XCTFail("unexpected error \(error)", file: file, line: line)
        }
        return nil
    }

    /// The names of the files now in the cache directory, sorted.
    func cachedFiles() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cacheDirectory.path)) ?? []).sorted()
    }

    /// The bytes of a cached file.
    func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: cacheDirectory.appendingPathComponent(name)))
    }

    /// Leaves `count` leading bytes of the fixture as a `.part` named `name`, as an interrupted download would.
    func writePart(_ name: String, count: Int) throws {
        try FileManager.default.createDirectory(at: cacheDirectory, withIntermediateDirectories: true)
        try Data(pdf.prefix(count)).write(to: cacheDirectory.appendingPathComponent(name + ".part"))
    }
}

/// Collects progress reports from the download thread.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [FetchProgress] = []

    func record(_ progress: FetchProgress) { lock.withLock { reports.append(progress) } }
    var all: [FetchProgress] { lock.withLock { reports } }
}

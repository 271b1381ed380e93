import Foundation
import PaperText
@testable import talks_fetch
import XCTest

/// `talks-fetch` as the browser runs it: its arguments, its lines, and stopping when the browser
/// closes its standard input.
final class FetchHelperTests: DownloadTestCase {
    /// The built helper, beside the test bundle like the other products.
    private var helper: String {
        URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("talks-fetch").path
    }

    private func run(_ arguments: [String]) throws -> (lines: [FetchMessage?], status: Int32) {
        let child = try StreamingChild(path: helper, arguments: arguments)
        var lines: [FetchMessage?] = []
        while let line = child.readLine() { lines.append(FetchMessage(line: line)) }
        return (lines, child.wait())
    }

    func testMessagesRoundTripAsOneLineEach() {
        for message in [FetchMessage.progress("downloading 1.2 MB of 4.0 MB (30%)"), .pdf(path: "/c/talks/papers/2304.09871.pdf"),
                        .error("the server answered HTTP 404 (not found)")] {
            XCTAssertFalse(message.line.contains("\n"))
            XCTAssertEqual(FetchMessage(line: message.line), message)
        }
        XCTAssertEqual(FetchMessage.error("a\nb\r\nc").line, "error a b c")
        for junk in ["", "progress", "pdf", "warning x", "\u{1b}[2J"] { XCTAssertNil(FetchMessage(line: junk), junk) }
    }

    func testEveryRequestSurvivesTheTripThroughArguments() throws {
        let requests = [
            FetchRequest(cache: "/c", url: "https://x.org/a.pdf"),
            FetchRequest(cache: "/home/a b/.cache", url: "https://arxiv.org/pdf/2304.09871", arxivID: "2304.09871", maxBytes: 5000, timeout: 2.5),
            // A URL the helper must not take for an option, and an id with a slash (old-style arXiv).
            FetchRequest(cache: "-c", url: "-https://x.org/a.pdf", arxivID: "hep-th/9901001", maxBytes: 1, timeout: 0.001),
        ]
        for request in requests {
            XCTAssertEqual(try DownloadCommand.parse(request.arguments).request, request, "\(request.arguments)")
            XCTAssertTrue(try TalksFetch.parseAsRoot(request.arguments) is DownloadCommand, "download is the default")
        }
    }

    func testArgumentsAreCheckedBeforeAnythingIsFetched() throws {
        let request = try DownloadCommand.parse(["--cache", "/c", "--max-bytes", "5000", "--timeout", "2.5", "--arxiv", "2304.09871", "https://x.org/a.pdf"]).request
        XCTAssertEqual(request, FetchRequest(cache: "/c", url: "https://x.org/a.pdf", arxivID: "2304.09871", maxBytes: 5000, timeout: 2.5))
        let defaults = try DownloadCommand.parse(["--cache", "/c", "https://x.org/a.pdf"]).request
        XCTAssertEqual([defaults.maxBytes, Int64(defaults.timeout)], [100_000_000, 30])
        XCTAssertNil(defaults.arxivID)
        for bad in [["https://x.org/a.pdf"], ["--cache", "/c"], ["--cache"], ["--cache", "/c", "--max-bytes", "-1", "u"],
                    ["--cache", "/c", "--max-bytes", "0", "u"], ["--cache", "", "u"], ["--cache", "/c", "--timeout", "0", "u"],
                    ["--cache", "/c", "--timeout", "nan", "u"], ["--cache", "/c", "u", "v"], ["--cache", "/c", "--verbose", "u"]] {
            XCTAssertThrowsError(try DownloadCommand.parse(bad), "\(bad)")
        }
        let (lines, status) = try run(["--cache", cacheDirectory.path])
        XCTAssertEqual(status, 64)
        XCTAssertEqual(lines.count, 1, "one line, however long the usage")
        guard case .error(let message)?? = lines.last else { return XCTFail("\(lines)") }
        XCTAssertTrue(message.hasPrefix("talks-fetch: Missing expected argument '<url>'"), message)
        XCTAssertTrue(message.contains("usage: talks-fetch download --cache <cache>"), message)
    }

    func testDownloadsAndNamesTheFile() throws {
        let server = try serve(["/pdf/2304.09871": .init(body: pdf, chunkDelay: 0.002)])
        let (lines, status) = try run(["--cache", cacheDirectory.path, "--timeout", "5", "--arxiv", "2304.09871", server.url("/pdf/2304.09871")])
        XCTAssertEqual(status, 0)
        let path = cacheDirectory.appendingPathComponent("2304.09871.pdf").path
        XCTAssertEqual(lines.last, .pdf(path: path))
        XCTAssertTrue(lines.dropLast().allSatisfy { if case .progress?? = $0 { return true } else { return false } }, "\(lines)")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), Data(pdf))
    }

    func testFailureIsOneErrorLine() throws {
        let server = try serve([:])
        let (lines, status) = try run(["--cache", cacheDirectory.path, server.url("/missing.pdf")])
        XCTAssertEqual(status, 1)
        XCTAssertEqual(lines.last, .error("the server answered HTTP 404 (not found)"))
    }

    func testClosingItsInputCancelsAndKeepsThePart() throws {
        let server = try serve(["/slow.pdf": .init(body: pdf, chunkDelay: 0.05)])
        let child = try StreamingChild(path: helper, arguments: ["--cache", cacheDirectory.path, "--timeout", "10", server.url("/slow.pdf")])
        let started = Date()
        var last: FetchMessage?
        while let line = child.readLine() {
            last = FetchMessage(line: line)
            if case .progress? = last { child.finish() }
        }
        XCTAssertEqual(child.wait(), 1)
        XCTAssertEqual(last, .error("download cancelled"))
        XCTAssertLessThan(Date().timeIntervalSince(started), 3)
        let files = try FileManager.default.contentsOfDirectory(atPath: cacheDirectory.path)
        XCTAssertEqual(files.count, 1)
        XCTAssertTrue(files[0].hasSuffix(".part"), "\(files)")
    }

    func testAnUnstartableProgramIsAClearError() {
        XCTAssertThrowsError(try StreamingChild(path: "/nonexistent/talks-fetch", arguments: [])) { error in
            XCTAssertTrue("\(error)".contains("/nonexistent/talks-fetch"), "\(error)")
        }
    }
}

import ArxivAPI
import TalksVersion
import Foundation
import PaperText
import TestSupport
import XCTest

/// `talks-fetch arxiv` as `talks enrich` runs it, against a loopback server answering as the arXiv API:
/// its pace, its User-Agent, backing off on 503, and giving up on what would fail every request.
final class EnrichHelperTests: XCTestCase {
    private var servers: [LoopbackServer] = []

    override func tearDown() {
        servers.forEach { $0.stop() }
    }

    private func serve(_ responder: @escaping @Sendable (LoopbackServer.Request) -> LoopbackServer.Route?) throws -> LoopbackServer {
        let server = try LoopbackServer(lifetime: 20, responder: responder)
        servers.append(server)
        return server
    }

    /// Runs the built helper with `queries`, returning its messages and exit status.
    private func run(_ queries: [ArxivQuery], api: String, _ arguments: [String] = []) throws -> (messages: [ArxivMessage], status: Int32) {
        let helper = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("talks-fetch").path
        let child = try StreamingChild(path: helper, arguments: ["arxiv", "--api", api, "--interval", "0.2"] + arguments)
        child.send(String(decoding: try JSONEncoder().encode(queries), as: UTF8.self))
        var messages: [ArxivMessage] = []
        while let line = child.readLine() {
            guard let message = ArxivMessage(line: line) else { XCTFail("not a message: \(line)"); continue }
            messages.append(message)
        }
        child.finish()
        return (messages, child.wait())
    }

    func testAsksInOrderAtItsPaceNamingItself() throws {
        let stub = ArxivStub(entries: ArxivFixtures.entries(in: "manual-typical-response.xml")
                                .merging(ArxivFixtures.entries(in: "share-affiliations-entry.xml")) { a, _ in a },
                             titles: ["Dreaming of atmospheres": ArxivFixtures.text("orijtech-deep-dream-0-excerpt.xml")])
        let server = try serve(stub.answer)
        let (messages, status) = try run([.ids(["hep-ex/0307015", "cond-mat/0102536", "2401.99999"]), .title("Dreaming of atmospheres")],
                                         api: server.url("/api/query"))
        XCTAssertEqual(status, 0)
        XCTAssertEqual(messages.count, 5, "\(messages)")
        guard case .answer(0, let url, let feed) = messages[1], case .answer(1, _, let titles) = messages[3] else {
            return XCTFail("\(messages)")
        }
        XCTAssertEqual(url, server.url("/api/query") + "?id_list=hep-ex/0307015,cond-mat/0102536,2401.99999&max_results=3")
        XCTAssertEqual(feed.entries.map(\.id), ["hep-ex/0307015", "cond-mat/0102536"], "an id arXiv does not know has no entry")
        XCTAssertEqual(titles.entries.count, 4)
        XCTAssertEqual(messages.last, .done)
        let requests = server.requests
        XCTAssertEqual(requests.count, 2)
        XCTAssertEqual(requests.first?.headers["user-agent"], ArxivClient.userAgent)
        XCTAssertTrue(ArxivClient.userAgent.hasPrefix("talks/\(TalksVersion.current) ("))
        XCTAssertGreaterThanOrEqual(requests[1].arrived.timeIntervalSince(requests[0].arrived), 0.2, "the interval between requests")
    }

    func testWaitsWhatRetryAfterSaysOn503ThenGoesOn() throws {
        let count = Counter()
        let server = try serve { request in
            count.next() == 0
                ? LoopbackServer.Route(status: 503, body: Array("busy".utf8), contentType: "text/plain", headers: ["Retry-After": "1"])
                : ArxivStub(entries: ArxivFixtures.entries(in: "manual-typical-response.xml")).answer(request)
        }
        let (messages, status) = try run([.ids(["hep-ex/0307015"])], api: server.url("/api/query"))
        XCTAssertEqual(status, 0)
        XCTAssertEqual(messages.dropFirst().first, .waiting(seconds: 1, reason: "arXiv answered HTTP 503 asking to wait; retry 1 of 3"))
        guard case .answer(0, _, let feed)? = messages.dropFirst(2).first else { return XCTFail("\(messages)") }
        XCTAssertEqual(feed.entries.first?.id, "hep-ex/0307015")
        let requests = server.requests
        XCTAssertEqual(requests.count, 2)
        XCTAssertGreaterThanOrEqual(requests[1].arrived.timeIntervalSince(requests[0].arrived), 1, "Retry-After honoured")
    }

    func testABusyServerStopsTheRunAfterItsRetries() throws {
        let server = try serve { _ in
            LoopbackServer.Route(status: 503, body: [], contentType: "text/plain", headers: ["Retry-After": "0"])
        }
        let (messages, status) = try run([.ids(["hep-ex/0307015"]), .title("Dreaming of atmospheres")],
                                         api: server.url("/api/query"), ["--retries", "2"])
        XCTAssertEqual(status, 1)
        XCTAssertEqual(server.requests.count, 3, "the first try and two retries, then nothing more")
        XCTAssertEqual(messages.last, .stopped(index: 0, message: "arXiv is busy (HTTP 503, asking to wait 0 s); try again later"))
        let tooLong = try serve { _ in LoopbackServer.Route(status: 503, body: [], contentType: "text/plain", headers: ["Retry-After": "3600"]) }
        let (waited, _) = try run([.ids(["hep-ex/0307015"])], api: tooLong.url("/api/query"))
        XCTAssertEqual(tooLong.requests.count, 1, "an hour is more than it waits")
        XCTAssertEqual(waited.last, .stopped(index: 0, message: "arXiv is busy (HTTP 503, asking to wait 3600 s); try again later"))
    }

    func testAStalledConnectionTimesOut() throws {
        let server = try serve { request in
            var route = ArxivStub(entries: [:]).answer(request)
            route?.delayHeaders = 10
            return route
        }
        let started = Date()
        let (messages, status) = try run([.ids(["hep-ex/0307015"]), .ids(["cond-mat/0102536"])], api: server.url("/api/query"), ["--timeout", "0.5"])
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        XCTAssertEqual(status, 1)
        XCTAssertEqual(messages.last, .stopped(index: 0, message: "127.0.0.1 sent nothing for 0.5 s: timed out"))
        XCTAssertEqual(server.requests.count, 1, "the rest is not asked of a stalled server")
    }

    func testNoServerAtAll() throws {
        let closed = try serve { _ in nil }
        let address = closed.url("/api/query")
        closed.stop()
        let (messages, status) = try run([.ids(["hep-ex/0307015"])], api: address)
        XCTAssertEqual(status, 1)
        guard case .stopped(0, let message)? = messages.last else { return XCTFail("\(messages)") }
        XCTAssertTrue(message.hasPrefix("cannot reach 127.0.0.1: "), message)
    }

    func testABadAnswerFailsOneRequestAndTheNextGoesOn() throws {
        let count = Counter()
        let server = try serve { request in
            switch count.next() {
            case 0: return ArxivStub.route(ArxivFixtures.malformed())
            case 1: return ArxivStub.route(ArxivFixtures.text("manual-error-response.xml"))
            case 2: return LoopbackServer.Route(status: 400, body: [], contentType: "text/plain")
            default: return ArxivStub(entries: ArxivFixtures.entries(in: "manual-typical-response.xml")).answer(request)
            }
        }
        let (messages, status) = try run((0..<4).map { _ in .ids(["hep-ex/0307015"]) }, api: server.url("/api/query"))
        XCTAssertEqual(status, 0)
        let outcomes = messages.filter { if case .asking = $0 { return false } else { return true } }
        guard outcomes.count == 5, case .failed(0, _, let malformed) = outcomes[0], case .failed(1, _, let refused) = outcomes[1],
              case .failed(2, _, let status400) = outcomes[2], case .answer(3, _, _) = outcomes[3] else {
            return XCTFail("\(outcomes)")
        }
        XCTAssertTrue(malformed.hasPrefix("the answer is not a readable Atom feed (XML error at line"), malformed)
        XCTAssertEqual(refused, "arXiv refused the request: incorrect id format for 1234.12345")
        XCTAssertEqual(status400, "arXiv answered HTTP 400")
    }

    func testBadArgumentsOrInputExit64() throws {
        let (messages, status) = try run([], api: "ftp://nowhere")
        XCTAssertEqual(status, 64)
        guard case .stopped(0, let message)? = messages.last else { return XCTFail("\(messages)") }
        XCTAssertTrue(message.contains("--api takes an http(s) URL"), message)
    }
}

/// Counts requests across the server's thread and the test's.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    /// The count before this call.
    func next() -> Int {
        lock.withLock {
            defer { value += 1 }
            return value
        }
    }
}

import ArxivAPI
import Foundation
@testable import talks_fetch
import XCTest

/// The requests `talks enrich` sends, the lines its helper writes back, and the helper's arguments.
final class EnrichWireTests: XCTestCase {
    private let api = "https://export.arxiv.org/api/query"

    func testRequestURLs() {
        XCTAssertEqual(ArxivQuery.ids(["1806.07572", "hep-th/9901001"]).url(base: api),
                       "https://export.arxiv.org/api/query?id_list=1806.07572,hep-th/9901001&max_results=2")
        XCTAssertEqual(ArxivQuery.title("Neural Tangent Kernel: Convergence and Generalization in Neural Networks").url(base: api),
                       "https://export.arxiv.org/api/query?search_query=ti:%22Neural+Tangent+Kernel+Convergence+and+Generalization+in+Neural+Networks%22&max_results=25")
        XCTAssertEqual(ArxivQuery.title("It’s not a Lottery, it's a \"Race\" (AND more) ü").url(base: "http://127.0.0.1:9/q?x=1"),
                       "http://127.0.0.1:9/q?x=1&search_query=ti:%22It%27s+not+a+Lottery+it%27s+a+Race+AND+more+%C3%BC%22&max_results=25",
                       "quotes and brackets go, apostrophes inside words stay, the rest is percent-encoded")
        XCTAssertEqual(ArxivQuery.ids(["2211.05729"]).summary, "id 2211.05729")
        XCTAssertEqual(ArxivQuery.ids(["a", "b"]).summary, "2 ids")
    }

    func testMessagesRoundTripOnOneLineEach() {
        let feed = ArxivFeed(totalResults: 1, entries: [ArxivFeed.Entry(
            id: "hep-ex/0307015", title: "Multi-Electron Production", summary: "line one\nline two",
            authors: [ArxivFeed.Author(name: "Ali Hürriyetoğlu", affiliations: ["A", "B"])], categories: ["hep-ex"])])
        let messages: [ArxivMessage] = [
            .asking(index: 3, url: "https://export.arxiv.org/api/query?id_list=a,b&max_results=2"),
            .waiting(seconds: 1.5, reason: "arXiv answered HTTP 503; retry 1 of 3"),
            .answer(index: 0, url: "http://127.0.0.1:9/q?id_list=hep-ex/0307015", feed: feed),
            .failed(index: 2, url: "http://x/q?a=b", message: "arXiv refused the request: incorrect id format"),
            .stopped(index: 4, message: "cannot reach export.arxiv.org: could not connect to the server"),
            .done,
        ]
        for message in messages {
            XCTAssertFalse(message.line.contains("\n"), message.line)
            XCTAssertEqual(ArxivMessage(line: message.line), message)
        }
        XCTAssertEqual(ArxivMessage.stopped(index: 0, message: "a\nb").line, "stopped 0 a b")
        for junk in ["", "done now", "asking x http://a", "answer 1 {", "waiting soon x", "progress 1", "\u{1b}[2J"] {
            XCTAssertNil(ArxivMessage(line: junk), junk)
        }
    }

    func testTheIntervalIsArxivsUnlessTheServerIsOnThisMachine() throws {
        func options(_ arguments: [String]) throws -> ArxivOptions {
            try ArxivOptions(ArxivCommand.parse(arguments).request)
        }
        XCTAssertEqual(try options(["--api", api]).interval, 3)
        XCTAssertEqual(try options(["--api", api, "--interval", "0.1"]).interval, 3, "never faster than arXiv's terms")
        XCTAssertEqual(try options(["--api", api, "--interval", "5"]).interval, 5)
        XCTAssertEqual(try options(["--api", "http://127.0.0.1:8080/api/query", "--interval", "0.05"]).interval, 0.05)
        XCTAssertEqual(try options(["--api", "http://localhost:8080/api/query", "--interval", "0"]).interval, 0)
        let chosen = try options(["--api", api, "--timeout", "2.5", "--retries", "1", "--max-wait", "10"])
        XCTAssertEqual([chosen.timeout, Double(chosen.retries), chosen.maxWait], [2.5, 1, 10])
        for bad in [[], ["--api"], ["--api", "ftp://x/q"], ["--api", "export.arxiv.org"], ["--api", api, "--timeout", "0"],
                    ["--api", api, "--interval", "-1"], ["--api", api, "--retries", "11"], ["--api", api, "--verbose", "1"]] {
            XCTAssertThrowsError(try ArxivCommand.parse(bad), "\(bad)")
        }
    }

    func testEveryArxivRequestSurvivesTheTripThroughArguments() throws {
        let requests = [
            ArxivFetchRequest(api: api),
            ArxivFetchRequest(api: "http://127.0.0.1:9/q?x=-1", interval: 0.05, timeout: 2.5, retries: 0, maxWait: 0),
            ArxivFetchRequest(api: api, interval: 7, timeout: 60, retries: 10, maxWait: 300),
        ]
        for request in requests {
            let parsed = try TalksFetch.parseAsRoot(request.arguments)
            XCTAssertEqual((parsed as? ArxivCommand)?.request, request, "\(request.arguments)")
        }
    }

    func testRetryAfterInSecondsOrAsADate() {
        XCTAssertEqual(PoliteClient.seconds(retryAfter: "120"), 120)
        XCTAssertEqual(PoliteClient.seconds(retryAfter: " 0 "), 0)
        XCTAssertNil(PoliteClient.seconds(retryAfter: "soon"))
        XCTAssertEqual(PoliteClient.seconds(retryAfter: "Wed, 21 Oct 2015 07:28:00 GMT"), 0, "a date past is now")
        let later = PoliteClient.seconds(retryAfter: Self.httpDate(Date().addingTimeInterval(60))) ?? 0
        XCTAssertTrue((55...61).contains(later), "\(later)")
    }

    private static func httpDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }
}

import ArxivAPI
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Asks the arXiv API as its terms of use ask: one request at a time, `interval` seconds between the
/// end of one and the start of the next, a User-Agent naming talks, and on 503 (or 429) a pause of
/// what Retry-After says (else a doubling back-off) before a bounded number of retries.
///
/// ```swift
/// let client = PoliteClient(options) { message in print(message.line) }
/// let feed = try client.feed(for: URL(string: "https://export.arxiv.org/api/query?id_list=1806.07572")!).get()
/// ```
final class PoliteClient {
    /// The largest answer read (2,000 entries, the API's most, are a few MB).
    static let maxBytes = 50_000_000

    private let options: ArxivOptions
    private let say: (ArxivMessage) -> Void
    private var lastFinished: ContinuousClock.Instant?

    init(_ options: ArxivOptions, say: @escaping (ArxivMessage) -> Void) {
        self.options = options
        self.say = say
    }

    /// The feed at `url`, waiting for its turn and retrying a busy server.
    func feed(for url: URL) -> Result<ArxivFeed, ArxivFetchError> {
        body(of: url).flatMap { data in Result { () throws(ArxivFetchError) in try AtomParser.parse(data) } }
    }

    /// The body of a 200 answer at `url`.
    private func body(of url: URL) -> Result<Data, ArxivFetchError> {
        var attempt = 0
        while true {
            waitForTurn()
            let result = APIExchange(timeout: options.timeout, limit: Self.maxBytes).run(request(url))
            lastFinished = .now
            switch result {
            case .failure(let error):
                return .failure(error)
            case .success(let response) where response.status == 200:
                return .success(response.body)
            case .success(let response) where response.status == 503 || response.status == 429:
                let asked = response.retryAfter.flatMap(Self.seconds(retryAfter:))
                let wait = asked ?? options.interval * Double(1 << (attempt + 1))
                guard attempt < options.retries, wait <= options.maxWait else {
                    return .failure(.busy(status: response.status, retryAfter: asked))
                }
                attempt += 1
                say(.waiting(seconds: wait, reason: "arXiv answered HTTP \(response.status)"
                    + (asked != nil ? " asking to wait" : "") + "; retry \(attempt) of \(options.retries)"))
                Thread.sleep(forTimeInterval: wait)
            case .success(let response):
                return .failure(.httpStatus(response.status))
            }
        }
    }

    /// Sleeps until `interval` has passed since the previous request ended.
    private func waitForTurn() {
        guard let lastFinished else { return }
        let due = lastFinished + .milliseconds(Int64(options.interval * 1000))
        let now = ContinuousClock.now
        if due > now { Thread.sleep(forTimeInterval: Self.seconds(due - now)) }
    }

    private func request(_ url: URL) -> URLRequest {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: WatchedDataTask<ArxivFetchError>.backstop)
        request.setValue(ArxivClient.userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("application/atom+xml, application/xml;q=0.9, */*;q=0.1", forHTTPHeaderField: "Accept")
        return request
    }

    /// Retry-After as seconds from now: a number of seconds, or an HTTP date.
    static func seconds(retryAfter value: String) -> Double? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(trimmed), seconds.isFinite, seconds >= 0 { return seconds }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: trimmed).map { max(0, $0.timeIntervalSinceNow) }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

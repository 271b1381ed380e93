import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One GET to the arXiv API, read into memory: its status, Retry-After and body, with the idle
/// timeout of ``WatchedDataTask`` and a size limit.
///
/// ```swift
/// let response = try APIExchange(timeout: 30, limit: 50_000_000).run(request).get()
/// response.status      // 200
/// response.retryAfter  // "120" on a 503, if the server says
/// ```
/// The delegate callbacks run on the exchange's own serial queue.
final class APIExchange: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    struct Response: Sendable {
        var status: Int
        var retryAfter: String?
        var body: Data
    }

    private let timeout: TimeInterval
    private let limit: Int
    private let watch: WatchedDataTask<ArxivFetchError>

    // MARK: Touched only on the delegate queue
    private var response: Response?
    private var outcome: Result<Response, ArxivFetchError> = .failure(.network("no answer"))

    init(timeout: TimeInterval, limit: Int) {
        self.timeout = timeout
        self.limit = limit
        watch = WatchedDataTask(timeout: timeout, timedOut: .timedOut(host: "the server", seconds: timeout))
    }

    /// Performs the request and waits for it to end.
    func run(_ request: URLRequest) -> Result<Response, ArxivFetchError> {
        watch.run(request, configuration: Self.configuration, delegate: self)
        return outcome
    }

    // MARK: URLSessionDataDelegate

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        watch.touch()
        guard let http = response as? HTTPURLResponse else {
            watch.fail(.network("not an HTTP response"))
            return completionHandler(.cancel)
        }
        if http.expectedContentLength > Int64(limit) {
            watch.fail(.tooLarge(limit: limit))
            return completionHandler(.cancel)
        }
        self.response = Response(status: http.statusCode, retryAfter: http.value(forHTTPHeaderField: "Retry-After"), body: Data())
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        watch.touch()
        response?.body.append(data)
        if (response?.body.count ?? 0) > limit { watch.fail(.tooLarge(limit: limit)) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        let host = task.originalRequest?.url?.host ?? "the server"
        if let failure = watch.failed {
            outcome = .failure(failure.naming(host))
        } else if let error {
            outcome = .failure(classify(error, host: host))
        } else if let response {
            outcome = .success(response)
        }
        watch.finish()
    }

    // MARK: Parts

    /// A URLSession error as one of ours.
    private func classify(_ error: Error, host: String) -> ArxivFetchError {
        let nsError = error as NSError
        let code = nsError.domain == NSURLErrorDomain ? nsError.code : 0
        switch code {
        case NSURLErrorTimedOut:
            return .timedOut(host: host, seconds: timeout)
        case NSURLErrorCannotFindHost, NSURLErrorCannotConnectToHost, NSURLErrorDNSLookupFailed,
             NSURLErrorNotConnectedToInternet, NSURLErrorNetworkConnectionLost:
            return .unreachable(host: host, reason: nsError.localizedDescription.lowercased().trimmingCharacters(in: .punctuationCharacters))
        default:
            return .network(nsError.localizedDescription)
        }
    }

    private static var configuration: URLSessionConfiguration {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.timeoutIntervalForRequest = WatchedDataTask<ArxivFetchError>.backstop
        configuration.timeoutIntervalForResource = WatchedDataTask<ArxivFetchError>.backstop
        configuration.httpMaximumConnectionsPerHost = 1
        return configuration
    }
}

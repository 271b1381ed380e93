import ArxivAPI
import Foundation

/// How `talks-fetch arxiv` behaves, checked and completed from the ``ArxivFetchRequest`` it was given.
///
/// ```swift
/// try ArxivOptions(ArxivFetchRequest(api: "https://export.arxiv.org/api/query", timeout: 20)).interval  // 3
/// try ArxivOptions(ArxivFetchRequest(api: "http://127.0.0.1:8080/q", interval: 0.05)).interval        // 0.05
/// ```
/// The interval between requests is never below arXiv's 3 s, except against a server on this machine
/// (loopback), which is how tests run in well under a second.
struct ArxivOptions: Equatable {
    /// The API's query URL.
    var api: URL
    /// Seconds from the end of one request to the start of the next.
    var interval = ArxivClient.minimumInterval
    /// Seconds without any data before a request is given up.
    var timeout = 30.0
    /// Further attempts after a 503 (or 429).
    var retries = 3
    /// The longest wait a Retry-After may ask for before the run gives up instead.
    var maxWait = 120.0

    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    init(_ request: ArxivFetchRequest) throws {
        guard let api = URL(string: request.api), let scheme = api.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = api.host, !host.isEmpty else {
            throw Problem(description: "--api takes an http(s) URL, not \(request.api)")
        }
        self.api = api
        func seconds(_ value: Double?, _ name: String, zeroAllowed: Bool = false) throws -> Double? {
            guard let value else { return nil }
            guard value.isFinite, zeroAllowed ? value >= 0 : value > 0 else {
                throw Problem(description: "\(name) takes a positive number of seconds, not \(value)")
            }
            return value
        }
        if let value = try seconds(request.interval, "--interval", zeroAllowed: true) {
            interval = Self.isLoopback(host) ? value : max(value, ArxivClient.minimumInterval)
        }
        timeout = try seconds(request.timeout, "--timeout") ?? timeout
        maxWait = try seconds(request.maxWait, "--max-wait", zeroAllowed: true) ?? maxWait
        if let value = request.retries {
            guard (0...10).contains(value) else {
                throw Problem(description: "--retries takes a number from 0 to 10, not \(value)")
            }
            retries = value
        }
    }

    /// `localhost`, `127.x.x.x` or `::1`: a server on this machine.
    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host.hasPrefix("127.") || host == "::1" || host == "[::1]"
    }
}

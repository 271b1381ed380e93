import ArxivAPI
import Foundation

/// How `talks-fetch arxiv` was asked to behave, from its arguments.
///
/// ```swift
/// try ArxivOptions(arguments: ["--api", "https://export.arxiv.org/api/query", "--timeout", "20"]).interval  // 3
/// try ArxivOptions(arguments: ["--api", "http://127.0.0.1:8080/q", "--interval", "0.05"]).interval     // 0.05
/// ```
/// The interval between requests is never below arXiv's 3 s, except against a server on this machine
/// (loopback), which is how tests run in well under a second.
struct ArxivOptions: Equatable {
    static let usage = "talks-fetch arxiv --api URL [--interval SECONDS] [--timeout SECONDS] [--retries N] [--max-wait SECONDS] < QUERIES"

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

    init(arguments: [String]) throws {
        var values: [String: String] = [:]
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            guard ["--api", "--interval", "--timeout", "--retries", "--max-wait"].contains(argument) else {
                throw Problem(description: "unexpected argument \(argument)")
            }
            guard let value = rest.popFirst() else { throw Problem(description: "\(argument) needs a value") }
            values[argument] = value
        }
        guard let text = values["--api"], let api = URL(string: text), let scheme = api.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = api.host, !host.isEmpty else {
            throw Problem(description: "--api takes an http(s) URL, not \(values["--api"] ?? "nothing")")
        }
        self.api = api
        func seconds(_ name: String, zeroAllowed: Bool = false) throws -> Double? {
            guard let text = values[name] else { return nil }
            guard let value = Double(text), value.isFinite, zeroAllowed ? value >= 0 : value > 0 else {
                throw Problem(description: "\(name) takes a positive number of seconds, not \(text)")
            }
            return value
        }
        if let value = try seconds("--interval", zeroAllowed: true) {
            interval = Self.isLoopback(host) ? value : max(value, ArxivClient.minimumInterval)
        }
        timeout = try seconds("--timeout") ?? timeout
        maxWait = try seconds("--max-wait", zeroAllowed: true) ?? maxWait
        if let text = values["--retries"] {
            guard let value = Int(text), (0...10).contains(value) else {
                throw Problem(description: "--retries takes a number from 0 to 10, not \(text)")
            }
            retries = value
        }
    }

    /// `localhost`, `127.x.x.x` or `::1`: a server on this machine.
    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host.hasPrefix("127.") || host == "::1" || host == "[::1]"
    }
}

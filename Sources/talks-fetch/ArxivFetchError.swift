import Foundation

/// Why a request to the arXiv API gave no feed, each with a one-line message.
///
/// ```swift
/// ArxivFetchError.unreachable(host: "export.arxiv.org", reason: "connection refused").description
/// // "cannot reach export.arxiv.org: connection refused"
/// ```
enum ArxivFetchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The host could not be resolved or connected to.
    case unreachable(host: String, reason: String)
    /// No byte arrived for `seconds` (connecting included).
    case timedOut(host: String, seconds: Double)
    /// 503 (or 429) even after the retries, or a wait longer than allowed asked for.
    case busy(status: Int, retryAfter: Double?)
    /// Any other status than 200.
    case httpStatus(Int)
    /// The answer is larger than the limit.
    case tooLarge(limit: Int)
    /// The answer is not an Atom feed that can be read.
    case malformed(String)
    /// The API answered with its error entry (a malformed request): its summary.
    case apiError(String)
    /// Another transport failure, with the system's words.
    case network(String)

    /// Whether every later request would fail the same way, so that asking them is pointless (no
    /// network, a stalled server) or impolite (a server that asked to be left alone).
    var stopsTheRun: Bool {
        switch self {
        case .unreachable, .timedOut, .busy, .network: return true
        case .httpStatus(let status): return status >= 500
        case .tooLarge, .malformed, .apiError: return false
        }
    }

    var description: String {
        switch self {
        case .unreachable(let host, let reason):
            return "cannot reach \(host): \(reason)"
        case .timedOut(let host, let seconds):
            return "\(host) sent nothing for \(Self.seconds(seconds)): timed out"
        case .busy(let status, let retryAfter):
            let wait = retryAfter.map { ", asking to wait \(Self.seconds($0))" } ?? ""
            return "arXiv is busy (HTTP \(status)\(wait)); try again later"
        case .httpStatus(let status):
            return "arXiv answered HTTP \(status)"
        case .tooLarge(let limit):
            return "the answer is larger than \(limit / 1_000_000) MB; not read"
        case .malformed(let why):
            return "the answer is not a readable Atom feed (\(why))"
        case .apiError(let message):
            return "arXiv refused the request: \(message)"
        case .network(let message):
            return "the request failed: \(message)"
        }
    }

    /// The same error naming `host` where it names a server.
    func naming(_ host: String) -> ArxivFetchError {
        if case .timedOut(_, let seconds) = self { return .timedOut(host: host, seconds: seconds) }
        return self
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }
}

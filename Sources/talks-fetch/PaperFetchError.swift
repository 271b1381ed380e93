import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Why a paper could not be downloaded, each with a one-line message for the status line.
///
/// ```swift
/// PaperFetchError.httpStatus(404).description  // "the server answered HTTP 404 (not found)"
/// ```
public enum PaperFetchError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// The link is not http or https (`file:`, `javascript:`, …); nothing was fetched.
    case unsupportedURL(String)
    /// The server answered with a status other than 200 or 206.
    case httpStatus(Int)
    /// No byte arrived for `seconds`.
    case timedOut(seconds: Double)
    /// The connection closed before the announced length; the `.part` file is kept for resuming.
    case truncated(received: Int64, expected: Int64)
    /// The body does not start with `%PDF-` (an HTML page, a login wall, …).
    case notPDF(contentType: String?)
    /// The body is, or announces to be, larger than the limit.
    case tooLarge(limit: Int64)
    /// `cancel()` was called; the `.part` file is kept for resuming.
    case cancelled
    /// The host could not be resolved or connected to.
    case unreachable(host: String)
    /// Any other transport failure, with the system's words.
    case network(String)
    /// The cache directory or one of its files could not be written.
    case cache(String)
    /// The whole download took longer than its deadline (a trickle the idle timeout never ends).
    case tooSlow(seconds: Double)
    /// The server redirected elsewhere than https on the link's own host.
    case redirectRefused(String)

    public var description: String {
        switch self {
        case .unsupportedURL(let url):
            return "refusing to fetch \(url): only http and https links are downloaded"
        case .httpStatus(let code):
            return "the server answered HTTP \(code) (\(HTTPURLResponse.localizedString(forStatusCode: code).lowercased()))"
        case .timedOut(let seconds):
            return "timed out: no data from the server for \(ByteCount.seconds(seconds))"
        case .truncated(let received, let expected):
            return "the connection closed after \(ByteCount.text(received)) of \(ByteCount.text(expected)); retry to resume"
        case .notPDF(let type):
            return "the link did not give a PDF" + (type.map { " but \($0)" } ?? "") + "; open it in a browser instead"
        case .tooLarge(let limit):
            return "the PDF is larger than the \(ByteCount.text(limit)) download limit"
        case .cancelled:
            return "download cancelled"
        case .unreachable(let host):
            return "cannot reach \(host): check the network connection"
        case .network(let message):
            return "download failed: \(message)"
        case .cache(let message):
            return "cannot write the paper cache: \(message)"
        case .tooSlow(let seconds):
            return "the download took over \(ByteCount.seconds(seconds)) and was stopped; retry to resume it"
        case .redirectRefused(let target):
            return "refusing the server's redirect to \(target): only https on the link's own host is followed; open the link in a browser instead"
        }
    }

    public var errorDescription: String? { description }
}

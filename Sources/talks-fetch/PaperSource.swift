import Digest
import Foundation

/// A paper to fetch: an http(s) link and the name its cached files take.
///
/// ```swift
/// try PaperSource(url: "https://arxiv.org/pdf/2304.09871", arxivID: "2304.09871").cacheName  // "2304.09871"
/// try PaperSource(url: "https://example.org/a.pdf").cacheName                                 // SHA-256 hex of the URL
/// try PaperSource(url: "file:///etc/passwd")                                                   // throws .unsupportedURL
/// ```
public struct PaperSource: Sendable, Equatable {
    /// The link, always http or https with a host.
    public let url: URL
    /// The cache file name without extension: the arXiv id (`/` as `_`) or the URL's SHA-256.
    public let cacheName: String

    /// Checks the link and derives the cache name.
    /// - Parameters:
    ///   - url: the PDF link; only http and https with a host are accepted.
    ///   - arxivID: the paper's normalized arXiv id when it has one ("2304.09871", "hep-th/9901001").
    /// - Throws: `PaperFetchError.unsupportedURL` for any other scheme or a malformed link.
    public init(url: String, arxivID: String? = nil) throws {
        guard let parsed = URL(string: url.trimmingCharacters(in: .whitespaces)),
              let scheme = parsed.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = parsed.host, !host.isEmpty
        else { throw PaperFetchError.unsupportedURL(url) }
        self.url = parsed
        self.cacheName = Self.fileName(arxivID: arxivID) ?? SHA256.hex(Array(parsed.absoluteString.utf8))
    }

    /// The arXiv id as a safe file name, or nil when it holds anything but letters, digits, `.`, `-` and `/`.
    private static func fileName(arxivID: String?) -> String? {
        guard let id = arxivID, !id.isEmpty, !id.hasPrefix("."),
              id.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || ".-/".unicodeScalars.contains($0)) })
        else { return nil }
        return id.replacingOccurrences(of: "/", with: "_")
    }
}

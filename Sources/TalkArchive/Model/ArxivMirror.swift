/// Where arXiv PDFs are fetched from: arxiv.org or a mirror of it.
///
/// ```swift
/// ArxivMirror.arxiv.pdf(for: "2211.05729")                          // https://arxiv.org/pdf/2211.05729
/// try ArxivMirror("http://127.0.0.1:8080/").pdf(for: "hep-th/9901001") // http://127.0.0.1:8080/pdf/hep-th/9901001
/// ```
/// A mirror serves the same paths as arXiv (`/pdf/ID`) under its base URL.
public struct ArxivMirror: Hashable, Sendable, CustomStringConvertible {
    /// The base URL, without a trailing slash.
    public let base: HTTPURL

    /// arxiv.org itself.
    public static let arxiv = ArxivMirror(trusted: "https://arxiv.org")

    /// The mirror at `text`, an http(s) URL with no query or fragment.
    ///
    /// - Throws: a ``LinkRefusal`` when `text` is not an http(s) URL, or ``LinkRefusal/notABase(url:)``
    ///   when it has a query or fragment, which a base URL cannot carry.
    public init(_ text: String) throws(LinkRefusal) {
        let url = try HTTPURL(text)
        guard !text.contains("?"), !text.contains("#") else { throw .notABase(url: text) }
        var trimmed = url.description
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        base = HTTPURL(trusted: trimmed)
    }

    private init(trusted text: String) {
        base = HTTPURL(trusted: text)
    }

    /// The PDF of the paper with arXiv id `id` (any form ``ArxivID/normalize(_:)`` takes), or nil
    /// when `id` is not an arXiv id.
    public func pdf(for id: String) -> HTTPURL? {
        ArxivID.normalize(id).map { HTTPURL(trusted: "\(base)/pdf/\($0)") }
    }

    public var description: String { base.description }
}

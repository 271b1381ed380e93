/// Why `talks` will not open or fetch a link.
///
/// ```swift
/// LinkRefusal.notHTTP(url: "file:///etc/passwd", scheme: "file").message
/// // "refusing to open “file:///etc/passwd”: only http and https links are opened, not file:"
/// ```
/// Every case has a ``message`` of one line for the user; URLs are quoted in it only when they
/// are printable ASCII, so a hostile link cannot reach the terminal through an error.
public enum LinkRefusal: Error, Hashable, Sendable {
    /// The record has no link at all.
    case noLinks(recordID: String)
    /// `--link N` (1-based) names no link of the record.
    case noSuchLink(recordID: String, number: Int, count: Int)
    /// A scheme other than http or https (`file:`, `javascript:`, `data:`…).
    case notHTTP(url: String, scheme: String)
    /// No scheme: a relative reference or plain text.
    case notAbsolute(url: String)
    /// Control characters (newlines, escapes): never passed on.
    case controlCharacters
    /// Spaces or non-ASCII characters that should have been percent-encoded.
    case unencodedCharacters(url: String)
    /// An http(s) URL without a host (`https:///path`).
    case noHost(url: String)
    /// Longer than ``HTTPURL/maxLength``.
    case tooLong(length: Int)
    /// An http(s) URL with a query or fragment given where a base URL is needed (an arXiv mirror).
    case notABase(url: String)

    /// The refusal in one line.
    public var message: String {
        switch self {
        case .noLinks(let id):
            return "\(id) has no link to open"
        case .noSuchLink(let id, let number, let count):
            let range = count == 0 ? "no numbered links" : count == 1 ? "only link 1" : "links 1 to \(count)"
            return "\(id) has no link \(number): it has \(range) (`talks show \(id)` lists them)"
        case .notHTTP(let url, let scheme):
            return "refusing to open \(Self.quoted(url)): only http and https links are opened, not \(Self.printable(scheme)):"
        case .notAbsolute(let url):
            return "refusing to open \(Self.quoted(url)): not an absolute http or https URL"
        case .controlCharacters:
            return "refusing to open a link containing control characters"
        case .unencodedCharacters(let url):
            return "refusing to open \(Self.quoted(url)): it contains spaces or non-ASCII characters"
        case .noHost(let url):
            return "refusing to open \(Self.quoted(url)): it names no host"
        case .tooLong(let length):
            return "refusing to open a link of \(length) bytes (at most \(HTTPURL.maxLength))"
        case .notABase(let url):
            return "\(Self.quoted(url)) cannot be a base URL: it has a ? query or # fragment"
        }
    }

    /// “url” when it is short printable ASCII, else a description that prints nothing of it.
    private static func quoted(_ url: String) -> String {
        let safe = url.utf8.count <= 200 && url.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) }
        return safe ? "“\(url)”" : "a link"
    }

    private static func printable(_ text: String) -> String {
        text.unicodeScalars.allSatisfy { (0x21...0x7E).contains($0.value) } ? text : "?"
    }
}

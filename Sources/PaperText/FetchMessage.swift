/// One line the paper downloader (`talks-fetch`) writes to its standard output, and how the
/// browser reads it back: `progress <status>`, then `pdf <path>` or `error <message>`.
///
/// ```swift
/// FetchMessage.progress("downloading 1.2 MB of 4.0 MB (30%)").line  // "progress downloading 1.2 MB of 4.0 MB (30%)"
/// FetchMessage(line: "pdf /home/a/.cache/talks/papers/2304.09871.pdf")  // .pdf(path: "/home/a/…/2304.09871.pdf")
/// ```
public enum FetchMessage: Equatable, Sendable {
    /// A status line while bytes arrive.
    case progress(String)
    /// The complete PDF in the cache.
    case pdf(path: String)
    /// Why the download failed, one line.
    case error(String)

    /// The line, without its newline; line breaks inside a message become spaces.
    public var line: String {
        switch self {
        case .progress(let status): return "progress " + Self.oneLine(status)
        case .pdf(let path): return "pdf " + Self.oneLine(path)
        case .error(let message): return "error " + Self.oneLine(message)
        }
    }

    /// The message a line holds, or nil for anything else.
    public init?(line: String) {
        guard let space = line.firstIndex(of: " ") else { return nil }
        let value = String(line[line.index(after: space)...])
        switch line[..<space] {
        case "progress": self = .progress(value)
        case "pdf": self = .pdf(path: value)
        case "error": self = .error(value)
        default: return nil
        }
    }

    private static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}

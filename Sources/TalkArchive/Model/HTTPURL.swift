import Foundation

/// An absolute `http` or `https` URL: the only kind `talks` ever opens or fetches.
///
/// ```swift
/// try HTTPURL("https://arxiv.org/pdf/2211.05729")  // accepted
/// try HTTPURL("file:///etc/passwd")                // throws LinkRefusal.notHTTP
/// try HTTPURL("https://x.org/a b")                 // throws LinkRefusal.unencodedCharacters
/// ```
/// The text must be printable ASCII without spaces (anything else percent-encoded), name a
/// host, and be at most ``maxLength`` bytes, so it can be passed to an opener, printed, or put
/// inside a terminal escape sequence as it is.
public struct HTTPURL: Hashable, Sendable, CustomStringConvertible {
    /// The URL exactly as given.
    public let description: String

    /// Longest URL accepted: terminals drop longer OSC 8 targets, and no paper link comes near it.
    public static let maxLength = 2048

    /// Checks `text`.
    ///
    /// - Throws: a ``LinkRefusal`` saying why the text is not an http(s) URL.
    public init(_ text: String) throws(LinkRefusal) {
        if text.isEmpty { throw .notAbsolute(url: text) }
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw .controlCharacters
        }
        if text.utf8.count > Self.maxLength { throw .tooLong(length: text.utf8.count) }
        guard let colon = text.firstIndex(of: ":"),
              text[..<colon].range(of: #"^[A-Za-z][A-Za-z0-9+.\-]*\z"#, options: .regularExpression) != nil else {
            throw .notAbsolute(url: text)
        }
        let scheme = text[..<colon].lowercased()
        guard scheme == "http" || scheme == "https" else { throw .notHTTP(url: text, scheme: scheme) }
        guard text.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) else { throw .unencodedCharacters(url: text) }
        guard text[colon...].hasPrefix("://"), Self.hasHost(text[text.index(colon, offsetBy: 3)...]) else {
            throw .noHost(url: text)
        }
        description = text
    }

    /// Whether the authority at the start of `rest` names a host (`user@host:port`, `[::1]`).
    ///
    /// Done by hand: Foundation's URL parsing rejects characters (quotes, backticks, braces) that
    /// pages do put in links, and such a link must still reach the opener, as one argument.
    private static func hasHost(_ rest: Substring) -> Bool {
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostAndPort = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        let host = hostAndPort.hasPrefix("[") ? hostAndPort.prefix { $0 != "]" }.dropFirst()
                                              : hostAndPort.prefix { $0 != ":" }
        return !host.isEmpty
    }

    /// A URL built from parts already checked (a checked base and a normalized id).
    init(trusted text: String) {
        description = text
    }
}

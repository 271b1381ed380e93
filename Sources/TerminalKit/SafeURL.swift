/// An http(s) URL that is safe to put inside a terminal escape sequence.
///
/// ```swift
/// SafeURL("https://arxiv.org/abs/2101.00001")   // accepted
/// SafeURL("javascript:alert(1)")                // nil: not http(s)
/// SafeURL("https://x.org/\u{1B}]52;c;…")        // nil: control characters
/// ```
/// Only printable ASCII without spaces is accepted (non-ASCII must be percent-encoded), so the
/// URL can neither end the sequence early nor smuggle in another one.
public struct SafeURL: Hashable, Sendable, CustomStringConvertible {
    /// The URL text, printable ASCII only.
    public let description: String

    /// Longest URL accepted: terminals drop longer OSC 8 targets.
    public static let maxLength = 2048

    /// The URL in `text`, or nil when it is not a plain http(s) URL.
    public init?(_ text: String) {
        guard text.utf8.count <= Self.maxLength,
              text.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) else { return nil }
        let lowered = text.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lowered.hasPrefix($0) }),
              let hostStart = text.dropFirst(scheme.count).first, hostStart != "/" else { return nil }
        description = text
    }
}

/// How far a download has come, reported as bytes arrive.
///
/// ```swift
/// FetchProgress(received: 1_200_000, expected: 4_000_000, resumedFrom: 0).statusLine
/// // "downloading 1.2 MB of 4.0 MB (30%)"
/// ```
public struct FetchProgress: Sendable, Equatable {
    /// Bytes of the PDF now on disk, including any resumed part.
    public let received: Int64
    /// The full length when the server announced it.
    public let expected: Int64?
    /// Bytes that were already on disk from an earlier attempt (0 when starting afresh).
    public let resumedFrom: Int64

    public init(received: Int64, expected: Int64?, resumedFrom: Int64) {
        self.received = received
        self.expected = expected
        self.resumedFrom = resumedFrom
    }

    /// The fraction done in 0...1, when the length is known.
    public var fraction: Double? {
        guard let expected, expected > 0 else { return nil }
        return min(1, Double(received) / Double(expected))
    }

    /// One short line for the status bar.
    public var statusLine: String {
        let verb = resumedFrom > 0 ? "resuming" : "downloading"
        guard let expected, let fraction else { return "\(verb) \(ByteCount.text(received))" }
        return "\(verb) \(ByteCount.text(received)) of \(ByteCount.text(expected)) (\(Int(fraction * 100))%)"
    }
}

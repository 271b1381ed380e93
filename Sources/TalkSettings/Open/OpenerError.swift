/// An opener command that cannot be split into words.
///
/// ```swift
/// try OpenerCommand("firefox 'new tab")  // throws OpenerError("the ' quote is not closed")
/// ```
public struct OpenerError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, in one line.
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

/// A generation failure, with a message for the user.
public struct SyntheticArchiveError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

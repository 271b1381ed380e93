/// A configuration file that cannot be used, with the line at fault.
///
/// ```swift
/// ConfigError(path: "/home/ada/.config/talks/config.toml", line: 4, message: "unknown key “colour”").description
/// // "/home/ada/.config/talks/config.toml:4: unknown key “colour”"
/// ```
public struct ConfigError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    /// The 1-based line, or nil when the file as a whole is at fault (unreadable, not UTF-8).
    public var line: Int?
    public var message: String

    public init(path: String, line: Int?, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// "PATH:LINE: MESSAGE" on one line.
    public var description: String {
        let place = line.map { "\(path):\($0)" } ?? path
        return "\(place): \(message.split(whereSeparator: \.isNewline).joined(separator: " "))"
    }
}

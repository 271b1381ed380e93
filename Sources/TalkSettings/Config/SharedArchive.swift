import Foundation
import TalkArchive
import TOMLKit

/// A host's shared archive and its index, named by the administrator in `/etc/talks/config.toml`,
/// so that fifty users of a lab server read one index instead of each building their own.
///
/// ```toml
/// # /etc/talks/config.toml
/// archive = "/var/lib/talks/archive"
/// index = "/var/lib/talks/index"
/// ```
/// Only where things are: personal settings stay in each user's own `config.toml`, personal state
/// in each user's `$XDG_DATA_HOME`. Both paths must be absolute; any other key is an error.
public struct SharedArchive: Hashable, Sendable {
    /// The host's file; `$TALKS_SYSTEM_CONFIG` replaces it (outside kiosk mode), for tests and packagers.
    public static let defaultPath = "/etc/talks/config.toml"

    public var archive: URL
    /// The folder of the shared index file (`IndexLocation.indexFile(for:in:)` names it).
    public var indexFolder: URL

    /// Reads the host's file at `path`; nil when there is none.
    ///
    /// - Throws: ``ConfigError`` naming the file and line of anything it cannot use.
    public static func load(path: String) throws(ConfigError) -> SharedArchive? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(path: path, line: nil, message: "cannot read the host's configuration file as UTF-8 text")
        }
        return try SharedArchive(path: path, text: text)
    }

    /// Parses `text`, the content of the file at `path`.
    public init(path: String, text: String) throws(ConfigError) {
        let table = try ConfigFile.table(path: path, text: text)
        let lines = TOMLKeyLines(text)
        if let key = table.keys.filter({ !["archive", "index"].contains($0) }).min(by: { lines.line(of: [$0]) < lines.line(of: [$1]) }) {
            throw ConfigError(path: path, line: lines.line(of: [key]),
                              message: "unknown key “\(key)”; the host's file names only archive = \"/var/lib/talks/archive\" and index = \"/var/lib/talks/index\"")
        }
        func folder(_ key: String) throws(ConfigError) -> URL {
            guard let value = table[key]?.string else {
                throw ConfigError(path: path, line: table[key] == nil ? nil : lines.line(of: [key]),
                                  message: "\(key) must be a folder's absolute path in quotes, like \(key) = \"/var/lib/talks/\(key)\"")
            }
            guard value.hasPrefix("/") else {
                throw ConfigError(path: path, line: lines.line(of: [key]), message: "\(key) must be an absolute path, not “\(value)”")
            }
            return URL(fileURLWithPath: value)
        }
        archive = try folder("archive")
        indexFolder = try folder("index")
    }
}

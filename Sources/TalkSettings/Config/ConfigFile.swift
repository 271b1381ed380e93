import Foundation
import TalkArchive
import TOMLKit

/// The settings a configuration file gives, each with its line.
///
/// ```swift
/// let file = try ConfigFile(path: "config.toml", text: "opener = \"firefox %u\"\n[download]\nmax_bytes = 1000000\n")
/// file.opener?.value              // "firefox %u"
/// file.downloadMaxBytes?.origin   // .configFile(path: "config.toml", line: 3)
/// ```
/// Parsed with TOMLKit, then checked strictly: an unknown key, a value of the wrong type or out of
/// range is a ``ConfigError`` naming the file and the line. When several lines are wrong, the
/// first is reported.
public struct ConfigFile: Hashable, Sendable {
    public var path: String
    public var opener: Setting<String>?
    public var arxivMirror: Setting<ArxivMirror>?
    public var preview: Setting<PreviewMode>?
    public var timezone: Setting<TimeZone>?
    public var downloadMaxBytes: Setting<Int>?
    public var downloadTimeoutSeconds: Setting<Double>?
    /// `[keys]`: command name → key names, checked by the browser that knows its commands.
    public var keyBindings: [String: Setting<[String]>] = [:]
    /// `[colors]`: role → style words, checked by the browser that knows its roles.
    public var colors: [String: Setting<String>] = [:]

    /// Reads the file at `path`; nil when there is none.
    ///
    /// - Throws: ``ConfigError`` when it cannot be read, is not UTF-8, or is not a valid configuration.
    public static func load(path: String) throws(ConfigError) -> ConfigFile? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        try ConfigFileTrust.check(path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(path: path, line: nil, message: "cannot read the configuration file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(path: path, line: nil, message: "the configuration file is not UTF-8 text")
        }
        return try ConfigFile(path: path, text: text)
    }

    /// Parses and checks `text`, the content of the file at `path`.
    public init(path: String, text: String) throws(ConfigError) {
        self.path = path
        let table = try ConfigFile.table(path: path, text: text)
        var problems: [ConfigError] = []
        read(table, under: [], lines: TOMLKeyLines(text), problems: &problems)
        if let first = problems.min(by: { ($0.line ?? 0) < ($1.line ?? 0) }) { throw first }
    }

    /// `text` as TOML, or the error at its line.
    static func table(path: String, text: String) throws(ConfigError) -> TOMLTable {
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(path: path, line: error.source.begin.line, message: "not valid TOML: \(error.description)")
        } catch {
            throw ConfigError(path: path, line: nil, message: "not valid TOML: \(error)")
        }
    }

    // MARK: - Reading the table

    private mutating func read(_ table: TOMLTable, under prefix: [String], lines: TOMLKeyLines,
                               problems: inout [ConfigError]) {
        for (name, value) in table {
            let path = prefix + [name]
            let dotted = path.joined(separator: ".")
            let line = lines.line(of: path)
            if prefix.isEmpty, ConfigKey.tables.contains(name), let inner = value.table {
                read(inner, under: path, lines: lines, problems: &problems)
            } else if prefix == ["keys"] || prefix == ["colors"] {
                do throws(ConfigError) {
                    try setOpenKey(prefix[0], name, from: value, line: line)
                } catch {
                    problems.append(error)
                }
            } else if let key = ConfigKey(rawValue: dotted) {
                do throws(ConfigError) {
                    try set(key, from: value, line: line)
                } catch {
                    problems.append(error)
                }
            } else {
                let shown = prefix.isEmpty ? "“\(name)”" : "“\(name)” in [\(prefix.joined(separator: "."))]"
                problems.append(ConfigError(path: self.path, line: line, message: "unknown key \(shown); the keys are \(ConfigKey.known)"))
            }
        }
    }

    /// A key of `[keys]` (a key name or a list of them) or `[colors]` (style words).
    private mutating func setOpenKey(_ table: String, _ name: String, from value: TOMLValueConvertible, line: Int) throws(ConfigError) {
        let origin = SettingOrigin.configFile(path: path, line: line)
        if table == "colors" {
            guard let text = value.string else {
                throw ConfigError(path: path, line: line, message: "colors.\(name): expected a string such as \"black on yellow bold\"")
            }
            colors[name] = Setting(value: text, origin: origin)
            return
        }
        if let single = value.string {
            keyBindings[name] = Setting(value: [single], origin: origin)
        } else if let array = value.array, !array.isEmpty, let keys = Optional(array.compactMap(\.string)), keys.count == array.count {
            keyBindings[name] = Setting(value: keys, origin: origin)
        } else {
            throw ConfigError(path: path, line: line, message: "keys.\(name): expected a key name or a list of them, such as [\"j\", \"down\"]")
        }
    }

    private mutating func set(_ key: ConfigKey, from value: TOMLValueConvertible, line: Int) throws(ConfigError) {
        let origin = SettingOrigin.configFile(path: path, line: line)
        func fail(_ message: String) -> ConfigError {
            ConfigError(path: path, line: line, message: "\(key.rawValue): \(message)")
        }
        switch key {
        case .opener:
            guard let text = value.string else { throw fail("expected a string, found \(value.type)") }
            do { _ = try OpenerCommand(text) } catch { throw fail(error.message) }
            opener = Setting(value: text, origin: origin)
        case .arxivMirror:
            guard let text = value.string else { throw fail("expected a URL string, found \(value.type)") }
            do { arxivMirror = Setting(value: try ArxivMirror(text), origin: origin) } catch { throw fail(error.message) }
        case .preview:
            guard let text = value.string, let mode = PreviewMode(configValue: text) else {
                throw fail("expected \"auto\", \"always\" or \"never\"")
            }
            preview = Setting(value: mode, origin: origin)
        case .timezone:
            guard let text = value.string else { throw fail("expected a zone name such as \"Europe/Berlin\", found \(value.type)") }
            guard let zone = ZoneName.zone(text) else { throw fail(ZoneName.refusal(text)) }
            timezone = Setting(value: zone, origin: origin)
        case .downloadMaxBytes:
            guard let bytes = value.int, bytes > 0 else { throw fail("expected a whole number of bytes above 0") }
            downloadMaxBytes = Setting(value: bytes, origin: origin)
        case .downloadTimeoutSeconds:
            guard let seconds = value.double ?? value.int.map(Double.init), seconds > 0, seconds.isFinite else {
                throw fail("expected a number of seconds above 0")
            }
            downloadTimeoutSeconds = Setting(value: seconds, origin: origin)
        }
    }
}

import Foundation
import TalkArchive

/// The settings in force: environment, then configuration file, then built-in defaults.
///
/// ```swift
/// let settings = try TalksSettings.load(environment: ProcessInfo.processInfo.environment)
/// settings.opener       // Setting(value: "xdg-open", origin: .builtIn)
/// settings.arxivMirror  // Setting(value: ArxivMirror.arxiv, origin: .builtIn)
/// ```
/// The opener is, in order: `$TALKS_OPENER`, the file's `opener`, `$BROWSER`, then `xdg-open`
/// (Linux) or `open` (macOS). Empty variables count as unset. The viewer's time zone is `--tz`,
/// then the file's `timezone`, then the process's own zone (`$TZ`, else the host's).
public struct TalksSettings: Hashable, Sendable {
    /// The configuration file's path, whether or not it exists.
    public var configPath: String
    /// Whether the configuration file exists (and so was read).
    public var configFileExists: Bool
    /// The command that opens a URL, as text; ``OpenerCommand`` splits it.
    public var opener: Setting<String>
    public var arxivMirror: Setting<ArxivMirror>
    /// Whether the browser previews the selected record beside or below the list.
    public var preview: Setting<PreviewMode>
    /// The zone start times are shown in beside the talk's own: the reader's, not the server's.
    public var timeZone: Setting<TimeZone>
    public var downloadMaxBytes: Setting<Int>
    public var downloadTimeoutSeconds: Setting<Double>
    /// The browser's rebound keys and restyled roles, as the file gives them.
    public var keyBindings: [String: Setting<[String]>] = [:]
    public var colors: [String: Setting<String>] = [:]
    /// Kiosk mode or not: decided before the settings were read, and what they could be read from.
    public var policy: KioskPolicy = .unrestricted

    // MARK: - Defaults

    /// The opener when nothing else names one.
    #if os(macOS)
    public static let platformOpener = "open"
    #else
    public static let platformOpener = "xdg-open"
    #endif
    /// 50 MiB: larger than any paper of the archive, small enough for a cache.
    public static let defaultMaxBytes = 50 * 1024 * 1024
    public static let defaultTimeoutSeconds = 60.0

    // MARK: - Resolving

    /// Reads the configuration file the environment points to (if any) and resolves every setting.
    /// In kiosk mode no file and no variable is read: the built-in defaults, and no opener.
    /// `zoneOption` is `--tz`, which only changes what times read as and so counts in kiosk mode too.
    ///
    /// - Throws: ``ConfigError`` for a configuration file that exists but is not valid.
    public static func load(environment: [String: String], policy: KioskPolicy = .unrestricted,
                            zoneOption: Setting<TimeZone>? = nil) throws(ConfigError) -> TalksSettings {
        let path = ConfigLocation.path(environment: environment)
        guard policy.allows(.userConfiguration) else { return kiosk(configPath: path, zoneOption: zoneOption) }
        let file = try ConfigFile.load(path: path)
        return resolve(environment: environment, file: file, configPath: path, zoneOption: zoneOption)
    }

    /// The defaults, with an opener of "none" that comes from kiosk mode, for `talks config` to show.
    static func kiosk(configPath: String, zoneOption: Setting<TimeZone>? = nil) -> TalksSettings {
        var settings = resolve(environment: [:], file: nil, configPath: configPath, zoneOption: zoneOption)
        settings.opener = Setting(value: "none", origin: .kiosk)
        settings.policy = .kiosk
        return settings
    }

    /// The settings given `environment` and an already-read `file` (nil when there is none),
    /// `--tz` (`zoneOption`) and the process's own zone (`processZone`, which `$TZ` sets).
    public static func resolve(environment: [String: String], file: ConfigFile?, configPath: String,
                               platformOpener: String = platformOpener, zoneOption: Setting<TimeZone>? = nil,
                               processZone: TimeZone = .current) -> TalksSettings {
        func variable(_ name: String) -> Setting<String>? {
            guard let value = environment[name], !value.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            return Setting(value: value, origin: .environment(variable: name))
        }
        let opener = variable("TALKS_OPENER") ?? file?.opener ?? variable("BROWSER")
            ?? Setting(value: platformOpener, origin: .builtIn)
        return TalksSettings(
            configPath: configPath,
            configFileExists: file != nil,
            opener: opener,
            arxivMirror: file?.arxivMirror ?? Setting(value: .arxiv, origin: .builtIn),
            preview: file?.preview ?? Setting(value: .auto, origin: .builtIn),
            timeZone: zoneOption ?? file?.timezone
                ?? Setting(value: processZone, origin: variable("TZ") == nil ? .builtIn : .environment(variable: "TZ")),
            downloadMaxBytes: file?.downloadMaxBytes ?? Setting(value: defaultMaxBytes, origin: .builtIn),
            downloadTimeoutSeconds: file?.downloadTimeoutSeconds ?? Setting(value: defaultTimeoutSeconds, origin: .builtIn),
            keyBindings: file?.keyBindings ?? [:],
            colors: file?.colors ?? [:])
    }
}

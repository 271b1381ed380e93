/// Where a setting's value came from, for `talks config` and for error messages.
///
/// ```swift
/// SettingOrigin.configFile(path: "/home/ada/.config/talks/config.toml", line: 3).description
/// // "/home/ada/.config/talks/config.toml:3"
/// SettingOrigin.environment(variable: "TALKS_OPENER").description  // "$TALKS_OPENER"
/// SettingOrigin.commandLine(option: "--tz").description  // "--tz"
/// ```
public enum SettingOrigin: Hashable, Sendable, CustomStringConvertible {
    /// The built-in default.
    case builtIn
    /// A line of the configuration file.
    case configFile(path: String, line: Int)
    /// An environment variable.
    case environment(variable: String)
    /// Kiosk mode, which sets it for every user of a public host.
    case kiosk
    /// An option of the command line (`--tz`).
    case commandLine(option: String)

    /// "default", "FILE:LINE", "$VARIABLE", "kiosk mode" or "--OPTION".
    public var description: String {
        switch self {
        case .builtIn: return "default"
        case .configFile(let path, let line): return "\(path):\(line)"
        case .environment(let variable): return "$\(variable)"
        case .kiosk: return "kiosk mode"
        case .commandLine(let option): return option
        }
    }

    /// "default", "config file", "environment", "kiosk" or "command line": the kind alone, as
    /// `talks config --json` names it.
    public var kind: String {
        switch self {
        case .builtIn: return "default"
        case .configFile: return "config file"
        case .environment: return "environment"
        case .kiosk: return "kiosk"
        case .commandLine: return "command line"
        }
    }
}

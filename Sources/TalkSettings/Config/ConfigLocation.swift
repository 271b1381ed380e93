import Foundation

/// Where the configuration file lives.
///
/// ```swift
/// ConfigLocation.path(environment: ["XDG_CONFIG_HOME": "/etc/xdg-ada"])  // "/etc/xdg-ada/talks/config.toml"
/// ConfigLocation.path(environment: ["HOME": "/home/ada"])                 // "/home/ada/.config/talks/config.toml"
/// ```
/// `$XDG_CONFIG_HOME/talks/config.toml` when that variable is an absolute path (the XDG rule: a
/// relative one is ignored), else `~/.config/talks/config.toml`.
public enum ConfigLocation {
    public static func path(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return (xdg as NSString).appendingPathComponent("talks/config.toml")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".config/talks/config.toml")
    }
}

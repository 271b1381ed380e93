import Foundation

/// Whether a configuration file may be obeyed: as ssh does with its own, one that another user owns
/// or may write is refused, since its `opener` runs commands as the user reading it.
///
/// ```swift
/// try ConfigFileTrust.check("/home/ada/.config/talks/config.toml")  // throws when group- or world-writable
/// ```
enum ConfigFileTrust {
    /// - Throws: ``ConfigError`` saying what is wrong and the command that fixes it.
    static func check(_ path: String, user: uid_t = geteuid()) throws(ConfigError) {
        var info = stat()
        guard stat(path, &info) == 0 else { return }  // unreadable: reading it says so
        if info.st_uid != user && info.st_uid != 0 {
            throw ConfigError(path: path, line: nil, message: "refused: the file belongs to user \(info.st_uid), not to you; "
                              + "copy it to a file of your own, or run: chown \(user) \(path)")
        }
        if info.st_mode & (S_IWGRP | S_IWOTH) != 0 {
            throw ConfigError(path: path, line: nil, message: "refused: others may write the file; run: chmod go-w \(path)")
        }
    }
}

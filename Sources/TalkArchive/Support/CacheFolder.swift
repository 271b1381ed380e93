import Foundation

/// The cache folder and the files in it, checked before use (the folder may be a symlink to a
/// folder of the user's; a file may not be one): a cache another user created or may
/// write could hold a planted index (spoofed links), a FIFO that hangs every start, or symlinks a
/// download would write through. What fails a check is ignored, with a one-line warning, and the
/// cache is built beside it.
///
/// ```swift
/// let (folder, warning) = try CacheFolder.prepare(IndexLocation.cacheDirectory())
/// // ~/.cache/talks, created 0700; or ~/.cache/talks-1000 beside one that is not the user's
/// ```
public enum CacheFolder {
    /// The folder to use for `wanted`: created 0700 when missing, tightened to 0700 when the user's
    /// own; else `wanted-UID` beside it, with a warning that says why.
    /// - Throws: `ArchiveError` when neither can be used.
    public static func prepare(_ wanted: URL, user: uid_t = geteuid()) throws -> (folder: URL, warning: String?) {
        guard let problem = use(wanted, user: user) else { return (wanted, nil) }
        let beside = URL(fileURLWithPath: wanted.path + "-\(user)")
        if let second = use(beside, user: user) {
            throw ArchiveError("cannot use the cache folder \(wanted.path) (\(problem)) nor \(beside.path) (\(second)): "
                               + "set XDG_CACHE_HOME to a folder of your own")
        }
        return (beside, "ignoring the cache folder \(wanted.path): \(problem); using \(beside.path)")
    }

    /// Why `file` in the cache must not be read, or nil when it is a regular file of the user's
    /// own (or missing). Checked without following a symlink and without opening it.
    public static func problem(with file: URL, user: uid_t = geteuid()) -> String? {
        var info = stat()
        guard lstat(file.path, &info) == 0 else { return nil }
        return problem(info, expected: S_IFREG, user: user)
    }

    /// Creates `folder` 0700 when missing; nil when it is then the user's own directory, closed to
    /// others, or still missing.
    private static func use(_ folder: URL, user: uid_t) -> String? {
        try? FileManager.default.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = mkdir(folder.path, 0o700)
        var info = stat()
        // Missing and not creatable (a read-only disk): nothing there to distrust; writing the
        // index fails later and talks searches in memory, as it says then.
        // Followed if a symlink: a cache moved to another disk is fine when the folder there is the user's.
        guard stat(folder.path, &info) == 0 else { return nil }
        var own = info
        own.st_mode &= ~mode_t(S_IWGRP | S_IWOTH)
        if let problem = problem(own, expected: S_IFDIR, user: user) { return problem }
        // The user's own folder, opened up (an older talks, a umask): closed again; what others
        // planted in it meanwhile fails the check of each file.
        if info.st_mode & 0o077 != 0 && chmod(folder.path, info.st_mode & 0o700) != 0 { return "others may write it and it cannot be closed" }
        return nil
    }

    private static func problem(_ info: stat, expected: mode_t, user: uid_t) -> String? {
        let type = info.st_mode & S_IFMT
        if type == S_IFLNK { return "it is a symbolic link" }
        if type != expected { return expected == S_IFDIR ? "it is not a folder" : "it is not a regular file" }
        if info.st_uid != user { return "it belongs to user \(info.st_uid)" }
        if info.st_mode & (S_IWGRP | S_IWOTH) != 0 { return "others may write it" }
        return nil
    }
}

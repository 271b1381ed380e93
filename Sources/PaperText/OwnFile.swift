import Foundation

/// A file in the paper cache that may be trusted: a regular file (not a symlink, FIFO or folder)
/// the user owns. A cache others could write may hold planted entries; these are not read.
public enum OwnFile {
    public static func isRegular(_ url: URL, user: uid_t = geteuid()) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG && info.st_uid == user
    }
}

import Foundation

/// Writes an export to a file all at once: a temporary file beside it, renamed over it when
/// complete, so a reader (a calendar app polling the file) sees the old export or the new one,
/// never half of one.
///
/// ```swift
/// try ExportFile.write("BEGIN:VCALENDAR…", to: "talks.ics")
/// ```
public enum ExportFile {
    /// A write that failed, with a message naming the file.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// - Throws: ``Failure`` ("cannot write talks.ics: No such file or directory"); the file is
    ///   then as it was, and no temporary file is left.
    public static func write(_ text: String, to path: String) throws(Failure) {
        var target = stat()
        if stat(path, &target) == 0 {
            switch target.st_mode & S_IFMT {
            case S_IFDIR: throw Failure(description: "cannot write \(path): it is a folder")
            // A device, pipe or socket (`-o /dev/stdout`, `-o /dev/null`) is written, never replaced:
            // renaming over it would put a regular file where the device was.
            case S_IFREG: break
            default: return try writeInPlace(text, to: path)
            }
        }
        // Through a symbolic link, the file it names is replaced, not the link.
        let url = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        // Created like any new file (0666 less the umask), not 0600 like mkstemp's.
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw failure(path) }
        let written = Array(text.utf8).withUnsafeBytes { bytes in writeAll(fd, bytes) }
        let synced = written && fsync(fd) == 0
        let error = errno
        close(fd)
        guard synced, rename(temporary, url.path) == 0 else {
            let reason = synced ? errno : error
            unlink(temporary)
            errno = reason
            throw failure(path)
        }
    }

    private static func writeInPlace(_ text: String, to path: String) throws(Failure) {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path) }
        defer { close(fd) }
        guard Array(text.utf8).withUnsafeBytes({ writeAll(fd, $0) }) else { throw failure(path) }
    }

    private static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }

    private static func failure(_ path: String) -> Failure {
        Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))")
    }
}

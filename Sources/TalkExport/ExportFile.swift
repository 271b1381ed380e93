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
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw Failure(description: "cannot write \(path): it is a folder")
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        // Created like any new file (0666 less the umask), not 0600 like mkstemp's.
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw failure(path) }
        let written = Array(text.utf8).withUnsafeBytes { bytes in writeAll(fd, bytes) }
        let synced = written && fsync(fd) == 0
        let error = errno
        close(fd)
        guard synced, rename(temporary, path) == 0 else {
            let reason = synced ? errno : error
            unlink(temporary)
            errno = reason
            throw failure(path)
        }
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

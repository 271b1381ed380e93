import Foundation

/// Where the reader's own data lives: `$XDG_DATA_HOME/talks/`, else `~/.local/share/talks/`
/// (XDG Base Directory: data that is not configuration and not cache). A folder only its owner
/// may enter (0700), files only its owner may read (0600): notes are private.
public enum PersonalLocation {
    /// The folder of personal data for `environment`; a relative `XDG_DATA_HOME` is ignored, as
    /// the specification says.
    public static func folder(environment: [String: String]) -> URL {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return URL(fileURLWithPath: data).appendingPathComponent("talks")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/talks")
    }

    /// `folder/file`, with the folder made (0700) and the file created empty (0600) when missing,
    /// so SQLite's journal files, which take the database's mode, are private too.
    ///
    /// - Throws: ``MarkStoreError`` naming the folder or file that could not be made.
    static func prepare(_ folder: URL, file name: String) throws -> URL {
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw MarkStoreError("cannot create \(folder.path) for your marks (\(error.localizedDescription)); set XDG_DATA_HOME to a folder you can write")
        }
        let file = folder.appendingPathComponent(name)
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            close(descriptor)
        } else if errno != EEXIST {
            throw MarkStoreError("cannot create \(file.path) (\(String(cString: strerror(errno)))); set XDG_DATA_HOME to a folder you can write")
        }
        return file
    }

    /// Writes `data` to `url` all at once or not at all: a private temporary file beside it,
    /// flushed, then renamed over it.
    public static func writeAtomically(_ data: Data, to url: URL) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw MarkStoreError("cannot write \(url.path) (\(String(cString: strerror(errno))))")
        }
        let written = data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if n <= 0 { return false }
                offset += n
            }
            return fsync(descriptor) == 0
        }
        close(descriptor)
        guard written, rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw MarkStoreError("cannot write \(url.path) (\(reason))")
        }
    }
}

import Digest
import Foundation

/// The archive folder: the saved pages `talks` reads, and a fingerprint of their content.
public struct ArchiveFolder: Sendable {
    public let url: URL
    public let pages: [(name: String, data: Data)]
    /// Files not read, each as a one-line warning: unreadable, a symbolic link, too large.
    public let unread: [String]
    /// SHA-256 over every file's name and bytes (and the index schema): any change means a rebuild.
    public let fingerprint: String

    /// Files larger than this are not pages; they are reported, not read whole.
    public static let maxPageBytes = 64 << 20
    /// A larger file is read whole only when its beginning is a page format talks knows (which
    /// looks at the first 2,000 lines): a folder of big unrelated files costs a read of their heads.
    static let recognitionBytes = 256 << 10

    /// Reads every visible regular file of `url`, sorted by name.
    public init(url: URL) throws {
        self.url = url
        let names = try ArchiveFolder.names(in: url)
        var pages: [(String, Data)] = []
        var unread: [String] = []
        var hasher = SHA256()
        hasher.update(Array("talks-index-schema-\(ArchiveIndex.schemaVersion)".utf8))
        for name in names {
            let file = url.appendingPathComponent(name)
            var info = stat()
            guard lstat(file.path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFLNK:
                unread.append("\(name): skipped, a symbolic link (copy the page into the archive folder)")
                continue
            default: continue
            }
            if Int(info.st_size) > ArchiveFolder.maxPageBytes {
                pages.append((name, Data("\u{0}too large: \(info.st_size) bytes".utf8)))
                continue
            }
            guard let data = ArchiveFolder.read(file, size: Int(info.st_size)) else {
                unread.append("\(name): skipped, cannot read it (check its permissions)")
                continue
            }
            hasher.update(Array(name.utf8) + [0])
            hasher.update(Array(String(info.st_size).utf8) + [0])
            hasher.update(data)
            pages.append((name, data))
        }
        self.pages = pages
        self.unread = unread
        fingerprint = SHA256.hexString(hasher.finish())
    }

    /// The file's bytes; only its head when that is no page format (see `recognitionBytes`).
    private static func read(_ file: URL, size: Int) -> Data? {
        guard let handle = try? FileHandle(forReadingFrom: file) else { return nil }
        defer { try? handle.close() }
        guard size > recognitionBytes else { return try? handle.readToEnd() ?? Data() }
        guard let head = try? handle.read(upToCount: recognitionBytes) else { return nil }
        guard PageFormat.recognize(PageText(file: file.lastPathComponent, data: head)) != nil else { return head }
        guard let rest = try? handle.readToEnd() else { return nil }
        return head + rest
    }
}

extension ArchiveFolder {
    /// The visible entries of the folder, sorted; a clear error when it is not a folder.
    static func names(in url: URL) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ArchiveError("no archive folder at \(url.path): pass --archive DIR or set TALKS_ARCHIVE to a folder of saved pages")
        }
        do {
            return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { !$0.hasPrefix(".") }.sorted()
        } catch {
            throw ArchiveError("cannot list the archive folder \(url.path): \(error.localizedDescription)")
        }
    }

    /// A cheap signature of the folder from its files' names, sizes, modification times and
    /// inodes, without reading them: when it matches the index's, the pages are not read at all.
    public static func statSignature(of url: URL) throws -> String {
        var hasher = SHA256()
        hasher.update(Array("talks-index-schema-\(ArchiveIndex.schemaVersion)".utf8))
        for name in try names(in: url) {
            var info = stat()
            guard lstat(url.appendingPathComponent(name).path, &info) == 0,
                  [S_IFREG, S_IFLNK].contains(info.st_mode & S_IFMT) else { continue }
            // The mode too: a page made readable again must be read.
            let modified = "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
            hasher.update(Array("\(name)\u{0}\(info.st_size)\u{0}\(modified)\u{0}\(info.st_ino)\u{0}\(info.st_mode)\u{0}".utf8))
        }
        return SHA256.hexString(hasher.finish())
    }
}

/// A problem with the archive or its index, with what to do about it.
public struct ArchiveError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

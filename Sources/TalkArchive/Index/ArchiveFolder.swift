import Digest
import Foundation

/// The archive folder: the saved pages `talks` reads, and a fingerprint of their content.
public struct ArchiveFolder: Sendable {
    public let url: URL
    public let pages: [(name: String, data: Data)]
    /// SHA-256 over every file's name and bytes (and the index schema): any change means a rebuild.
    public let fingerprint: String

    /// Files larger than this are not pages; they are reported, not read whole.
    public static let maxPageBytes = 64 << 20

    /// Reads every visible regular file of `url`, sorted by name.
    public init(url: URL) throws {
        self.url = url
        let names = try ArchiveFolder.names(in: url)
        var pages: [(String, Data)] = []
        var hasher = SHA256()
        hasher.update(Array("talks-index-schema-\(ArchiveIndex.schemaVersion)".utf8))
        for name in names {
            let file = url.appendingPathComponent(name)
            let values = try? file.resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey])
            guard values?.isRegularFile == true else { continue }
            if let size = values?.fileSize, size > ArchiveFolder.maxPageBytes {
                pages.append((name, Data("\u{0}too large: \(size) bytes".utf8)))
                continue
            }
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw ArchiveError("cannot read \(file.path): check its permissions")
            }
            hasher.update(Array(name.utf8) + [0])
            hasher.update(Array(String(data.count).utf8) + [0])
            hasher.update(data)
            pages.append((name, data))
        }
        self.pages = pages
        fingerprint = SHA256.hexString(hasher.finish())
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
            guard stat(url.appendingPathComponent(name).path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            let modified = "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
            hasher.update(Array("\(name)\u{0}\(info.st_size)\u{0}\(modified)\u{0}\(info.st_ino)\u{0}".utf8))
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

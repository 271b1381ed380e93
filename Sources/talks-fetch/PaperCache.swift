import Foundation
import PaperText

/// The files of one paper in the cache directory: `<name>.pdf`, `<name>.part` while downloading, `<name>.txt`.
///
/// ```swift
/// let cache = PaperCache(directory: papers, name: "2304.09871")
/// cache.pdf   // papers/2304.09871.pdf, present only once complete and verified
/// ```
struct PaperCache: Sendable {
    /// The bytes every PDF starts with.
    static let magic = Array("%PDF-".utf8)

    let pdf: URL
    let part: URL

    init(directory: URL, name: String) {
        pdf = directory.appendingPathComponent(name + ".pdf")
        part = directory.appendingPathComponent(name + ".part")
    }

    /// The verified PDF when it is already cached: the user's own regular file, a whole PDF.
    var completePDF: URL? {
        OwnFile.isRegular(pdf) && Self.isWholePDF(pdf) ? pdf : nil
    }

    /// The length of a `.part` worth resuming (a PDF start, under the limit), else 0 after removing it.
    func resumableLength(limit: Int64) -> Int64 {
        let size = (try? FileManager.default.attributesOfItem(atPath: part.path)[.size] as? NSNumber)?.int64Value ?? 0
        if size > 0 && size < limit && OwnFile.isRegular(part) && Self.startsWithMagic(part) { return size }
        removePart()
        return 0
    }

    /// Opens the `.part` for writing at `offset`, cutting off anything after it.
    func openPart(at offset: Int64) throws -> FileHandle {
        let directory = part.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            // Never through a symlink or into another user's file (a shared cache's planted `.part`).
            let fd = open(part.path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw PaperFetchError.cache("cannot create \(part.path): \(String(cString: strerror(errno)))") }
            let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
            guard OwnFile.isRegular(part) else {
                throw PaperFetchError.cache("\(part.path) is not a file of yours: remove it")
            }
            try handle.truncate(atOffset: UInt64(offset))
            try handle.seek(toOffset: UInt64(offset))
            return handle
        } catch let error as PaperFetchError {
            throw error
        } catch {
            throw PaperFetchError.cache("\(directory.path): \(error.localizedDescription)")
        }
    }

    /// Renames the finished `.part` to `.pdf` in one step, after checking its length and first bytes.
    func promotePart(expectedLength: Int64?) throws -> URL {
        let size = (try? FileManager.default.attributesOfItem(atPath: part.path)[.size] as? NSNumber)?.int64Value ?? 0
        if let expectedLength, size != expectedLength {
            throw PaperFetchError.truncated(received: size, expected: expectedLength)
        }
        guard Self.isWholePDF(part) else {
            removePart()
            throw PaperFetchError.notPDF(contentType: nil)
        }
        guard rename(part.path, pdf.path) == 0 else {
            throw PaperFetchError.cache("cannot rename \(part.lastPathComponent): \(String(cString: strerror(errno)))")
        }
        return pdf
    }

    /// Deletes the `.part`, if any.
    func removePart() {
        try? FileManager.default.removeItem(at: part)
    }

    /// Whether the file at `url` begins with `%PDF-`.
    static func startsWithMagic(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: magic.count)) ?? Data()
        return Array(head) == magic
    }

    /// Whether `url` starts like a PDF and ends with a PDF's `%%EOF` marker (within its last 1 KiB,
    /// where the format allows trailing bytes): a page of junk that only begins with `%PDF-` is no paper.
    static func isWholePDF(_ url: URL) -> Bool {
        guard startsWithMagic(url), let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        guard let end = try? handle.seekToEnd() else { return false }
        try? handle.seek(toOffset: end > 1024 ? end - 1024 : 0)
        let tail = Array((try? handle.readToEnd()) ?? Data())
        let marker = Array("%%EOF".utf8)
        return tail.count >= marker.count && (0...(tail.count - marker.count)).contains { Array(tail[$0..<$0 + marker.count]) == marker }
    }
}

import Foundation

/// Reads a file line by line in constant memory, counting lines and bytes.
///
/// ```swift
/// let reader = try LineReader(url: file)
/// while let line = try reader.next() { … }   // reader.lineNumber, reader.bytesRead
/// ```
final class LineReader {
    /// A line longer than this is not a record of any format `talks` reads.
    static let maxLineBytes = 8 << 20

    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private(set) var lineNumber = 0
    private(set) var bytesRead: Int64 = 0
    let url: URL

    init(url: URL) throws {
        self.url = url
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw ArchiveError("cannot open \(url.path): \(error.localizedDescription)")
        }
    }

    deinit { try? handle.close() }

    /// The next line without its newline, or nil at the end of the file.
    func next() throws -> [UInt8]? {
        while true {
            if let newline = newlineIndex() {
                let line = Array(buffer[position..<newline])
                position = newline + 1
                lineNumber += 1
                return line
            }
            if buffer.count - position > LineReader.maxLineBytes {
                throw ArchiveError("\(url.path):\(lineNumber + 1): a line longer than \(LineReader.maxLineBytes >> 20) MiB; is this the right file?")
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                lineNumber += 1
                defer { position = buffer.count }
                return Array(buffer[position...])
            }
            // Drop what was consumed, then read the next chunk: copying once per chunk, not per line.
            buffer.removeSubrange(0..<position)
            position = 0
            let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            bytesRead += Int64(chunk.count)
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }

    /// The next newline at or after `position` (memchr: lines are kilobytes long).
    private func newlineIndex() -> Int? {
        buffer.withUnsafeBufferPointer { bytes in
            guard position < bytes.count, let base = bytes.baseAddress,
                  let found = memchr(base + position, 0x0A, bytes.count - position) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }
}

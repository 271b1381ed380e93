import Foundation

/// Writes generated files into a folder (or, for a single file, to one path), streaming.
public struct FolderSink: ByteSink {
    private let folder: URL?
    private let file: URL?
    private var handle: FileHandle?

    /// Files named by the generator, inside `folder` (created if missing).
    public init(folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        self.folder = folder
        file = nil
    }

    /// Every file the generator writes goes to `file` (one file of JSON lines).
    public init(file: URL) {
        folder = nil
        self.file = file
    }

    public mutating func begin(file name: String) throws {
        try end()
        let url = file ?? folder!.appendingPathComponent(name)
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw SyntheticArchiveError("cannot create \(url.path)")
        }
        handle = try FileHandle(forWritingTo: url)
    }

    public mutating func write(_ bytes: [UInt8]) throws {
        guard let handle else { throw SyntheticArchiveError("write before any file was begun") }
        try handle.write(contentsOf: bytes)
    }

    public mutating func end() throws {
        try handle?.close()
        handle = nil
    }
}

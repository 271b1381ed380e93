import Foundation

/// Keeps generated files in memory: for tests and small archives.
public struct MemorySink: ByteSink {
    /// The files written so far, in order.
    public private(set) var files: [(name: String, data: Data)] = []

    public init() {}

    public mutating func begin(file name: String) throws { files.append((name, Data())) }

    public mutating func write(_ bytes: [UInt8]) throws {
        guard !files.isEmpty else { throw SyntheticArchiveError("write before any file was begun") }
        files[files.count - 1].data.append(contentsOf: bytes)
    }

    public mutating func end() throws {}
}

import Digest

/// Where generated files go, one after another, in chunks; every byte and file name also feeds a
/// SHA-256, so a run can be compared with another by one digest.
public protocol ByteSink {
    /// Starts a file; the previous one, if any, is finished.
    mutating func begin(file name: String) throws
    /// Appends to the current file.
    mutating func write(_ bytes: [UInt8]) throws
    /// Finishes the current file.
    mutating func end() throws
}

/// Buffers writes into chunks of about a megabyte and tracks size and digest for any sink.
struct ChunkedWriter<Sink: ByteSink> {
    var sink: Sink
    private(set) var bytes = 0
    private(set) var files = 0
    private var hasher = SHA256()
    private var buffer: [UInt8] = []
    private static var chunkSize: Int { 1 << 20 }

    init(sink: Sink) {
        self.sink = sink
        buffer.reserveCapacity(Self.chunkSize + 4096)
    }

    mutating func begin(file name: String) throws {
        hasher.update(Array(name.utf8) + [0])
        files += 1
        try sink.begin(file: name)
    }

    mutating func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.chunkSize { try flush() }
    }

    mutating func end() throws {
        try flush()
        try sink.end()
    }

    /// The digest of every file name and byte so far, as lowercase hex.
    mutating func digest() -> String { SHA256.hexString(hasher.finish()) }

    private mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        hasher.update(buffer)
        bytes += buffer.count
        try sink.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

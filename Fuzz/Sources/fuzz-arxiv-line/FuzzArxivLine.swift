import Foundation
@testable import TalkArchive

/// Reads fuzzer bytes as an arXiv snapshot file, line by line, and turns each line into a record,
/// as `talks import` does (without the database insert).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("talks-fuzz-\(getpid()).jsonl")
    defer { try? FileManager.default.removeItem(at: file) }
    do {
        try Data(bytes: data, count: size).write(to: file)
        let reader = try LineReader(url: file)
        let decoder = JSONDecoder()
        while let line = try reader.next() {
            _ = (try? decoder.decode(ArxivEntry.self, from: line))?.record()
        }
    } catch {
        fatalError("reading the snapshot failed: \(error)")
    }
    return 0
}

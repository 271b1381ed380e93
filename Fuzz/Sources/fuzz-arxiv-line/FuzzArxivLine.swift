import Foundation
@testable import TalkArchive

/// Reads fuzzer bytes as an arXiv snapshot file, line by line, scans each line's JSON and turns it
/// into a paper, as `talks import` does (without the database insert).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("talks-fuzz-\(getpid()).jsonl")
    defer { try? FileManager.default.removeItem(at: file) }
    do {
        try Data(bytes: data, count: size).write(to: file)
        let reader = try LineReader(url: file)
        while let line = try reader.next() {
            _ = (try? ArxivEntry(line: line))?.paper()
        }
    } catch {
        fatalError("reading the snapshot failed: \(error)")
    }
    return 0
}

import Foundation
@testable import TalkArchive

/// Reads fuzzer bytes as an arXiv snapshot file, line by line, scans each line's JSON and turns it
/// into a paper, as `talks import` does (without the database insert), then reads its title and
/// abstract as the screen shows them (`TeXText.readable`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("talks-fuzz-\(getpid()).jsonl")
    defer { try? FileManager.default.removeItem(at: file) }
    do {
        try Data(bytes: data, count: size).write(to: file)
        let reader = try LineReader(url: file)
        while let line = try reader.next() {
            guard case .success(let paper)? = (try? ArxivEntry(line: line))?.paper() else { continue }
            _ = TeXText.readable(paper.title)
            _ = TeXText.readable(paper.abstract ?? "")
        }
    } catch {
        fatalError("reading the snapshot failed: \(error)")
    }
    return 0
}

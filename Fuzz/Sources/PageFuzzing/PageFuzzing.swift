import Foundation
import TalkArchive

/// Runs one page parser over fuzzer bytes, decoded by `PageText` as the archive folder decodes a
/// file, skipping format recognition so every input reaches the parser.
public func fuzzPage(_ data: UnsafePointer<UInt8>, _ size: Int, as format: PageFormat) -> CInt {
    let page = PageText(file: "fuzz.txt", data: Data(bytes: data, count: size))
    _ = ParsedPage.parse(page, as: format)
    return 0
}

import Foundation
import TalkArchive

/// Recognizes, parses, merges and indexes one page, as `talks` does with each file of its archive folder.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let archive = Archive.build(pages: [(name: "fuzz.txt", data: Data(bytes: data, count: size))])
    do {
        _ = try ArchiveIndex.inMemory(archive)
    } catch {
        fatalError("a page that parsed could not be indexed: \(error)")
    }
    return 0
}

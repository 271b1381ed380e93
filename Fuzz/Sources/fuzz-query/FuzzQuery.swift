import Foundation
import TalkArchive

/// A one-talk index, so that queries run both ranked (with words) and unranked (filters only).
let index: ArchiveIndex = {
    let page = """
        16. March 2026 @ 5pm CET
        Sharpness and flatness of minima
        Jane Doe, Stanford
        Abstract: Lyapunov exponents of training dynamics.
        """
    do {
        return try ArchiveIndex.inMemory(Archive.build(pages: [(name: "ellis.txt", data: Data(page.utf8))]))
    } catch {
        fatalError("cannot build the query index: \(error)")
    }
}()

/// Parses query text, compiles it to SQL and runs it, as `talks search` does. A refused query is
/// fine; a query that compiles to a MATCH string FTS5 rejects is a bug (user text is always quoted).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        _ = try index.search(text)
    } catch let error as QueryError where !error.message.hasPrefix("the search failed in the index") {
        return 0
    } catch {
        fatalError("query \(text.debugDescription) failed in SQLite: \(error)")
    }
    return 0
}

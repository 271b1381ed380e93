import CellText
import Foundation
import TalkArchive

/// The cache folder this process uses, checked once (`CacheFolder.prepare`); a warning about a
/// folder not to trust goes to standard error once.
enum CacheInUse {
    static func folder() throws -> URL {
        try resolved.get()
    }

    private static let resolved: Result<URL, ArchiveError> = {
        do {
            let (folder, warning) = try CacheFolder.prepare(IndexLocation.cacheDirectory())
            if let warning { FileHandle.standardError.write(Data("talks: \(TerminalSafeText.sanitize(warning))\n".utf8)) }
            return .success(folder)
        } catch let error as ArchiveError {
            return .failure(error)
        } catch {
            return .failure(ArchiveError("\(error)"))
        }
    }()
}

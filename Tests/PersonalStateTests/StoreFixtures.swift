import Foundation
import PersonalState
import TalkArchive

/// A fresh folder per test, and the bundled archive's index.
enum StoreFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func scratchFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("talks-marks-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The index of the bundled archive (built once, in memory).
    nonisolated(unsafe) static let index: ArchiveIndex = {
        let folder = try! ArchiveFolder(url: packageRoot.appendingPathComponent("archive"))
        return try! ArchiveIndex.inMemory(Archive.build(pages: folder.pages))
    }()
}

extension MarkStore {
    /// `names` as checked tag names (test input is known good).
    static func tags(_ names: String...) -> [TagName] { names.map { TagName($0)! } }
}

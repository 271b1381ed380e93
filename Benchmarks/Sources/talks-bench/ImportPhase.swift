import ArgumentParser
import Foundation
import TalkArchive

/// `talks-bench import-phase` (internal): imports an arXiv JSON-lines file through the public API
/// in a process of its own, so its time and peak memory are the import's alone; prints one JSON line.
struct ImportPhase: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-phase", abstract: "Import an arXiv snapshot and report time and memory (used by run).",
        shouldDisplay: false)

    @Option(help: "The JSON-lines file.") var file: String
    @Option(help: "The archive folder.") var archive: String
    @Option(help: "The index cache folder.") var cache: String

    struct Result: Codable {
        var seconds: Double
        var records: Int
        var indexBytes: Int
        var peakMemoryKB: Int
    }

    func run() throws {
        let summary = try ArchiveIndex.importArxiv(URL(fileURLWithPath: file), archive: URL(fileURLWithPath: archive),
                                                   cache: URL(fileURLWithPath: cache))
        let size = (try? FileManager.default.attributesOfItem(atPath: summary.indexPath)[.size] as? Int) ?? 0
        let result = Result(seconds: summary.seconds, records: summary.imported, indexBytes: size, peakMemoryKB: ProcessMemory.peakKB())
        print(String(decoding: try JSONEncoder().encode(result), as: UTF8.self))
    }
}

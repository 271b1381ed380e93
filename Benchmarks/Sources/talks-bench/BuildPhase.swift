import ArgumentParser
import Foundation
import TalkArchive

/// `talks-bench build-phase` (internal): builds one archive's index through the public API in a
/// process of its own, so its time and peak memory are the build's alone; prints one JSON line.
struct BuildPhase: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-phase", abstract: "Build an archive's index and report time and memory (used by run).",
        shouldDisplay: false)

    @Option(help: "The archive folder.") var archive: String
    @Option(help: "The index cache folder.") var cache: String

    /// What the phase reports to `run`.
    struct Result: Codable {
        var seconds: Double
        var records: Int
        var indexBytes: Int
        var peakMemoryKB: Int
        var errors: Int
    }

    func run() throws {
        let start = ContinuousClock.now
        let index = try ArchiveIndex.open(archive: URL(fileURLWithPath: archive), cache: URL(fileURLWithPath: cache))
        let seconds = (ContinuousClock.now - start).seconds
        let records = try index.records().count
        let size = index.path.flatMap { try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int } ?? 0
        let errors = try index.diagnostics().filter { $0.severity == .error }.count
        let result = Result(seconds: seconds, records: records, indexBytes: size,
                            peakMemoryKB: ProcessMemory.peakKB(), errors: errors)
        print(String(decoding: try JSONEncoder().encode(result), as: UTF8.self))
    }
}

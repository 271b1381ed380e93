import ArgumentParser
import Foundation
import TalkArchive

/// `talks-bench search-phase` (internal): opens a built index through the public API and times
/// every query of `BenchQuery.all` through `ArchiveIndex.search(_:limit:)`; prints one JSON line.
struct SearchPhase: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search-phase", abstract: "Time the query set through the talks API (used by run).",
        shouldDisplay: false)

    @Option(help: "The archive folder.") var archive: String
    @Option(help: "The index cache folder.") var cache: String
    @Option(help: "Timed runs of each query, after one untimed warm-up.") var repetitions = 50

    /// What the phase reports to `run`.
    struct Result: Codable {
        /// Seconds `ArchiveIndex.open` took on the existing index (it reads and hashes every page).
        var openSeconds: Double
        /// Per query, in `BenchQuery.all` order: each run's milliseconds.
        var milliseconds: [[Double]]
        /// Per query: the ids of the top 50, to compare with the shell's.
        var ids: [[String]]
        var peakMemoryKB: Int
    }

    func run() throws {
        let start = ContinuousClock.now
        let index = try ArchiveIndex.open(archive: URL(fileURLWithPath: archive), cache: URL(fileURLWithPath: cache))
        let openSeconds = (ContinuousClock.now - start).seconds
        var times: [[Double]] = []
        var ids: [[String]] = []
        for query in BenchQuery.all {
            ids.append(try index.search(query.text, limit: 50).map(\.record.id))
            var runs: [Double] = []
            for _ in 0..<repetitions {
                let t = ContinuousClock.now
                _ = try index.search(query.text, limit: 50)
                runs.append((ContinuousClock.now - t).seconds * 1000)
            }
            times.append(runs)
        }
        let result = Result(openSeconds: openSeconds, milliseconds: times, ids: ids, peakMemoryKB: ProcessMemory.peakKB())
        print(String(decoding: try JSONEncoder().encode(result), as: UTF8.self))
    }
}

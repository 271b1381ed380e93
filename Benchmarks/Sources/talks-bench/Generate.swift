import ArgumentParser
import Foundation
import SyntheticArchive

/// `talks-bench generate`: writes a synthetic archive and prints its size and digest.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a deterministic synthetic archive: talk pages into a folder, or arXiv JSON lines into a file.")

    @Option(help: "What to write: pages (ELLIS and Markdown schedule pages) or arxiv (JSON lines).")
    var kind: SyntheticKind = .pages

    @Option(help: "How many talks or papers to write.")
    var records: Int

    @Option(help: "The seed; the same seed and size always write the same bytes.")
    var seed: UInt64 = 1

    @Option(help: "The folder (pages) or file (arxiv) to write.")
    var out: String

    func validate() throws {
        guard records > 0 else { throw ValidationError("--records must be at least 1") }
    }

    func run() throws {
        let url = URL(fileURLWithPath: out)
        let archive = SyntheticArchive(records: records, seed: seed)
        let start = ContinuousClock.now
        let summary = switch kind {
        case .pages: try archive.write(.pages, into: FolderSink(folder: url)).summary
        case .arxiv: try archive.write(.arxiv, into: FolderSink(file: url)).summary
        }
        let seconds = (ContinuousClock.now - start).seconds
        print("wrote \(records) records in \(summary.files) file(s), \(summary.bytes) bytes, in \(String(format: "%.1f", seconds)) s")
        print("sha256 \(summary.sha256)")
    }
}

extension SyntheticKind: ExpressibleByArgument {}

extension Duration {
    /// The duration in seconds, as a double.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}

import Foundation
import GRDB

/// Streams an arXiv metadata snapshot (JSON lines) into an index being built, in constant memory.
struct ArxivImporter {
    static let format = "arxiv-jsonl"

    let file: URL
    let progress: (ImportProgress) -> Void
    private(set) var skipped = 0
    private(set) var firstProblems: [String] = []

    init(file: URL, progress: @escaping (ImportProgress) -> Void) {
        self.file = file
        self.progress = progress
    }

    /// Inserts every entry; a line that is not JSON of the snapshot's shape stops the import with
    /// its file and line (nothing is written: the build's transaction is abandoned).
    mutating func insertAll(_ db: Database) throws -> ImportSource {
        let total = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int64) ?? 0
        let reader = try LineReader(url: file)
        let origin = file.standardizedFileURL.path
        let start = Date()
        var imported = 0
        var lastReport = start
        while let line = try reader.next() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let entry: ArxivEntry
            do {
                entry = try ArxivEntry(line: line)
            } catch {
                throw ArchiveError("\(file.path):\(reader.lineNumber): not a line of the arXiv metadata snapshot (\(error.message)); nothing was imported")
            }
            switch entry.paper() {
            case .success(let paper):
                try paper.insert(origin: origin, db)
                imported += 1
            case .failure(let problem):
                skipped += 1
                if firstProblems.count < 5 { firstProblems.append("\(file.lastPathComponent):\(reader.lineNumber): \(problem.message)") }
            }
            if imported % 1000 == 0, Date().timeIntervalSince(lastReport) > 0.2 {
                lastReport = Date()
                progress(ImportProgress(records: imported, bytesRead: reader.bytesRead, totalBytes: total, elapsed: lastReport.timeIntervalSince(start)))
            }
        }
        progress(ImportProgress(records: imported, bytesRead: total, totalBytes: total, elapsed: Date().timeIntervalSince(start)))
        return ImportSource(path: origin, format: ArxivImporter.format, records: imported, bytes: total)
    }
}

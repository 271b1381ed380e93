import Foundation

/// A deterministic synthetic archive of `records` talks or papers: the same size and seed write
/// the same bytes, in the formats `talks` reads.
///
/// ```swift
/// let archive = SyntheticArchive(records: 100_000, seed: 1)
/// let summary = try archive.write(.pages, into: FolderSink(folder: dir))   // ELLIS + Markdown pages
/// try archive.write(.arxiv, into: FolderSink(file: jsonl))                 // one JSON object per line
/// ```
/// Writing streams in chunks of about a megabyte: memory stays flat at any size.
public struct SyntheticArchive: Sendable {
    public var records: Int
    public var seed: UInt64

    /// What a write produced.
    public struct Summary: Sendable, Equatable {
        public var files: Int
        public var bytes: Int
        /// SHA-256 over every file's name and bytes, in order.
        public var sha256: String
    }

    /// - Parameters:
    ///   - records: how many talks (`.pages`) or papers (`.arxiv`), at least 1.
    ///   - seed: any value.
    public init(records: Int, seed: UInt64) {
        precondition(records > 0, "a synthetic archive needs at least one record")
        self.records = records
        self.seed = seed
    }

    /// The name of the single file `.arxiv` writes.
    public static let arxivFileName = "arxiv-metadata.jsonl"

    /// Writes the archive into `sink` and returns the sink (holding what it kept) with a summary.
    public func write<Sink: ByteSink>(_ kind: SyntheticKind, into sink: Sink) throws -> (sink: Sink, summary: Summary) {
        var writer = ChunkedWriter(sink: sink)
        var generator = RecordGenerator(seed: seed)
        switch kind {
        case .pages: try writePages(&writer, &generator)
        case .arxiv: try writeArxiv(&writer, &generator)
        }
        let summary = Summary(files: writer.files, bytes: writer.bytes, sha256: writer.digest())
        return (writer.sink, summary)
    }

    /// The archive's files in memory (small sizes: tests).
    public func files(_ kind: SyntheticKind) throws -> [(name: String, data: Data)] {
        try write(kind, into: MemorySink()).sink.files
    }

    private func writePages<Sink: ByteSink>(_ writer: inout ChunkedWriter<Sink>, _ generator: inout RecordGenerator) throws {
        for file in PagePlan(records: records).files {
            try writer.begin(file: file.name)
            switch file.format {
            case .ellis:
                try writer.write(EllisPage.preamble + "\n")
                for index in 0..<file.count {
                    try writer.write(EllisPage.block(generator.next(on: file.day(of: index), withAbstract: 0.9)))
                }
            case .markdown(let name):
                let slug = String(file.name.prefix { $0 != "-" })
                try writer.write(MarkdownPage.header(seriesName: name, slug: slug))
                for index in 0..<file.count {
                    try writer.write(MarkdownPage.row(generator.next(on: file.day(of: index), withAbstract: 0), slug: slug))
                }
            }
            try writer.end()
        }
    }

    private func writeArxiv<Sink: ByteSink>(_ writer: inout ChunkedWriter<Sink>, _ generator: inout RecordGenerator) throws {
        try writer.begin(file: SyntheticArchive.arxivFileName)
        let first = PagePlan.firstDay.ordinal, span = PagePlan.spanDays
        for index in 0..<records {
            let day = CalendarDay(ordinal: first + Int(Int64(index) * Int64(span) / Int64(records)))
            try writer.write(ArxivLine.line(generator.next(on: day)))
        }
        try writer.end()
    }
}

import Foundation

/// The whole archive after parsing and merging: one record per talk and per paper, newest first.
public struct Archive: Sendable {
    /// What one file of the archive folder was recognized as and what it yielded.
    public struct SourceFile: Sendable, Codable, Hashable {
        public var name: String
        public var format: PageFormat?
        public var talks: Int
        public var papers: Int
        public var notes: Int
        public var topics: Int
        /// Entries of a facts file.
        public var facts: Int
    }

    public var records: [ArchiveRecord]
    public var notes: [SeriesNote]
    public var topics: [Topic]
    public var files: [SourceFile]
    public var diagnostics: [Diagnostic]

    public var talks: [ArchiveRecord] { records.filter { $0.kind == .talk } }
    public var papers: [ArchiveRecord] { records.filter { $0.kind == .paper } }

    public func record(id: String) -> ArchiveRecord? { records.first { $0.id == id } }
}

extension Archive {
    /// Parses and merges pages given as (file name, bytes).
    public static func build(pages: [(name: String, data: Data)]) -> Archive {
        var diagnostics: [Diagnostic] = []
        var parsed: [ParsedPage] = []
        var files: [SourceFile] = []
        for (name, data) in pages {
            let text = PageText(file: name, data: data)
            guard let format = PageFormat.recognize(text) else {
                let why = text.looksBinary ? "a binary file" : "not a page format talks knows"
                diagnostics.append(Diagnostic(.warning, .unrecognizedFile, at: nil,
                    "\(name): skipped, \(why) (ELLIS schedule, ELLIS topics, Markdown schedule table, Daily Papers listing, paper facts in TOML, frab schedule.xml, schedule JSON)"))
                files.append(SourceFile(name: name, format: nil, talks: 0, papers: 0, notes: 0, topics: 0, facts: 0))
                continue
            }
            let page = ParsedPage.parse(text, as: format)
            parsed.append(page)
            files.append(SourceFile(name: name, format: format, talks: page.talks.count, papers: page.papers.count,
                                    notes: page.notes.count, topics: page.topics.count, facts: page.facts.count))
        }
        var merger = ArchiveMerger(pages: parsed)
        let records = merger.merge()
        diagnostics += parsed.flatMap(\.diagnostics) + merger.diagnostics
        return Archive(records: records, notes: parsed.flatMap(\.notes), topics: merger.topics,
                       files: files, diagnostics: diagnostics)
    }
}

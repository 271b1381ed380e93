import ArxivAPI
import TalksVersion
import Foundation

/// The facts file `talks enrich` writes in the archive folder, `arxiv-enriched.toml`: read back, merged
/// with new facts, and replaced in one step.
///
/// ```swift
/// let file = try EnrichFile.read(in: folder)                 // what earlier runs wrote
/// let merge = EnrichFile.merge(file.facts, with: results.facts)
/// try EnrichFile.write(merge.entries, header: EnrichFile.header(api: api, at: now), in: folder)
/// ```
/// Entries are keyed by arXiv id (else by normalized title): a new entry replaces the old one of the
/// same paper, the others stay. An entry whose facts did not change (only when or from which URL
/// they were read) is kept as it was, so that a re-run leaves the file alone.
public enum EnrichFile {
    public static let name = "arxiv-enriched.toml"

    /// The file's entries, and anything wrong with it (an entry it could not read would be lost by
    /// rewriting the file, so a file with problems is not written over).
    public struct Contents: Sendable {
        public var facts: [PaperFacts] = []
        public var problems: [Diagnostic] = []
        public var exists = false
    }

    public static func url(in folder: URL) -> URL { folder.appendingPathComponent(name) }

    /// - Throws: ``ArchiveError`` when the file exists but cannot be read.
    public static func read(in folder: URL) throws -> Contents {
        let url = url(in: folder)
        guard FileManager.default.fileExists(atPath: url.path) else { return Contents() }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ArchiveError("cannot read \(url.path): check its permissions")
        }
        let page = PageText(file: name, data: data)
        guard PaperFactsFile.recognizes(page.lines.map(\.text)) else {
            let empty = page.lines.allSatisfy { $0.text.trimmingCharacters(in: .whitespaces).isEmpty || $0.text.hasPrefix("#") }
            return Contents(problems: empty ? [] : [Diagnostic(.error, .unparsedLine, at: page.ref(1), "not a facts file (no [[paper]] table)")], exists: true)
        }
        let parsed = PaperFactsFile.parse(page)
        return Contents(facts: parsed.facts.map(\.facts), problems: page.decodingProblems + parsed.diagnostics, exists: true)
    }

    /// The result of merging new facts into the file's.
    public struct Merge: Sendable {
        public var entries: [PaperFacts]
        public var added = 0
        public var updated = 0
        public var unchanged = 0
        /// Whether the file would change at all.
        public var changes: Bool { added + updated > 0 }
    }

    public static func merge(_ existing: [PaperFacts], with new: [PaperFacts]) -> Merge {
        var byKey: [String: PaperFacts] = [:]
        for facts in existing { byKey[key(facts)] = facts }
        var merge = Merge(entries: [])
        for facts in new {
            // A paper found by title earlier is keyed by title; now that it has an id, by that.
            let titleKey = "title:" + TextTools.titleKey(facts.title)
            let old = byKey[key(facts)] ?? byKey[titleKey]
            if byKey[titleKey] != nil, key(facts) != titleKey { byKey[titleKey] = nil }
            if let old, sameFacts(old, facts) {
                merge.unchanged += 1
                byKey[key(facts)] = old
            } else {
                if old == nil { merge.added += 1 } else { merge.updated += 1 }
                byKey[key(facts)] = facts
            }
        }
        merge.entries = byKey.sorted { $0.key < $1.key }.map(\.value)
        return merge
    }

    /// The comment at the top of the file.
    public static func header(api: String, at instant: String) -> String {
        """
        Written by `talks enrich` (talks \(TalksVersion.current)) on \(instant) from \(api).
        What the arXiv API says of this archive's talks and papers: one [[paper]] table each, with the
        URL asked (source) and when (retrieved). A re-run replaces the entries it asks about again and
        keeps the rest; `talks enrich --refresh` asks about every record again.
        """
    }

    /// Replaces the file with `entries`, atomically: a temporary file beside it, flushed, then renamed.
    ///
    /// - Throws: ``ArchiveError`` naming the file when it cannot be written.
    public static func write(_ entries: [PaperFacts], header: String, in folder: URL) throws {
        let target = url(in: folder)
        // A dot file: the archive reader skips it should it be left behind.
        let temporary = folder.appendingPathComponent(".\(name).\(getpid()).tmp")
        let data = Data(PaperFactsFile.render(entries, header: header).utf8)
        do {
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
                throw ArchiveError("cannot create \(temporary.path)")
            }
            let handle = try FileHandle(forWritingTo: temporary)
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
            guard rename(temporary.path, target.path) == 0 else {
                throw ArchiveError("cannot replace \(target.path): \(String(cString: strerror(errno)))")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw (error as? ArchiveError) ?? ArchiveError("cannot write \(target.path): \(error.localizedDescription)")
        }
    }

    private static func key(_ facts: PaperFacts) -> String {
        facts.arxiv ?? "title:" + TextTools.titleKey(facts.title)
    }

    /// Equal but for when and where they were read.
    private static func sameFacts(_ a: PaperFacts, _ b: PaperFacts) -> Bool {
        var a = a, b = b
        a.retrieved = nil; b.retrieved = nil
        a.source = ""; b.source = ""
        return a == b
    }
}

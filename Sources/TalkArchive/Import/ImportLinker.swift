import Foundation
import GRDB

/// Links the archive's talks to the imported papers they discuss (a shared arXiv id), both ways,
/// so a talk shows its paper's title, authors and abstract.
enum ImportLinker {
    static func linkTalks(_ talks: [ArchiveRecord], encoder: JSONEncoder, _ db: Database) throws {
        for talk in talks where !talk.arxiv.isEmpty {
            var updated = talk
            for id in talk.arxiv {
                let paperID = ImportedPaper.id(arxiv: id)
                guard let row = try Row.fetchOne(db, sql: "SELECT \(RecordSchema.selected) FROM \(RecordSchema.table) WHERE id = ?", arguments: [paperID]) else { continue }
                var paper = try RecordSchema.decode(row)
                if !paper.related.contains(talk.id) {
                    paper.related.append(talk.id)
                    try db.execute(sql: "UPDATE \(RecordSchema.table) SET json = ? WHERE id = ?", arguments: [try encoder.encode(paper), paperID])
                }
                if !updated.related.contains(paperID) { updated.related.append(paperID) }
            }
            if updated.related != talk.related {
                try db.execute(sql: "UPDATE \(RecordSchema.table) SET json = ? WHERE id = ?", arguments: [try encoder.encode(updated), talk.id])
            }
        }
    }

    /// How many talks an index links to imported papers.
    static func linkedTalkCount(_ talks: [ArchiveRecord], _ db: Database) throws -> Int {
        var count = 0
        for talk in talks where !talk.arxiv.isEmpty {
            let ids = talk.arxiv.map { ImportedPaper.id(arxiv: $0) }
            let found = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(RecordSchema.table) WHERE id IN (\(ids.map { _ in "?" }.joined(separator: ",")))",
                                         arguments: StatementArguments(ids)) ?? 0
            if found > 0 { count += 1 }
        }
        return count
    }
}

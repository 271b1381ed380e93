import ArgumentParser

/// One query of the fixed set: as a user types it into `talks`, and as the equivalent raw FTS5
/// statement the `sqlite3` shell runs (what `SearchQuery.compile()` produces for it).
struct BenchQuery: Codable, Sendable {
    /// The kind of query, for the report: "word", "typing", "phrase", "field", "dates", "series".
    var group: String
    /// The query in `talks` syntax.
    var text: String
    /// The FTS5 MATCH expression, before the index lists prefixes as their words
    /// (`ArchiveIndex.matchExpression(for:)` gives the one it runs).
    var match: String
    /// Extra SQL conditions on `record`, or "".
    var filter: String = ""

    /// The statement the shell runs with `compiled`, the MATCH the index ran (`match` when nil):
    /// ranked like `ArchiveIndex.search`, the ids of the top 50.
    ///
    /// ```sql
    /// SELECT record.id FROM record_fts JOIN record ON record.rowid = record_fts.rowid
    /// WHERE record_fts MATCH '…' AND <filter> ORDER BY bm25(record_fts, 10.0, 8.0, 3.0, 1.0, 2.0), record.date DESC, record.id LIMIT 50;
    /// ```
    func sql(match compiled: String? = nil) -> String {
        let escaped = (compiled ?? match).replacingOccurrences(of: "'", with: "''")
        return "SELECT record.id FROM record_fts JOIN record ON record.rowid = record_fts.rowid WHERE record_fts MATCH '\(escaped)'"
            + (filter.isEmpty ? "" : " AND \(filter)")
            + " ORDER BY bm25(record_fts, 10.0, 8.0, 3.0, 1.0, 2.0), record.date DESC, record.id DESC LIMIT 50;"
    }

    /// Which archive the queries run on: generated talk pages, or imported papers (which have no
    /// series: a year filter stands in for the series filter).
    enum Set: String, Codable, CaseIterable, ExpressibleByArgument {
        case pages, papers

        var queries: [BenchQuery] {
            switch self {
            case .pages: return BenchQuery.all
            case .papers:
                return BenchQuery.all.dropLast() + [
                    BenchQuery(group: "year", text: "training year:2008", match: BenchQuery.anyText + "\"training\"*",
                               filter: "substr(record.date, 1, 4) = '2008'"),
                ]
            }
        }

        /// The `kind:` the browser adds to every query.
        var kind: String { self == .pages ? "talk" : "paper" }
    }

    static let anyText = "{title speakers affiliations abstract} : "

    /// The fixed mixed set: single words, "lyapunov" and "optimizers" typed letter by letter, phrases, field
    /// filters, date ranges and a series.
    static let all: [BenchQuery] = {
        let text = anyText
        var queries = [
            BenchQuery(group: "word", text: "network", match: text + "\"network\"*"),
            BenchQuery(group: "word", text: "grokking", match: text + "\"grokking\"*"),
            BenchQuery(group: "word", text: "sharpness minimization", match: text + "(\"sharpness\"* AND \"minimization\"*)"),
        ]
        // "optimizers" has other forms in the generated vocabulary (optimization, optimize): its
        // keys read the stemmed words, the acronyms and the words inside names as well.
        for word in ["lyapunov", "optimizers"] {
            for length in 1...word.count {
                let typed = String(word.prefix(length))
                queries.append(BenchQuery(group: "typing", text: typed, match: text + "\"\(typed)\"*"))
            }
        }
        queries += [
            BenchQuery(group: "phrase", text: "\"neural network\"", match: text + "\"neural network\""),
            BenchQuery(group: "phrase", text: "\"gradient descent\"", match: text + "\"gradient descent\""),
            BenchQuery(group: "field", text: "speaker:chen", match: "speakers : \"chen\"*"),
            BenchQuery(group: "field", text: "title:grokking", match: "title : \"grokking\"*"),
            BenchQuery(group: "dates", text: "gradient after:2020-01-01 before:2022-01-01", match: text + "\"gradient\"*",
                       filter: "record.date >= '2020-01-01' AND record.date < '2022-01-01'"),
            BenchQuery(group: "series", text: "training series:dltrg", match: text + "\"training\"*",
                       filter: "record.series = 'dltrg'"),
        ]
        return queries
    }()
}

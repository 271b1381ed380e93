/// What a detail view shows of a paper's facts, as labelled rows, the same in the browser and `talks show`.
public struct FactRow: Hashable, Sendable {
    public var label: String
    public var value: String
}

extension PaperFacts {
    /// ```
    /// arXiv      1806.07572 · first version 2018-06-20 · cs.LG stat.ML
    /// DOI        10.1103/…
    /// Journal    NeurIPS 2018
    /// Withdrawn  v2 (3 Apr 2026): this paper has been withdrawn by …
    /// ```
    /// `for` a talk, the rows start with the paper it discussed (its title, unless the talk has the
    /// same) and its authors; a paper's authors are its own and shown as such.
    public func detailRows(for record: ArchiveRecord) -> [FactRow] {
        var rows: [FactRow] = []
        if record.kind == .talk {
            if TextTools.titleKey(title) != TextTools.titleKey(record.title) { rows.append(FactRow(label: "Paper", value: title)) }
            if !authors.isEmpty { rows.append(FactRow(label: "Authors", value: authors.map(\.name).joined(separator: ", "))) }
        }
        var identity = arxiv.map { ["arXiv \($0)"] } ?? []
        if let published { identity.append("first version \(published.iso)") }
        if let updated, updated != published { identity.append("updated \(updated.iso)") }
        if !categories.isEmpty { identity.append(categories.joined(separator: " ")) }
        if !identity.isEmpty { rows.append(FactRow(label: "Paper id", value: identity.joined(separator: " · "))) }
        if let doi { rows.append(FactRow(label: "DOI", value: doi)) }
        if let journalRef { rows.append(FactRow(label: "Journal", value: journalRef)) }
        if withdrawn { rows.append(FactRow(label: "Withdrawn", value: comment ?? "withdrawn by its authors")) }
        return rows
    }

    /// Where the facts were read, for the end of a detail view beside the pages' own sources.
    public var provenance: FactRow {
        FactRow(label: "Facts from", value: source + (retrieved.map { " (\($0))" } ?? ""))
    }
}

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
    /// Facts      https://arxiv.org/abs/1806.07572 (2026-12-03)
    /// ```
    /// `withAuthors` adds the title and authors first: a talk shows the paper it discussed.
    public func detailRows(withAuthors: Bool) -> [FactRow] {
        var rows: [FactRow] = []
        if withAuthors {
            rows.append(FactRow(label: "Paper", value: title))
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
        rows.append(FactRow(label: "Facts from", value: source + (retrieved.map { " (\($0))" } ?? "")))
        return rows
    }
}

import TalkArchive

extension ArchiveIndex {
    /// The one record `reference` stands for (`ArchiveIndex.lookup`), or a failure that says what
    /// was found instead: ids starting alike, or every record linking an ambiguous paper.
    ///
    /// ```swift
    /// try index.requireRecord("ellis-2026-03")
    /// // CommandFailure: no talk or paper has the id “ellis-2026-03”; did you mean ellis-2026-03-02, …?
    /// ```
    func requireRecord(_ reference: String) throws -> ArchiveRecord {
        switch try lookup(reference) {
        case .found(let record):
            return record
        case .ambiguous(let identifier, let records):
            let list = records.map { "\($0.id) (\($0.kind.rawValue): \($0.title))" }.joined(separator: "; ")
            throw CommandFailure("\(records.count) records link \(identifier): \(list); name one by its id")
        case .notFound(_, let identifier?):
            throw CommandFailure("no talk or paper links \(identifier); `talks enrich` or `talks import` may know it")
        case .notFound(let near, nil):
            let hint = near.isEmpty ? "; `talks list` shows the ids" : "; did you mean \(near.joined(separator: ", "))?"
            throw CommandFailure("no talk or paper has the id “\(reference)”\(hint)")
        }
    }
}

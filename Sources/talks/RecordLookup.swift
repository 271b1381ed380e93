import TalkArchive

extension ArchiveIndex {
    /// The record with `id`, or a failure that suggests ids starting alike.
    ///
    /// ```swift
    /// try index.requireRecord("ellis-2026-03")
    /// // CommandFailure: no talk or paper has the id “ellis-2026-03”; did you mean ellis-2026-03-02, …?
    /// ```
    func requireRecord(_ id: String) throws -> ArchiveRecord {
        if let record = try record(id: id) { return record }
        let near = try ids(like: String(id.prefix(10)))
        let hint = near.isEmpty ? "; `talks list` shows the ids" : "; did you mean \(near.joined(separator: ", "))?"
        throw CommandFailure("no talk or paper has the id “\(id)”\(hint)")
    }
}

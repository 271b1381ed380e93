import TalkArchive

/// The records related to the selected one, for the detail: asked for with `.loadRelated` when
/// the detail shows a record, back with `.relatedLoaded`, so drawing never reads the index.
public struct RelatedRecords: Equatable, Sendable {
    /// The record they are related to, set when they are asked for.
    public var recordID: String?
    public var records: [ArchiveRecord] = []

    public init(recordID: String? = nil, records: [ArchiveRecord] = []) {
        self.recordID = recordID
        self.records = records
    }

    /// These records when they are `record`'s, else none (yet).
    func records(of record: ArchiveRecord?) -> [ArchiveRecord] {
        guard let record, record.id == recordID else { return [] }
        return records
    }
}

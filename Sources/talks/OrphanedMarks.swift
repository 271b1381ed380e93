import CellText
import Foundation
import PersonalState
import TalkArchive

/// Marks of records the archive no longer has: kept (the record may come back, or be renamed),
/// and reported by `talks check` so the reader can move or clear them.
enum OrphanedMarks {
    /// The ids with marks that no record of `index` has; none when there is no store yet (check
    /// creates nothing) or in kiosk mode.
    static func find(_ archive: ArchiveOptions, index: ArchiveIndex) throws -> [String] {
        try archive.existingMarkStore()?.allMarks().keys.sorted().filter { try index.record(id: $0) == nil } ?? []
    }
}

extension HumanOutput {
    mutating func orphanedMarks(_ ids: [String]) {
        guard !ids.isEmpty else { return }
        emit()
        emit(bold("Marks without a record (\(ids.count))"))
        for id in ids { row("  " + TerminalSafeText.sanitize(id), "no longer in the archive; its marks are kept (talks marks, talks unstar …)", keyWidth: 2 + (ids.map(\.count).max() ?? 0)) }
    }
}

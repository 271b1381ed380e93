import TalkArchive
import TalksUI

/// What `o`, the link digits and `y` reach: the executable's opener, OSC 8 links and OSC 52
/// clipboard; in tests, a recorder. Each call returns the notice for the status line.
public protocol LinkOpening: AnyObject {
    /// Opens link `number` (nil: the best one) of `record` with the opener.
    func open(_ record: ArchiveRecord, number: Int?) -> String
    /// Shows link `number` (nil: the best one) of `record`, launching nothing (kiosk mode).
    func show(_ record: ArchiveRecord, number: Int?) -> String
    /// Copies `record`'s link, BibTeX entry or citation line to the user's clipboard. Returns the
    /// notice in several lengths, longest first (a fix to say must fit a narrow status line).
    func copy(_ record: ArchiveRecord, as format: CopyFormat) -> [String]
    /// After every paint: the notice on the status line now (nil: none), on row `row`. A link
    /// shown there is drawn clickable while its notice stays.
    func painted(notice: String?, row: Int)
}

import TalkArchive

/// The formats `talks export` writes, each a pure function from records to text.
///
/// ```swift
/// let output = ExportFormat.ics.render(records, options: ExportOptions(now: Date()))
/// output.text      // "BEGIN:VCALENDAR\r\n…"
/// output.skipped   // ["51 papers: a calendar holds talks"]
/// ```
public enum ExportFormat: String, CaseIterable, Sendable {
    case ics
    case bibtex
    case biblatex
    case cslJSON = "csl-json"
    case frab

    /// One line for the help, under 70 characters.
    public var summary: String {
        switch self {
        case .ics: return "iCalendar: an event per talk in UTC, all day if untimed; no papers"
        case .bibtex: return "BibTeX: papers as @misc with arXiv eprint, talks with howpublished"
        case .biblatex: return "biblatex: papers as @online (eprinttype arxiv), talks as @misc"
        case .cslJSON: return "CSL-JSON (Pandoc, Zotero): papers as article, talks as speech"
        case .frab: return "frab schedule.xml (Giggity, ConfClerk, EventFahrplan): timed talks"
        }
    }

    /// The records as this format's text, oldest first (then by id), whatever order they came in.
    public func render(_ records: [ArchiveRecord], options: ExportOptions) -> ExportOutput {
        let keys = records.map { ($0.date, $0.id) }
        let ordered = records.indices.sorted { keys[$0] < keys[$1] }.map { records[$0] }
        switch self {
        case .ics: return ICalendarExport.render(ordered, options: options)
        case .bibtex: return BibTeXExport.render(ordered, dialect: .bibtex)
        case .biblatex: return BibTeXExport.render(ordered, dialect: .biblatex)
        case .cslJSON: return CSLJSONExport.render(ordered)
        case .frab: return FrabExport.render(ordered)
        }
    }
}

/// An export's text, how many entries it holds, and what was left out and why.
public struct ExportOutput: Sendable {
    public var text: String
    public var entries: Int
    /// One line per kind of record left out: "51 papers: a calendar holds talks".
    public var skipped: [String]

    public init(text: String, entries: Int, skipped: [String] = []) {
        self.text = text
        self.entries = entries
        self.skipped = skipped
    }
}

import TalkArchive

/// What a bibliography says of a record, shared by BibTeX, biblatex and CSL-JSON.
///
/// A paper: its facts (`PaperFacts`: arXiv id, authors, first version's date, primary category,
/// DOI, journal reference) where a facts file or an import gave them, else what its page says.
/// A talk: its speakers as authors, its date, its series as the venue, and the papers it discussed.
struct Citation {
    var record: ArchiveRecord
    /// "Untitled" when the page gives none: every style needs one.
    var title: String
    var authors: [PersonName]
    /// The date cited: a paper's first version, a talk's day.
    var date: Day
    var arxiv: String?
    var primaryClass: String?
    var doi: String?
    var journalRef: String?
    var url: String?
    /// A talk's series, in full ("Deep Learning Theory Reading Group"); nil for a paper.
    var venue: String?
    /// For a talk: "Neural Tangent Kernel: … (arXiv:1806.07572)", the papers it discussed.
    var discussed: [String]

    var isTalk: Bool { record.kind == .talk }

    /// Only CSL-JSON carries it: worked out when asked.
    var abstract: String? { TalkDescription.abstract(record) }

    init(_ record: ArchiveRecord) {
        self.record = record
        let facts = record.kind == .paper ? record.paperFacts.first : nil
        title = ExportText.nonEmptyLine(record.title) ?? "Untitled"
        let people = facts.map { $0.authors.isEmpty ? record.speakers : $0.authors } ?? record.speakers
        authors = people.map { PersonName($0.name) }.filter { $0.literal?.isEmpty != true }
        date = facts?.published ?? record.date
        arxiv = ExportText.nonEmptyLine(facts?.arxiv ?? (record.kind == .paper ? record.arxiv.first : nil))
        primaryClass = ExportText.nonEmptyLine(facts?.categories.first)
        doi = ExportText.nonEmptyLine(facts?.doi)
        journalRef = ExportText.nonEmptyLine(facts?.journalRef)
        if record.kind == .paper {
            url = arxiv.flatMap { ExportText.url("https://arxiv.org/abs/\($0)") } ?? TalkDescription.preferredURL(record)
        } else {
            url = TalkDescription.preferredURL(record)
        }
        venue = record.series.map { ExportText.line($0.displayName) }
        discussed = record.kind == .talk ? record.paperFacts.map { paper in
            ExportText.line(paper.title) + (paper.arxiv.map { " (arXiv:\(ExportText.line($0)))" } ?? "")
        } : []
    }

    /// "Talk at the Deep Learning Theory Reading Group": BibTeX's howpublished.
    var howPublished: String? { venue.map { "Talk at the \($0)" } }

    /// "Discusses Neural Tangent Kernel: … (arXiv:1806.07572)", else the journal reference.
    var note: String? {
        if !discussed.isEmpty { return "Discusses " + discussed.joined(separator: "; ") }
        return journalRef
    }
}

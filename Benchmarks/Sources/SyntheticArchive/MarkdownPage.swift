/// Writes talks as a DLTRG-style Jekyll page with a Markdown schedule table, the shape of
/// `archive/dltrg-schedule.md`:
///
/// ```text
/// | 29/03/2023      | [A Theory on Adam Instability](https://arxiv.org/abs/2304.09871) | [Notes](https://…) |
/// ```
enum MarkdownPage {
    /// Front matter naming the series, then the table's header and separator rows.
    static func header(seriesName: String, slug: String) -> String {
        """
        ---
        layout: archive
        title: "\(seriesName)"
        permalink: /\(slug.uppercased())/
        author_profile: true
        ---

        {% include base_path %}

        ## Schedule

        | Date            | Paper | Resources  |
        | --------------- |:-----:|:----------:|

        """
    }

    /// One table row, ending with a newline; about half the rows link notes (decided by the id).
    static func row(_ record: SyntheticRecord, slug: String) -> String {
        let hasNotes = record.arxivID.last.map { "02468".contains($0) } ?? false
        let notes = hasNotes ? "[Notes](https://notes.example.org/\(slug)/\(record.arxivID).pdf)" : ""
        return "| \(record.day.dayMonthYear)      | [\(record.title)](https://arxiv.org/abs/\(record.arxivID)) | \(notes) |\n"
    }
}

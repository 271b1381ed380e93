/// How a number of talks is laid out in page files, decided before any text is drawn.
///
/// - A fifth of the talks (at most half a talk per day per series) go to DLTRG-style Markdown
///   tables, spread over four series; the rest to ELLIS schedule pages.
/// - At most `recordsPerFile` talks per file. Each file of a series covers its own range of days,
///   so the merger never sees one talk on two pages, and a table never repeats a date.
/// - Dates run from 2 April 2007 (the first modern arXiv month) to 29 June 2026, oldest first.
struct PagePlan: Sendable {
    /// One page file to write.
    struct File: Sendable {
        var name: String
        var format: Format
        var count: Int
        /// Ordinal days `[firstDay, endDay)` the file's talks fall on.
        var firstDay: Int
        var endDay: Int

        /// The day of the file's talk number `index`, spread evenly over its days, ascending.
        func day(of index: Int) -> CalendarDay {
            CalendarDay(ordinal: firstDay + index * (endDay - firstDay) / count)
        }
    }

    /// A page's format, with the series name a Markdown page carries in its front matter.
    enum Format: Sendable {
        case ellis
        case markdown(seriesName: String)
    }

    static let recordsPerFile = 500
    static let firstDay = CalendarDay(year: 2007, month: 4, day: 2)
    static let lastDay = CalendarDay(year: 2026, month: 6, day: 29)
    static var spanDays: Int { lastDay.ordinal - firstDay.ordinal + 1 }
    /// Series of the Markdown pages: names whose initials are their slugs (dltrg, otrg, slts, kmsg).
    static let markdownSeries = [("Deep Learning Theory Reading Group", "dltrg"),
                                 ("Optimization Theory Reading Group", "otrg"),
                                 ("Statistical Learning Theory Seminar", "slts"),
                                 ("Kernel Methods Study Group", "kmsg")]

    let files: [File]

    /// - Parameter records: how many talks, at least 1 and at most `recordsPerFile × spanDays`.
    init(records: Int) {
        let series = PagePlan.markdownSeries.count
        let markdown = min(records / 5, series * (PagePlan.spanDays / 2))
        var files = PagePlan.group(records - markdown, prefix: "ellis-schedule", ext: "txt", format: .ellis)
        for (index, (name, slug)) in PagePlan.markdownSeries.enumerated() {
            let count = markdown / series + (index < markdown % series ? 1 : 0)
            files += PagePlan.group(count, prefix: slug, ext: "md", format: .markdown(seriesName: name))
        }
        self.files = files
    }

    /// Splits `count` talks of one series into near-equal files over disjoint day ranges.
    private static func group(_ count: Int, prefix: String, ext: String, format: Format) -> [File] {
        guard count > 0 else { return [] }
        let fileCount = (count + recordsPerFile - 1) / recordsPerFile
        precondition(fileCount <= spanDays, "too many records for the calendar span")
        return (0..<fileCount).map { k in
            let size = count / fileCount + (k < count % fileCount ? 1 : 0)
            let first = firstDay.ordinal + k * spanDays / fileCount
            let end = firstDay.ordinal + (k + 1) * spanDays / fileCount
            return File(name: "\(prefix)-\(String(k + 1).leftPadded(to: 5)).\(ext)", format: format,
                        count: size, firstDay: first, endDay: end)
        }
    }
}

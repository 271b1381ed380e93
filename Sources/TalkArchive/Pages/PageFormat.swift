/// The kinds of saved page the archive understands, recognized by content, never by file name.
public enum PageFormat: String, Sendable, Codable, CaseIterable {
    /// The ELLIS reading group's schedule: "16. March 2026 @ 5pm CET …" blocks.
    case ellisSchedule = "ellis-schedule"
    /// The ELLIS group's description with its list of topics.
    case ellisTopics = "ellis-topics"
    /// A Jekyll page holding a Markdown schedule table (DLTRG).
    case markdownSchedule = "markdown-schedule"
    /// A Daily Papers listing: title, abstract, "• N authors", date.
    case dailyPapers = "daily-papers"
    /// What public sources say of papers: `[[paper]]` tables in TOML (`PaperFactsFile`).
    case paperFacts = "paper-facts"
    /// A conference's frab `schedule.xml` (CCC, FOSDEM, pretalx's export): ``ConferenceSchedule``.
    case frabScheduleXML = "frab-schedule-xml"
    /// The schedule JSON of frab and pretalx (`schedule.json`).
    case scheduleJSON = "schedule-json"

    /// Recognizes a page's format, or nil when the page is none of these.
    public static func recognize(_ page: PageText) -> PageFormat? {
        if page.looksBinary { return nil }
        let lines = page.contentLines
        let texts = lines.prefix(2000).map(\.text)
        // First: a schedule's abstracts may hold any of the lines the other formats look for.
        if ConferenceSchedule.looksLikeXML(texts.prefix(5)) { return .frabScheduleXML }
        if ConferenceSchedule.looksLikeJSON(texts.prefix(40)) { return .scheduleJSON }
        if PaperFactsFile.recognizes(texts) { return .paperFacts }
        if texts.contains(where: { EllisSchedule.dateLine($0) != nil }) { return .ellisSchedule }
        if texts.contains(where: { $0.lowercased().hasPrefix("the list of topics") }) { return .ellisTopics }
        if texts.contains(where: { DailyPapers.authorCount(in: $0) != nil })
            && texts.contains(where: { $0.lowercased() == "daily papers" }) { return .dailyPapers }
        if texts.contains(where: { MarkdownSchedule.isHeaderRow($0) }) { return .markdownSchedule }
        return nil
    }
}

import Foundation

/// Parses a saved Daily Papers listing: for each paper a title line, an abstract, "• N authors", "·", a date.
/// Dates of the current year come without one ("Mar 14"); the year is inferred, and reported.
enum DailyPapers {
    /// "• 3 authors" → 3.
    static func authorCount(in text: String) -> Int? {
        guard let m = Regex.match(#"^[•·*-]?\s*([0-9]{1,4})\s+authors?$"#, text) else { return nil }
        return Int(m[1])
    }

    /// A listing date: "Dec 7, 2025", "Mar 14" (no year), with anything after it returned as trailing text.
    struct ListingDate {
        var month: Int
        var day: Int
        var year: Int?
        var trailing: String
    }

    static func listingDate(_ text: String) -> ListingDate? {
        guard let m = Regex.match(#"^([A-Za-z]{3,9})\.?\s+([0-9]{1,2})(?:,\s*([0-9]{4}))?(.*)$"#, text),
              let month = Day.month(named: Substring(m[1])), let day = Int(m[2]), (1...31).contains(day) else { return nil }
        return ListingDate(month: month, day: day, year: Int(m[3]), trailing: m[4].trimmingCharacters(in: .whitespaces))
    }

    static func parse(_ page: PageText) -> ParsedPage {
        var parsed = ParsedPage(file: page.file, format: .dailyPapers)
        let lines = page.contentLines
        guard let header = lines.firstIndex(where: { $0.text.lowercased() == "daily papers" }) else { return parsed }
        var captureLine: PageText.Line?
        var pending: [(ParsedPaperDraft, ListingDate)] = []
        var buffer: [PageText.Line] = []
        var draft: ParsedPaperDraft?
        for line in lines[(header + 1)...] {
            if let count = authorCount(in: line.text) {
                draft = makeDraft(buffer, authors: count, page: page, diagnostics: &parsed.diagnostics)
                buffer = []
            } else if line.text == "·" || line.text == "•" {
                continue
            } else if let date = listingDate(line.text), draft != nil || (captureLine == nil && buffer.isEmpty) {
                if let finished = draft {
                    pending.append((finished, date))
                    draft = nil
                } else {
                    captureLine = line
                }
                if !date.trailing.isEmpty {
                    parsed.diagnostics.append(Diagnostic(.info, .trailingText, at: page.ref(line),
                        "“\(date.trailing)” after the date “\(line.text)” is not part of it (a vote count?); ignored"))
                }
            } else if line.text.lowercased().hasPrefix("byak") || line.text.lowercased().hasPrefix("by ak") {
                continue
            } else {
                buffer.append(line)
            }
        }
        for line in buffer {
            parsed.diagnostics.append(Diagnostic(.info, .unparsedLine, at: page.ref(line),
                "text after the last paper, skipped: “\(line.text.prefix(60))”"))
        }
        let years = resolveYears(pending.map(\.1), capture: captureLine.flatMap { listingDate($0.text) },
                                 captureRef: captureLine.map(page.ref), page: page, into: &parsed)
        for ((draft, date), year) in zip(pending, years) {
            guard let day = Day(year: year, month: date.month, day: date.day) else {
                parsed.diagnostics.append(Diagnostic(.warning, .badDate, at: draft.dateRef ?? draft.source,
                    "no such date: \(date.month)/\(date.day)/\(year); the paper is skipped"))
                continue
            }
            parsed.papers.append(ParsedPaper(title: draft.title, abstract: draft.abstract, authorCount: draft.authors,
                                             date: day, links: draft.links, source: draft.source))
        }
        return parsed
    }

    /// A paper read up to its authors line; the date follows.
    struct ParsedPaperDraft {
        var title: String
        var abstract: String?
        var authors: Int
        var links: [Link]
        var source: SourceRef
        var dateRef: SourceRef?
    }

    private static func makeDraft(_ buffer: [PageText.Line], authors: Int, page: PageText,
                                  diagnostics: inout [Diagnostic]) -> ParsedPaperDraft? {
        guard let titleLine = buffer.first else {
            diagnostics.append(Diagnostic(.warning, .unparsedLine, at: nil, "\(page.file): an authors line with no paper above it"))
            return nil
        }
        let abstract = buffer.dropFirst().map(\.text).joined(separator: "\n")
        if abstract.isEmpty {
            diagnostics.append(Diagnostic(.info, .unparsedLine, at: page.ref(titleLine), "the paper “\(titleLine.text)” has no abstract"))
        }
        let links = TextTools.urls(in: abstract).map { range -> Link in
            let url = String(abstract[range])
            return Link(url: url, label: MarkdownInline.host(of: url))
        }
        return ParsedPaperDraft(title: TextTools.collapse(titleLine.text), abstract: abstract.isEmpty ? nil : abstract,
                                authors: authors, links: links, source: page.ref(titleLine))
    }

    /// Years for the listing's dates. Yearless dates belong to the capture's year, which the listing
    /// implies: it must be later than every year it spells out (those are earlier years), so the
    /// least such year is taken and reported.
    private static func resolveYears(_ dates: [ListingDate], capture: ListingDate?, captureRef: SourceRef?,
                                     page: PageText, into parsed: inout ParsedPage) -> [Int] {
        let explicit = dates.compactMap(\.year)
        let captureYear = capture?.year ?? ((explicit.max() ?? Calendar(identifier: .gregorian).component(.year, from: Date())) + 1)
        let yearless = dates.filter { $0.year == nil }.count
        if let capture {
            parsed.asOf = Day(year: captureYear, month: capture.month, day: capture.day)
        }
        if yearless > 0 || capture?.year == nil {
            let shown = parsed.asOf.map { "captured \($0)" } ?? "year \(captureYear)"
            parsed.diagnostics.append(Diagnostic(.info, .inferredYear, at: captureRef,
                "\(yearless) dates have no year; the listing is dated \(shown), inferred as the year after the latest year it spells out (\(explicit.max().map(String.init) ?? "none"))"))
        }
        return dates.map { $0.year ?? captureYear }
    }
}

import Foundation

/// Parses a Jekyll page whose schedule is a Markdown table (the DLTRG page):
/// `| 06/07/2022 | [Paper](url) Chapters 1 & 2 | [Notes](url) |`.
enum MarkdownSchedule {
    /// The roles a column can play, recognized from its header.
    enum Column { case date, paper, resources, speaker, other }

    static func isHeaderRow(_ text: String) -> Bool {
        guard text.hasPrefix("|") else { return false }
        let roles = cells(of: text).map(role(ofHeader:))
        return roles.contains(.date) && roles.contains(.paper)
    }

    static func role(ofHeader header: String) -> Column {
        switch header.lowercased() {
        case "date", "when", "day": return .date
        case "paper", "title", "topic", "reading", "talk": return .paper
        case "resources", "links", "material", "materials", "notes", "slides": return .resources
        case "speaker", "speakers", "presenter", "presenters", "who", "led by": return .speaker
        default: return .other
        }
    }

    /// The cells of a table row, trimmed; `\|` is a literal bar, and bars inside links don't split.
    static func cells(of row: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var depth = 0
        var escaped = false
        for ch in row {
            if escaped { cell.append(ch); escaped = false; continue }
            switch ch {
            case "\\": escaped = true
            case "[", "(": depth += 1; cell.append(ch)
            case "]", ")": depth = max(0, depth - 1); cell.append(ch)
            case "|" where depth == 0: cells.append(cell); cell = ""
            default: cell.append(ch)
            }
        }
        cells.append(cell)
        // A row starts and ends with a bar: drop the empty outer cells.
        if cells.first?.trimmingCharacters(in: .whitespaces).isEmpty == true { cells.removeFirst() }
        if cells.last?.trimmingCharacters(in: .whitespaces).isEmpty == true, row.hasSuffix("|") { cells.removeLast() }
        return cells.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    static func isSeparatorRow(_ text: String) -> Bool {
        let cells = cells(of: text)
        return !cells.isEmpty && cells.allSatisfy { $0.range(of: #"^:?-{2,}:?$"#, options: .regularExpression) != nil }
    }

    /// "06/07/2022", "7/06/2023" (day/month/year, as the page is European), or "2022-07-06".
    static func date(_ text: String) -> Day? {
        if let m = Regex.match(#"^([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})$"#, text),
           let d = Int(m[1]), let mo = Int(m[2]), let y = Int(m[3]) {
            return Day(year: y, month: mo, day: d)
        }
        return Day(iso: text)
    }

    // MARK: Parsing

    static func parse(_ page: PageText) -> ParsedPage {
        var parsed = ParsedPage(file: page.file, format: .markdownSchedule)
        let frontMatter = FrontMatter(page)
        var reader = RowReader(page: page, series: frontMatter.title.map(Series.fromName) ?? Series.dltrg,
                               site: PageSite(permalink: frontMatter.permalink, lines: page.lines.map(\.text)))
        var columns: [Column] = []
        var previous: (day: Day, line: Int)?
        var seenDays: [Day: Int] = [:]
        var lines = page.lines.drop { $0.number <= frontMatter.endLine }
        while let raw = lines.popFirst() {
            let line = PageText.Line(number: raw.number, text: raw.text.trimmingCharacters(in: .whitespaces))
            guard line.text.hasPrefix("|") else { continue }
            if isHeaderRow(line.text) { columns = cells(of: line.text).map(role(ofHeader:)); continue }
            if isSeparatorRow(line.text) { continue }
            guard !columns.isEmpty else {
                parsed.diagnostics.append(Diagnostic(.warning, .unparsedLine, at: page.ref(line), "a table row before any header row, skipped"))
                continue
            }
            let text = joiningContinuations(of: line, columns: columns.count, from: &lines, page: page, into: &parsed.diagnostics)
            let row = Row(cells: cells(of: text), columns: columns)
            guard let day = date(row.value(.date)) else {
                parsed.diagnostics.append(Diagnostic(.warning, .badDate, at: page.ref(line),
                    "“\(TextTools.shortened(row.value(.date)))” is not a date (DD/MM/YYYY); the row is skipped"))
                continue
            }
            checkOrder(day, line: line, previous: previous, seen: seenDays, page: page, into: &parsed.diagnostics)
            previous = (day, line.number)
            seenDays[day] = seenDays[day] ?? line.number
            if row.cells.count != columns.count {
                parsed.diagnostics.append(Diagnostic(.info, .unparsedLine, at: page.ref(line),
                    "the row has \(row.cells.count) cells where the header has \(columns.count)"))
            }
            reader.read(row, day: day, line: line, into: &parsed)
        }
        parsed.diagnostics += reader.repairs()
        return parsed
    }

    /// A row the page broke over lines (no closing bar, too few cells, then text that starts with
    /// no bar), joined with the lines that continue it. Markdown would end the table there; the
    /// author meant one row.
    private static func joiningContinuations(of line: PageText.Line, columns: Int, from lines: inout ArraySlice<PageText.Line>,
                                             page: PageText, into diagnostics: inout [Diagnostic]) -> String {
        var text = line.text
        var joined: [Int] = []
        while !text.hasSuffix("|"), cells(of: text).count < columns, let next = lines.first {
            let more = next.text.trimmingCharacters(in: .whitespaces)
            guard !more.isEmpty, !more.hasPrefix("|"), !more.hasPrefix("#") else { break }
            text += " " + more
            joined.append(next.number)
            lines.removeFirst()
        }
        if let last = joined.last {
            let span = joined.count == 1 ? "line \(last)" : "lines \(joined[0])–\(last)"
            diagnostics.append(Diagnostic(.warning, .malformedRow, at: page.ref(line),
                "the row is broken over lines (which ends the table in Markdown); joined with \(span) into one row"))
        }
        return text
    }

    /// Reports a date that repeats an earlier row's or goes back in time.
    private static func checkOrder(_ day: Day, line: PageText.Line, previous: (day: Day, line: Int)?,
                                   seen: [Day: Int], page: PageText, into diagnostics: inout [Diagnostic]) {
        if let first = seen[day] {
            diagnostics.append(Diagnostic(.warning, .repeatedDate, at: page.ref(line),
                "date \(day) repeats line \(first)’s; both are kept, this one gets the next id"))
        }
        if let previous, day < previous.day {
            diagnostics.append(Diagnostic(.warning, .outOfOrder, at: page.ref(line),
                "date \(day) comes after \(previous.day) (line \(previous.line)): out of chronological order, likely a typo in the page"))
        }
    }

    /// A data row's cells, looked up by column role.
    struct Row {
        let cells: [String]
        let columns: [Column]

        func value(_ role: Column) -> String {
            guard let index = columns.firstIndex(of: role), index < cells.count else { return "" }
            return cells[index]
        }

        /// The cells of every column playing one of `roles`, left to right.
        func values(_ roles: Set<Column>) -> [String] {
            zip(columns, cells).filter { roles.contains($0.0) }.map(\.1)
        }
    }
}

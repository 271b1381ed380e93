extension MarkdownSchedule {
    /// Reads dated rows into talks and notes: a row that links anything is a session, whichever
    /// column holds the link; a row that links nothing is a note only when it reads as a remark.
    struct RowReader {
        let page: PageText
        let series: Series
        /// What the page's relative links resolve against, if its links name a site.
        let site: PageSite?
        /// Links written without a scheme or relative to the site, by line, for ``repairs()``.
        private var repaired: [(line: Int, repair: MarkdownInline.Repair)] = []

        init(page: PageText, series: Series, site: PageSite?) {
            self.page = page
            self.series = series
            self.site = site
        }

        mutating func read(_ row: Row, day: Day, line: PageText.Line, into parsed: inout ParsedPage) {
            let paper = MarkdownInline(row.value(.paper), site: site)
            let cells = [paper] + row.values([.resources, .other]).map { MarkdownInline($0, site: site) }
            reportLinks(of: cells, line: line, into: &parsed.diagnostics)
            let links = cells.flatMap(\.links)
            guard let first = links.first else {
                readUnlinked(paper.text, day: day, line: line, into: &parsed)
                return
            }
            var title = paper.text
            if title.isEmpty {
                title = first.label
                parsed.diagnostics.append(Diagnostic(.warning, .malformedRow, at: page.ref(line),
                    "the row has links but no title: titled “\(TextTools.shortened(title))” after its first link"))
            }
            checkMarkup(title, line: line, into: &parsed.diagnostics)
            var talk = ParsedTalk(series: series, date: day, title: title, paperTitle: paper.firstLabel ?? title, source: page.ref(line))
            talk.links = links
            let speakers = row.value(.speaker)
            if !speakers.isEmpty {
                talk.speakers = speakers.split(separator: ",").map { Speaker(name: TextTools.collapse($0), affiliation: nil) }
            }
            parsed.talks.append(talk)
        }

        /// A row without a single link: a note, a session without links, or nothing at all.
        private func readUnlinked(_ text: String, day: Day, line: PageText.Line, into parsed: inout ParsedPage) {
            let ref = page.ref(line)
            let shown = TextTools.shortened(text)
            if text.isEmpty {
                parsed.diagnostics.append(Diagnostic(.warning, .malformedRow, at: ref, "the row has a date and nothing else; skipped"))
            } else if ScheduleRemark.isRemark(text) {
                parsed.notes.append(SeriesNote(series: series, date: day, text: text, source: ref))
                parsed.diagnostics.append(Diagnostic(.info, .seriesNote, at: ref, "“\(shown)” is a note of the series, not a talk: kept as a note"))
            } else {
                checkMarkup(text, line: line, into: &parsed.diagnostics)
                parsed.talks.append(ParsedTalk(series: series, date: day, title: text, paperTitle: text, source: ref))
                parsed.diagnostics.append(Diagnostic(.info, .noLink, at: ref, "“\(shown)” links nothing: kept as a session without links"))
            }
        }

        /// Reports links not read, and remembers links repaired for ``repairs()``.
        private mutating func reportLinks(of cells: [MarkdownInline], line: PageText.Line, into diagnostics: inout [Diagnostic]) {
            for refusal in cells.flatMap(\.refused) {
                diagnostics.append(Diagnostic(.warning, .refusedLink, at: page.ref(line),
                    "not read as a link: \(refusal.reason); the row keeps its text, without this link"))
            }
            repaired += cells.flatMap(\.repaired).map { (line.number, $0) }
        }

        /// A title still holding Markdown's brackets, or a parenthesis that closes nothing: the
        /// cell's Markdown is broken, and the title is only what could be read of it.
        private func checkMarkup(_ title: String, line: PageText.Line, into diagnostics: inout [Diagnostic]) {
            var depth = 0
            var unbalanced = false
            for ch in title where ch == "(" || ch == ")" {
                depth += ch == "(" ? 1 : -1
                if depth < 0 { unbalanced = true; depth = 0 }
            }
            guard unbalanced || depth > 0 || title.contains("[") || title.contains("]") else { return }
            diagnostics.append(Diagnostic(.warning, .malformedRow, at: page.ref(line),
                "the row's Markdown is broken (a stray bracket or parenthesis): the title is read as “\(TextTools.shortened(title))”"))
        }

        /// One notice per kind of repaired link, naming every line; a relative one is a guess.
        func repairs() -> [Diagnostic] {
            [LinkTarget.Form.schemeless, .relative].compactMap { form in
                let found = repaired.filter { $0.repair.form == form }
                guard let (line, example) = found.first else { return nil }
                var how = "written without a scheme, read as https"
                if form == .relative, let site { how = "relative to the page, resolved against \(site.base), a guess from \(site.evidence)" }
                return Diagnostic(form == .relative ? .warning : .info, .repairedLink, at: page.ref(line),
                    "\(count(found.count)) \(how) (\(lines(found.map(\.line)))): "
                    + "“\(TextTools.shortened(example.written))” as “\(TextTools.shortened(example.url))”")
            }
        }

        private func count(_ links: Int) -> String { links == 1 ? "1 link" : "\(links) links" }

        private func lines(_ numbers: [Int]) -> String {
            let unique = numbers.reduce(into: [Int]()) { if $0.last != $1 { $0.append($1) } }
            return (unique.count == 1 ? "line " : "lines ") + unique.map(String.init).joined(separator: ", ")
        }
    }
}

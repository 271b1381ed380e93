import Foundation

/// Parses the ELLIS reading group's schedule page: blocks of date line, title, speakers,
/// `Abstract:`, `arXiv:`/`OpenReview:` links and note lines.
enum EllisSchedule {
    // MARK: Line shapes

    struct DateLine {
        var day: Day
        var time: String?
    }

    /// "16. March 2026 @ 5pm CET / 11am EST …", "9. March 2026 @ 5pm CET — ▶️ YouTube", "7 June 2026".
    static func dateLine(_ text: String) -> DateLine? {
        let pattern = #"^([0-9]{1,2})\.?\s*([A-Za-z]{3,9})\.?,?\s+([0-9]{4})\s*(?:@\s*(.*))?$"#
        guard let m = Regex.match(pattern, text),
              let d = Int(m[1]), let y = Int(m[3]), let month = Day.month(named: Substring(m[2])),
              let day = Day(year: y, month: month, day: d) else { return nil }
        return DateLine(day: day, time: m[4].isEmpty ? nil : m[4])
    }

    /// "arXiv: https://…", "OpenReview: https://…": a label, a colon, one URL.
    static func labeledLink(_ text: String) -> Link? {
        guard let m = Regex.match(#"^([A-Za-z][A-Za-z0-9 ._-]{0,30}):\s*(https?://\S+)$"#, text) else { return nil }
        return Link(url: m[2], label: m[1])
    }

    /// "Name, Affiliation" (or a bare name of two to four capitalized words).
    static func speaker(_ text: String) -> Speaker? {
        guard !TextTools.containsURL(text), !text.contains("@"), !text.hasSuffix(".") || text.contains(",") else { return nil }
        let parts = text.split(separator: ",", maxSplits: 1).map { TextTools.collapse($0) }
        let name = parts[0]
        let words = name.split(separator: " ")
        guard (1...6).contains(words.count), !name.contains(where: { $0.isNumber || $0 == ":" }),
              words.allSatisfy({ $0.first?.isUppercase == true || $0.count <= 3 }) else { return nil }
        if parts.count == 2, !parts[1].isEmpty { return Speaker(name: name, affiliation: parts[1]) }
        guard (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return Speaker(name: name, affiliation: nil)
    }

    // MARK: Parsing

    static func parse(_ page: PageText) -> ParsedPage {
        var parsed = ParsedPage(file: page.file, format: .ellisSchedule)
        var builder = Builder(page: page)
        for line in page.contentLines {
            builder.consume(line)
        }
        builder.finish()
        parsed.talks = builder.talks
        parsed.diagnostics = builder.diagnostics
        parsed.asOf = builder.recordedDays.max()
        if !builder.mislabeledHints.isEmpty {
            parsed.diagnostics.append(Diagnostic(.info, .timeZoneHint, at: nil,
                "\(page.file): US time hints give the right hour under the wrong zone name on lines \(builder.mislabeledHints.joined(separator: ", "))"))
        }
        if !builder.recordingLines.isEmpty {
            let lines = builder.recordingLines.map(String.init).joined(separator: ", ")
            parsed.diagnostics.append(Diagnostic(.info, .missingURL, at: page.ref(builder.recordingLines[0]),
                "\(builder.recordingLines.count) talks show a “▶️ YouTube” recording but the saved page kept only the link text, not its URL (lines \(lines))"))
        }
        return parsed
    }

    /// Walks the lines of the page, one talk block at a time.
    private struct Builder {
        enum Expect { case preamble, title, speakers, body }

        let page: PageText
        var talks: [ParsedTalk] = []
        var diagnostics: [Diagnostic] = []
        var recordingLines: [Int] = []
        var recordedDays: [Day] = []
        /// Lines whose US hint has the right hour under the wrong name (EST in summer).
        var mislabeledHints: [String] = []
        var current: ParsedTalk?
        var expect = Expect.preamble
        var series = Series.ellis

        init(page: PageText) { self.page = page }

        mutating func consume(_ line: PageText.Line) {
            if let date = EllisSchedule.dateLine(line.text) {
                finish()
                startTalk(date, at: line)
                return
            }
            switch expect {
            case .preamble:
                if line.text.range(of: "ELLIS", options: .caseInsensitive) == nil, line.number > 1 {
                    skip(line, "text before the first talk")
                }
            case .title:
                let title = TextTools.collapse(line.text)
                current?.title = title
                current?.paperTitle = title
                expect = .speakers
            case .speakers:
                if let speaker = EllisSchedule.speaker(line.text) {
                    current?.speakers.append(speaker)
                } else {
                    expect = .body
                    consumeBody(line)
                }
            case .body:
                consumeBody(line)
            }
        }

        private mutating func consumeBody(_ line: PageText.Line) {
            let text = line.text
            if text.lowercased().hasPrefix("abstract:") {
                let body = TextTools.collapse(text.dropFirst("abstract:".count))
                if let existing = current?.abstract, !existing.isEmpty {
                    current?.abstract = existing + "\n" + body
                } else {
                    current?.abstract = body
                }
            } else if let link = EllisSchedule.labeledLink(text) {
                current?.links.append(link)
            } else if TextTools.containsURL(text) {
                addNote(text)
            } else {
                skip(line, "page text outside any talk")
            }
        }

        /// A sentence holding URLs: kept as a note, each URL a link labelled by the words before it.
        private mutating func addNote(_ text: String) {
            current?.notes.append(TextTools.collapse(text))
            var labelStart = text.startIndex
            for range in TextTools.urls(in: text) {
                let before = text[labelStart..<range.lowerBound]
                    .trimmingCharacters(in: CharacterSet(charactersIn: " :—-(").union(.whitespaces))
                current?.links.append(Link(url: String(text[range]), label: before.isEmpty ? "link" : before))
                labelStart = range.upperBound
            }
        }

        private mutating func skip(_ line: PageText.Line, _ why: String) {
            diagnostics.append(Diagnostic(.info, .unparsedLine, at: page.ref(line), "\(why), skipped: “\(TextTools.shortened(line.text))”"))
        }

        private mutating func startTalk(_ date: DateLine, at line: PageText.Line) {
            var talk = ParsedTalk(series: series, date: date.day, title: "", paperTitle: "", source: page.ref(line))
            if let time = date.time {
                readTime(time, into: &talk, at: line)
            }
            current = talk
            expect = .title
        }

        /// "5pm CET / 11am EST / 8am PST [timezone converter]" or "5pm CET — ▶️ YouTube".
        private mutating func readTime(_ time: String, into talk: inout ParsedTalk, at line: PageText.Line) {
            if time.contains("YouTube") || time.contains("▶") {
                recordingLines.append(line.number)
                recordedDays.append(talk.date)
            }
            let clock = #"([0-9]{1,2})(?::([0-9]{2}))?\s*(am|pm)\s*([A-Za-z]{2,5})?"#
            guard let m = Regex.match("^" + clock, time), let h = Int(m[1]),
                  let hour = LocalTime.hour24(h, m[3]) else {
                diagnostics.append(Diagnostic(.warning, .unparsedLine, at: page.ref(line),
                    "cannot read the time “\(time)”; the talk is kept without a start time"))
                return
            }
            let minute = Int(m[2]) ?? 0
            let label = m[4].isEmpty ? "CET" : m[4]
            guard let zone = LocalTime.zone(forLabel: label),
                  let instant = LocalTime.instant(on: talk.date, hour: hour, minute: minute, zone: zone) else {
                diagnostics.append(Diagnostic(.warning, .timeZoneHint, at: page.ref(line),
                    "unknown time zone “\(label)”; the talk is kept without a start time"))
                return
            }
            talk.start = instant
            talk.startTimeZone = zone
            checkLabel(label, zone: zone, instant: instant, at: line)
            for hint in Regex.matches("/\\s*" + clock, time) {
                checkHint(hint, instant: instant, at: line)
            }
        }

        /// The page's CET/CEST label against the real rules for that date.
        private mutating func checkLabel(_ label: String, zone: String, instant: Date, at line: PageText.Line) {
            let real = LocalTime.abbreviation(at: instant, zone: zone)
            guard zone == LocalTime.centralEurope, label.uppercased() != real else { return }
            diagnostics.append(Diagnostic(.warning, .timeZoneHint, at: page.ref(line),
                "the page says \(label), but Central Europe is on \(real) on \(instant.formatted(.iso8601.year().month().day())); the start uses \(real)"))
        }

        /// "11am EST": a hint for another zone, checked against the real conversion and reported when wrong.
        private mutating func checkHint(_ m: [String], instant: Date, at line: PageText.Line) {
            guard let h = Int(m[1]), let hour = LocalTime.hour24(h, m[3]), let zone = LocalTime.zone(forLabel: m[4]),
                  let real = LocalTime.clock(at: instant, zone: zone) else { return }
            let realLabel = LocalTime.abbreviation(at: instant, zone: zone)
            let minute = Int(m[2]) ?? 0
            let said = "\(m[1])\(m[2].isEmpty ? "" : ":" + m[2])\(m[3]) \(m[4])"
            if real.hour != hour || real.minute != minute {
                diagnostics.append(Diagnostic(.warning, .timeZoneHint, at: page.ref(line),
                    "the page's hint “\(said)” is wrong: on this date the talk starts at \(LocalTime.format12(real.hour, real.minute)) \(realLabel); the start time ignores the hint"))
            } else if realLabel != m[4].uppercased() {
                mislabeledHints.append("\(line.number) (\(m[4]) for \(realLabel))")
            }
        }

        mutating func finish() {
            guard var talk = current else { return }
            current = nil
            if talk.title.isEmpty {
                diagnostics.append(Diagnostic(.warning, .unparsedLine, at: talk.source,
                    "a date line with no title after it; no talk recorded"))
                return
            }
            talk.abstract = talk.abstract.flatMap { $0.isEmpty ? nil : $0 }
            talks.append(talk)
        }
    }
}

import Foundation

/// Parses the ELLIS group's description page: its list of topics, as headings with lines below them.
///
/// After "The list of topics includes …:", a Title Case line ("Optimization & Training Dynamics")
/// starts a heading; the lines after it are its items, until a paragraph (a line ending in a full stop).
enum EllisTopics {
    static func parse(_ page: PageText) -> ParsedPage {
        var parsed = ParsedPage(file: page.file, format: .ellisTopics)
        var inList = false
        for line in page.contentLines {
            let text = line.text
            if text.lowercased().hasPrefix("the list of topics") { inList = true; continue }
            guard inList else { continue }
            if text.hasSuffix(".") && text.count > 80 { inList = false; continue }
            if isHeading(text) {
                parsed.topics.append(TopicCategory(name: TextTools.collapse(text), items: []))
            } else if !parsed.topics.isEmpty {
                parsed.topics[parsed.topics.count - 1].items.append(TextTools.collapse(text))
            } else {
                parsed.diagnostics.append(Diagnostic(.info, .unparsedLine, at: page.ref(line),
                    "a topic line before any heading, skipped: “\(text.prefix(60))”"))
            }
        }
        if parsed.topics.isEmpty {
            parsed.diagnostics.append(Diagnostic(.warning, .unparsedLine, at: page.ref(1), "no topic headings found after “The list of topics”"))
        }
        return parsed
    }

    /// Title Case: every word longer than three letters starts with a capital; no commas or colons.
    static func isHeading(_ text: String) -> Bool {
        guard !text.contains(","), !text.contains(":"), text.count <= 80 else { return false }
        let words = text.split(separator: " ")
        guard words.count >= 1 else { return false }
        return words.allSatisfy { word in
            word.count <= 3 || word.first?.isUppercase == true || word.first?.isLetter == false
        }
    }
}

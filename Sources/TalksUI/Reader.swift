/// A paper's text read inside the terminal: scrolling, and a search within it.
public struct Reader: Equatable, Sendable {
    public var recordID: String
    public var title: String
    public var lines: [String]
    /// The first line shown.
    public var scroll = ScrollState.text
    /// The search typed after `/`, and whether the search line has focus.
    public var query = ""
    public var searching = false
    /// Line numbers that contain the query, in order.
    public var matches: [Int] = []

    public init(recordID: String, title: String, text: String) {
        self.recordID = recordID
        self.title = title
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.replacingFormFeeds)
        }
    }

    /// Types a character of the search: the matches follow.
    mutating func type(_ character: Character) {
        query.append(character)
        find()
    }

    /// Deletes the search's last character: the matches follow.
    mutating func deleteBackward() {
        if !query.isEmpty { query.removeLast() }
        find()
    }

    /// Recomputes the matches of `query` and scrolls to the first at or after the current line.
    mutating func find() {
        let needle = query.lowercased()
        guard !needle.isEmpty else { matches = []; return }
        matches = lines.indices.filter { lines[$0].lowercased().contains(needle) }
        if let next = matches.first(where: { $0 >= scroll.offset }) ?? matches.first { scroll.show(next, count: lines.count) }
    }

    /// Moves to the next (or previous) match, wrapping around.
    mutating func jump(forward: Bool) {
        guard !matches.isEmpty else { return }
        let line = scroll.offset
        let next = forward ? matches.first { $0 > line } ?? matches[0] : matches.last { $0 < line } ?? matches[matches.count - 1]
        scroll.show(next, count: lines.count)
    }
}

/// A download under way, for the status line; the fetcher words the progress.
public struct DownloadProgress: Equatable, Sendable {
    public var recordID: String
    /// "downloading 1.2 MB of 3.4 MB (35%)".
    public var statusLine: String

    public init(recordID: String, statusLine: String) {
        self.recordID = recordID
        self.statusLine = statusLine
    }
}

private extension Substring {
    /// pdftotext ends pages with a form feed; show it as a page break line.
    var replacingFormFeeds: String { String(map { $0 == "\u{0C}" ? " " : $0 }) }
}

/// What one reader marked on one record: a star, seen, to watch, a note and tags. A plain value:
/// the personal store (`PersonalState`) keeps it, the browser and the command line show it.
///
/// ```swift
/// var marks = RecordMarks()
/// marks = MarkChange.tag([TagName("rl")!]).applied(to: marks)
/// marks.flags        // "  #"
/// ```
public struct RecordMarks: Codable, Hashable, Sendable {
    public var starred = false
    public var seen = false
    public var toWatch = false
    /// Nil or text with something in it (`MarkChange.note` trims it).
    public var note: String?
    /// Sorted, no repeats.
    public var tags: [String] = []

    public init(starred: Bool = false, seen: Bool = false, toWatch: Bool = false, note: String? = nil, tags: [String] = []) {
        self.starred = starred
        self.seen = seen
        self.toWatch = toWatch
        self.note = note
        self.tags = Array(Set(tags)).sorted()
    }

    /// Nothing marked: the store keeps no row for it.
    public var isEmpty: Bool { !starred && !seen && !toWatch && note == nil && tags.isEmpty }

    /// Three cells for the list: `*` starred; `w` to watch, else `s` seen; `n` a note, else `#` tags.
    public var flags: String {
        (starred ? "*" : " ") + (toWatch ? "w" : seen ? "s" : " ") + (note != nil ? "n" : tags.isEmpty ? " " : "#")
    }

    /// "starred · to watch · seen", or nil when none is set.
    public var summary: String? {
        let set = [(starred, "starred"), (toWatch, "to watch"), (seen, "seen")].filter(\.0).map(\.1)
        return set.isEmpty ? nil : set.joined(separator: " · ")
    }
}

/// One change to a record's marks. Toggles are resolved against the marks stored at the moment
/// of writing (inside the store's transaction), so two sessions toggling never undo each other's
/// other marks.
public enum MarkChange: Hashable, Sendable {
    case star(Bool), seen(Bool), toWatch(Bool)
    case toggleStar, toggleSeen, toggleToWatch
    /// Replaces the note; nil or blank text removes it.
    case note(String?)
    case tag([TagName]), untag([TagName])
    /// Replaces every tag (the browser's tag line).
    case setTags([TagName])

    /// `marks` with this change made.
    public func applied(to marks: RecordMarks) -> RecordMarks {
        var marks = marks
        switch self {
        case .star(let on): marks.starred = on
        case .seen(let on): marks.seen = on
        case .toWatch(let on): marks.toWatch = on
        case .toggleStar: marks.starred.toggle()
        case .toggleSeen: marks.seen.toggle()
        case .toggleToWatch: marks.toWatch.toggle()
        case .note(let text): marks.note = RecordMarks.cleanNote(text)
        case .tag(let names): marks.tags = Array(Set(marks.tags + names.map(\.value))).sorted()
        case .untag(let names): marks.tags.removeAll { names.map(\.value).contains($0) }
        case .setTags(let names): marks.tags = Array(Set(names.map(\.value))).sorted()
        }
        // Seen and to watch exclude each other: watching a talk is what takes it off the list.
        switch self {
        case .seen(true), .toggleSeen where marks.seen: marks.toWatch = false
        case .toWatch(true), .toggleToWatch where marks.toWatch: marks.seen = false
        default: break
        }
        return marks
    }
}

extension RecordMarks {
    /// The longest note kept, in characters: a note is a few lines, not a paper.
    public static let maxNoteLength = 20_000

    /// Trailing blank lines and spaces go; blank text is no note; a note longer than
    /// `maxNoteLength` is cut there.
    static func cleanNote(_ text: String?) -> String? {
        guard let text else { return nil }
        var trimmed = Substring(text)
        while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
        while let first = trimmed.first, first.isNewline { trimmed.removeFirst() }
        guard !trimmed.isEmpty else { return nil }
        return String(trimmed.prefix(maxNoteLength))
    }
}

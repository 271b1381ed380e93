import Foundation
import TalkArchive

/// `talks state export`'s file: every record's marks as JSON, with a format name and version so
/// a later `talks` can read it and an unrelated JSON file is refused.
///
/// ```json
/// {"format": "talks-marks", "version": 1, "marks": [
///   {"id": "ellis-2026-03-16", "starred": true, "seen": false, "toWatch": false, "note": "ask about …", "tags": ["rl"]}]}
/// ```
public struct MarksFile: Codable, Sendable {
    public struct Entry: Codable, Sendable {
        public var id: String
        public var starred: Bool
        public var seen: Bool
        public var toWatch: Bool
        public var note: String?
        public var tags: [String]

        public var marks: RecordMarks { RecordMarks(starred: starred, seen: seen, toWatch: toWatch, note: note, tags: tags) }
    }

    public static let formatName = "talks-marks"
    public static let currentVersion = 1

    public var format = MarksFile.formatName
    public var version = MarksFile.currentVersion
    public var marks: [Entry]

    /// The file for `marks`, sorted by id so two exports of the same marks are the same bytes.
    public init(_ marks: [String: RecordMarks]) {
        self.marks = marks.sorted { $0.key < $1.key }.map { id, m in
            Entry(id: id, starred: m.starred, seen: m.seen, toWatch: m.toWatch, note: m.note, tags: m.tags)
        }
    }

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// Reads and checks a file: its format and version, every id and tag.
    ///
    /// - Throws: ``MarkStoreError`` with one line saying what is wrong and where (the entry's number).
    public static func decode(_ data: Data, from name: String) throws -> MarksFile {
        let file: MarksFile
        do {
            file = try JSONDecoder().decode(MarksFile.self, from: data)
        } catch {
            throw MarkStoreError("\(name) is not a talks marks file (\(MarksFile.reason(error))); make one with `talks state export FILE`")
        }
        guard file.format == formatName else { throw MarkStoreError("\(name) is a “\(file.format.prefix(40))” file, not \(formatName)") }
        guard file.version <= currentVersion else {
            throw MarkStoreError("\(name) is version \(file.version) of the marks file; this talks reads up to \(currentVersion): update talks")
        }
        for (i, entry) in file.marks.enumerated() {
            let place = "\(name), entry \(i + 1)"
            guard RecordID.isPlausible(entry.id) else { throw MarkStoreError("\(place): “\(entry.id.prefix(60))” is not a record id") }
            for tag in entry.tags where TagName(tag) == nil { throw MarkStoreError("\(place): " + TagName.problem(with: tag)) }
        }
        return file
    }

    /// `local` with `imported` added: flags set in either stay set, tags are joined, and a note
    /// differing from the local one is kept after it, so merging never loses what either said.
    static func merged(_ local: RecordMarks, _ imported: RecordMarks) -> RecordMarks {
        var note = local.note
        if let other = imported.note, other != local.note {
            note = local.note.map { $0.contains(other) ? $0 : $0 + "\n\n" + other } ?? other
        }
        return RecordMarks(starred: local.starred || imported.starred, seen: local.seen || imported.seen,
                           toWatch: local.toWatch || imported.toWatch, note: MarkChange.note(note).applied(to: RecordMarks()).note,
                           tags: local.tags + imported.tags.compactMap { TagName($0)?.value })
    }

    private static func reason(_ error: Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?: return "missing “\(key.stringValue)”\(path(context))"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?: return "wrong type\(path(context))"
        case .dataCorrupted(let context)?: return context.codingPath.isEmpty ? "not JSON" : "bad value\(path(context))"
        default: return "\(error)"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let steps = context.codingPath.map { $0.intValue.map { "entry \($0 + 1)" } ?? $0.stringValue }
        return steps.isEmpty ? "" : " at " + steps.joined(separator: ", ")
    }
}

/// What a record id may look like in a marks file: ids are written by talks, so anything long,
/// blank or with control characters is not one.
enum RecordID {
    static func isPlausible(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 200 && id.unicodeScalars.allSatisfy { !$0.properties.isWhitespace && !CharacterSet.controlCharacters.contains($0) }
    }
}

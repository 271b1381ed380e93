/// A tag's name, checked: letters, digits and `- _ . + /`, at most 40 characters, lowercased so
/// `tag:RL` finds what `RL` tagged.
///
/// ```swift
/// TagName("Reading-Group")?.value   // "reading-group"
/// TagName("two words")              // nil
/// ```
public struct TagName: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let value: String

    public static let maxLength = 40

    public init?(_ text: String) {
        let lowered = text.lowercased()
        guard !lowered.isEmpty, lowered.count <= TagName.maxLength,
              lowered.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_.+/".unicodeScalars.contains($0) })
        else { return nil }
        value = lowered
    }

    public var description: String { value }
    public static func < (a: TagName, b: TagName) -> Bool { a.value < b.value }

    /// The one-line complaint for text that is not a tag name.
    public static func problem(with text: String) -> String {
        "“\(text.prefix(60))” is not a tag name: use letters, digits and - _ . + / (at most \(maxLength) characters, no spaces)"
    }
}

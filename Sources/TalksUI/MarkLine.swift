import TalkArchive

/// The line at the bottom where a note or tags are written (`e`, `+`): what is typed, and for
/// which record. Enter saves it, Esc leaves the marks as they were.
public struct MarkLine: Equatable, Sendable {
    public enum Kind: Sendable { case note, tags }

    public var kind: Kind
    public var recordID: String
    public var text: String

    /// "note: " or "tags: ", before the text.
    public var prompt: String { kind == .note ? "note: " : "tags: " }

    /// The change saving the line makes, or the complaint about a tag that is not one.
    func change() -> Result<MarkChange, QueryError> {
        switch kind {
        case .note:
            return .success(.note(text))
        case .tags:
            var names: [TagName] = []
            for word in text.split(whereSeparator: { $0 == " " || $0 == "," }) {
                guard let name = TagName(String(word)) else { return .failure(QueryError(TagName.problem(with: String(word)))) }
                names.append(name)
            }
            return .success(.setTags(names))
        }
    }
}

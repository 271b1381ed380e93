// The clauses about the reader's own marks: is:, has:, tag:, note:.
extension QueryParser {
    private static let states: [(String, MarkCondition)] = [
        ("starred", .starred), ("seen", .seen), ("unseen", .unseen), ("towatch", .toWatch), ("to-watch", .toWatch),
    ]

    static func mark(_ field: String, _ value: String) throws -> MarkCondition {
        switch field {
        case "is":
            // A word's start is enough once it names one state (is:star, is:tow): the list narrows as you type.
            let named = states.filter { $0.0.hasPrefix(value.lowercased()) }.map(\.1)
            guard let condition = named.first, named.allSatisfy({ $0 == condition }) else {
                throw QueryError("is: takes starred, seen, unseen or towatch, not “\(value.prefix(40))”")
            }
            return condition
        case "has":
            guard ["note", "notes"].contains(value.lowercased()) else {
                throw QueryError("has: takes note (has:note), not “\(value.prefix(40))”")
            }
            return .hasNote
        case "tag":
            guard let name = TagName(value) else { throw QueryError("tag: " + TagName.problem(with: value)) }
            return .tagged(name)
        default:
            return .noteContains(value)
        }
    }
}

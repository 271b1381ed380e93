import Foundation

/// Thin, cached NSRegularExpression helpers returning capture groups as strings ("" when a group is absent).
enum Regex {
    private static let cache = RegexCache()

    static func match(_ pattern: String, _ text: String) -> [String]? {
        let regex = cache.regex(pattern)
        let range = NSRange(text.startIndex..., in: text)
        guard let result = regex.firstMatch(in: text, range: range) else { return nil }
        return groups(result, in: text)
    }

    static func matches(_ pattern: String, _ text: String) -> [[String]] {
        let regex = cache.regex(pattern)
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).map { groups($0, in: text) }
    }

    private static func groups(_ result: NSTextCheckingResult, in text: String) -> [String] {
        (0..<result.numberOfRanges).map { index in
            Range(result.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
    }
}

/// Compiled patterns, shared across threads.
private final class RegexCache: @unchecked Sendable {
    private var compiled: [String: NSRegularExpression] = [:]
    private let lock = NSLock()

    func regex(_ pattern: String) -> NSRegularExpression {
        lock.lock()
        defer { lock.unlock() }
        if let regex = compiled[pattern] { return regex }
        // Patterns are literals of this module: a bad one is a programming error.
        let regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        compiled[pattern] = regex
        return regex
    }
}

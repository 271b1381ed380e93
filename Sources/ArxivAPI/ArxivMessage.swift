import Foundation
import TalksVersion

/// One line `talks-fetch arxiv` writes to its standard output, and how `talks enrich` reads it back.
///
/// ```swift
/// ArxivMessage.asking(index: 0, url: "https://export.arxiv.org/api/query?id_list=1806.07572&max_results=1").line
/// // "asking 0 https://export.arxiv.org/api/query?id_list=1806.07572&max_results=1"
/// ArxivMessage(line: "stopped 2 cannot reach export.arxiv.org: connection refused")
/// // .stopped(index: 2, message: "cannot reach export.arxiv.org: connection refused")
/// ```
/// `index` is the query's position in the list the helper was given. An `answer` carries the parsed
/// feed as JSON; every other message is plain text on one line.
public enum ArxivMessage: Hashable, Sendable {
    /// About to send query `index` to `url`.
    case asking(index: Int, url: String)
    /// Pausing before the next attempt (the API asked to wait, or is being given room).
    case waiting(seconds: Double, reason: String)
    /// Query `index` was answered.
    case answer(index: Int, url: String, feed: ArxivFeed)
    /// Query `index` failed for a reason of its own (a bad answer, an error entry); the rest go on.
    case failed(index: Int, url: String, message: String)
    /// Query `index` failed in a way every later one would too (no network, a stalled or refusing
    /// server): nothing from `index` on was answered.
    case stopped(index: Int, message: String)
    /// Every query was asked.
    case done

    /// The line, without its newline; line breaks inside a message become spaces.
    public var line: String {
        switch self {
        case .asking(let index, let url): return "asking \(index) \(Self.oneLine(url))"
        case .waiting(let seconds, let reason): return "waiting \(seconds) \(Self.oneLine(reason))"
        case .answer(let index, let url, let feed):
            let json = (try? Self.encoder.encode(Answer(url: url, feed: feed))).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
            return "answer \(index) \(json)"
        case .failed(let index, let url, let message): return "failed \(index) \(Self.oneLine(url)) \(Self.oneLine(message))"
        case .stopped(let index, let message): return "stopped \(index) \(Self.oneLine(message))"
        case .done: return "done"
        }
    }

    /// The message a line holds, or nil for anything else.
    public init?(line: String) {
        var words = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let keyword = words.removeFirst()
        let rest = words.first ?? ""
        func split(_ text: String) -> (String, String)? {
            guard let space = text.firstIndex(of: " ") else { return nil }
            return (String(text[..<space]), String(text[text.index(after: space)...]))
        }
        switch keyword {
        case "done" where rest.isEmpty:
            self = .done
        case "asking":
            guard let (index, url) = split(rest), let number = Int(index) else { return nil }
            self = .asking(index: number, url: url)
        case "waiting":
            guard let (seconds, reason) = split(rest), let value = Double(seconds) else { return nil }
            self = .waiting(seconds: value, reason: reason)
        case "answer":
            guard let (index, json) = split(rest), let number = Int(index),
                  let answer = try? JSONDecoder().decode(Answer.self, from: Data(json.utf8)) else { return nil }
            self = .answer(index: number, url: answer.url, feed: answer.feed)
        case "failed":
            guard let (index, tail) = split(rest), let number = Int(index), let (url, message) = split(tail) else { return nil }
            self = .failed(index: number, url: url, message: message)
        case "stopped":
            guard let (index, message) = split(rest), let number = Int(index) else { return nil }
            self = .stopped(index: number, message: message)
        default:
            return nil
        }
    }

    private struct Answer: Codable {
        var url: String
        var feed: ArxivFeed
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    private static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}

/// How `talks` introduces itself to the arXiv API: its name and version, and what it is, with no
/// address of anyone (arXiv's terms ask clients to identify themselves).
public enum ArxivClient {
    public static let userAgent = "talks/\(TalksVersion.current) (terminal browser of ML reading-group talks; talks enrich)"
    /// The API's home, when nothing else is configured.
    public static let defaultAPI = "https://export.arxiv.org/api/query"
    /// arXiv's terms: no more than one request every three seconds.
    public static let minimumInterval = 3.0
}

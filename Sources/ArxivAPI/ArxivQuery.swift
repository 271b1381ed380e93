import Foundation

/// One request to the arXiv API: papers by id, or a title search.
///
/// ```swift
/// ArxivQuery.ids(["1806.07572", "hep-th/9901001"]).url(base: "https://export.arxiv.org/api/query")
/// // "https://export.arxiv.org/api/query?id_list=1806.07572,hep-th/9901001&max_results=2"
/// ArxivQuery.title("Neural Tangent Kernel: Convergence").url(base: "https://export.arxiv.org/api/query")
/// // "https://export.arxiv.org/api/query?search_query=ti:%22Neural+Tangent+Kernel+Convergence%22&max_results=25"
/// ```
/// A title is searched as the phrase of its words (`ti:"…"`): quotes, colons, brackets and other
/// punctuation, which the API's query syntax could read as operators, are left out. What comes back is only a candidate:
/// whoever asked decides whether its title is the same.
public enum ArxivQuery: Hashable, Sendable, Codable {
    /// Papers by arXiv id, at most ``maxIDs`` of them (without versions; old style as `hep-th/9901001`).
    case ids([String])
    /// Papers whose title contains these words as a phrase.
    case title(String)

    /// The most ids one request asks for.
    public static let maxIDs = 100
    /// How many candidates a title search asks for.
    public static let titleResults = 25

    /// The request's URL on the API at `base` (e.g. `https://export.arxiv.org/api/query`).
    public func url(base: String) -> String {
        let separator = base.contains("?") ? "&" : "?"
        return base + separator + parameters.map { "\($0.0)=\(Self.encode($0.1))" }.joined(separator: "&")
    }

    /// The query parameters, in the order they are sent.
    public var parameters: [(String, String)] {
        switch self {
        case .ids(let ids):
            return [("id_list", ids.joined(separator: ",")), ("max_results", String(ids.count))]
        case .title(let title):
            return [("search_query", "ti:\"\(Self.phrase(title))\""), ("max_results", String(Self.titleResults))]
        }
    }

    /// What the query asks, for progress lines and reports: "2 ids", "title “…”".
    public var summary: String {
        switch self {
        case .ids(let ids): return ids.count == 1 ? "id \(ids[0])" : "\(ids.count) ids"
        case .title(let title): return "title “\(title)”"
        }
    }

    /// A title's words (letters and digits, and apostrophes inside a word: "It's") separated by
    /// single spaces.
    static func phrase(_ title: String) -> String {
        title.replacingOccurrences(of: "\u{2019}", with: "'")
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "'")) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// Percent-encodes a parameter value: unreserved characters and `, / :` stay, a space becomes `+`.
    static func encode(_ value: String) -> String {
        var out = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"),
                 UInt8(ascii: ","), UInt8(ascii: "/"), UInt8(ascii: ":"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "):
                out += "+"
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}

import Foundation

/// Answers requests as the arXiv API does, from the fixtures: an `id_list` request with one feed
/// holding an entry per id it knows, a title search (`search_query=ti:"…"`) with the feed given for
/// that phrase or a default one.
///
/// ```swift
/// let stub = ArxivStub(entries: ArxivFixtures.entries(in: "manual-typical-response.xml"),
///                      titles: ["Dreaming of atmospheres": ArxivFixtures.text("orijtech-deep-dream-0-excerpt.xml")])
/// let server = try LoopbackServer(responder: stub.answer)
/// // TALKS_ARXIV_API = server.url("/api/query")
/// ```
public struct ArxivStub: Sendable {
    /// `<entry>` elements by the id the API knows them by (`hep-ex/0307015`).
    public var entries: [String: String]
    /// Feeds for title searches, by the phrase searched.
    public var titles: [String: String]
    /// The feed for any other title search.
    public var otherTitles: String

    public init(entries: [String: String], titles: [String: String] = [:],
                otherTitles: String = ArxivFixtures.text("zero-results-built.xml")) {
        self.entries = entries
        self.titles = titles
        self.otherTitles = otherTitles
    }

    /// The answer to `request`, or nil (404) for a path that is not the API's.
    public func answer(_ request: LoopbackServer.Request) -> LoopbackServer.Route? {
        guard let query = Self.parameters(request.path) else { return nil }
        if let list = query["id_list"] {
            let ids = list.split(separator: ",").map(String.init)
            return Self.route(ArxivFixtures.feed(ids.compactMap { entries[$0] }, asked: "id_list=\(list)"))
        }
        if let search = query["search_query"], search.hasPrefix("ti:\""), search.hasSuffix("\"") {
            return Self.route(titles[String(search.dropFirst(4).dropLast())] ?? otherTitles)
        }
        return Self.route(ArxivFixtures.text("manual-error-response.xml"))
    }

    /// A 200 answer with an Atom body.
    public static func route(_ feed: String) -> LoopbackServer.Route {
        LoopbackServer.Route(body: Array(feed.utf8), contentType: "application/atom+xml; charset=utf-8", honoursRange: false)
    }

    /// The decoded query parameters of a request path (`+` is a space).
    public static func parameters(_ path: String) -> [String: String]? {
        guard let mark = path.firstIndex(of: "?") else { return nil }
        var values: [String: String] = [:]
        for pair in path[path.index(after: mark)...].split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            values[parts[0]] = parts[1].replacingOccurrences(of: "+", with: " ").removingPercentEncoding
        }
        return values
    }
}

extension ArxivFixtures {
    /// The `<entry>` elements of a feed, by the id the API knows each by.
    public static func entries(inFeed feed: String) -> [String: String] {
        var found: [String: String] = [:]
        var rest = feed[...]
        while let start = rest.range(of: "<entry"), let end = rest.range(of: "</entry>", range: start.upperBound..<rest.endIndex) {
            let entry = String(rest[start.lowerBound..<end.upperBound])
            if let id = entry.range(of: #"abs/[^<]+</id>"#, options: .regularExpression) {
                var key = String(entry[id].dropFirst(4).dropLast(5))
                if let version = key.range(of: #"v[0-9]+$"#, options: .regularExpression) { key.removeSubrange(version) }
                found[key] = entry
            }
            rest = rest[end.upperBound...]
        }
        return found
    }

    public static func entries(in name: String) -> [String: String] { entries(inFeed: text(name)) }

    /// A feed as the API writes one for an `id_list` request, holding `entries`.
    public static func feed(_ entries: [String], asked: String) -> String {
        let query = asked.replacingOccurrences(of: "&", with: "&amp;")
        return """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom">
              <title xmlns="http://www.w3.org/2005/Atom">ArXiv Query: search_query=&amp;\(query)&amp;start=0&amp;max_results=\(entries.count)</title>
              <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">\(entries.count)</opensearch:totalResults>
              \(entries.joined(separator: "\n  "))
            </feed>
            """
    }
}

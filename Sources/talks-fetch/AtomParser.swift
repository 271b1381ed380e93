import ArxivAPI
import Foundation

/// Reads an arXiv API answer (an Atom feed) into an ``ArxivFeed``.
///
/// ```swift
/// let feed = try AtomParser.parse(data)
/// feed.totalResults                // 1
/// feed.entries[0].primaryCategory  // "hep-ex"
/// ```
/// Elements are found by their local names (`affiliation`, `primary_category`, `totalResults`), so
/// the feed may bind its namespaces to any prefix. The API's error entry (a malformed request is
/// answered with one entry titled "Error" whose id points at `/api/errors`) throws
/// ``ArxivFetchError/apiError(_:)`` with its summary; an entry without a paper id or a title (an id
/// arXiv does not know) is left out.
enum AtomParser {
    static func parse(_ data: Data) throws(ArxivFetchError) -> ArxivFeed {
        let feed: XMLTree
        do {
            feed = try XMLTree.parse(data)
        } catch let error as XMLTree.Malformed {
            throw .malformed("XML error at line \(error.line), column \(error.column)")
        } catch {
            throw .malformed("\(error)")
        }
        guard feed.name == "feed" else { throw .malformed("no Atom <feed> but <\(feed.name)>") }
        var entries: [ArxivFeed.Entry] = []
        for entry in feed.all("entry") {
            let id = text(entry.first("id")) ?? ""
            if id.contains("/api/errors") || text(entry.first("title")) == "Error" {
                throw .apiError(text(entry.first("summary")) ?? id)
            }
            if let parsed = self.entry(entry, id: id) { entries.append(parsed) }
        }
        return ArxivFeed(totalResults: text(feed.first("totalResults")).flatMap { Int($0) }, entries: entries)
    }

    private static func entry(_ entry: XMLTree, id: String) -> ArxivFeed.Entry? {
        guard let (paper, version) = paperID(id), let title = text(entry.first("title")) else { return nil }
        let authors = entry.all("author").compactMap { author -> ArxivFeed.Author? in
            guard let name = text(author.first("name")) else { return nil }
            return ArxivFeed.Author(name: name, affiliations: author.all("affiliation").compactMap(text))
        }
        return ArxivFeed.Entry(
            id: paper, version: version, title: title, summary: text(entry.first("summary")), authors: authors,
            published: text(entry.first("published")), updated: text(entry.first("updated")),
            primaryCategory: entry.first("primary_category")?.attributes["term"].flatMap(nonEmpty),
            categories: entry.all("category").compactMap { $0.attributes["term"].flatMap(nonEmpty) },
            doi: text(entry.first("doi")), journalRef: text(entry.first("journal_ref")), comment: text(entry.first("comment")))
    }

    /// `http://arxiv.org/abs/hep-th/9901001v2` → (`hep-th/9901001`, 2); nil for anything but an abs URL.
    static func paperID(_ url: String) -> (String, Int?)? {
        guard let abs = url.range(of: "arxiv.org/abs/") else { return nil }
        var id = String(url[abs.upperBound...])
        var version: Int?
        if let v = id.lastIndex(of: "v"), let number = Int(id[id.index(after: v)...]), id[..<v].last?.isNumber == true {
            version = number
            id = String(id[..<v])
        }
        return id.isEmpty ? nil : (id, version)
    }

    /// The element's text with white space runs collapsed, or nil when absent or blank.
    private static func text(_ element: XMLTree?) -> String? {
        guard let element else { return nil }
        return nonEmpty(element.text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
    }

    private static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}

import Foundation

/// The link to open for a record: link N as `talks show` numbers them, or the paper's PDF.
///
/// ```swift
/// try PaperLink.resolve(talk)                 // https://arxiv.org/pdf/2211.05729
/// try PaperLink.resolve(talk, linkNumber: 2)  // the second link, exactly as the page gives it
/// try PaperLink.resolve(talk, mirror: try ArxivMirror("http://127.0.0.1:8080"))
/// ```
/// The best link: an arXiv id becomes its PDF (on the mirror), an OpenReview forum or PDF page its
/// PDF, a direct PDF stays, otherwise the first web page, otherwise the first link. Whatever is
/// chosen must be an http(s) URL (``HTTPURL``); anything else is refused, never skipped silently.
public enum PaperLink {
    /// The URL to open for `record`.
    ///
    /// - Parameters:
    ///   - record: the talk or paper.
    ///   - linkNumber: 1-based number of the link to open as it stands; nil for the best link.
    ///   - mirror: where arXiv PDFs come from.
    /// - Throws: ``LinkRefusal`` when the record has no link, `linkNumber` is out of range, or the
    ///   chosen link is not an http(s) URL.
    public static func resolve(_ record: ArchiveRecord, linkNumber: Int? = nil,
                               mirror: ArxivMirror = .arxiv) throws(LinkRefusal) -> HTTPURL {
        guard !record.links.isEmpty || !record.arxiv.isEmpty else { throw .noLinks(recordID: record.id) }
        if let linkNumber {
            guard linkNumber >= 1, record.links.indices.contains(linkNumber - 1) else {
                throw .noSuchLink(recordID: record.id, number: linkNumber, count: record.links.count)
            }
            return try HTTPURL(record.links[linkNumber - 1].url)
        }
        if let pdf = record.arxiv.lazy.compactMap({ mirror.pdf(for: $0) }).first { return pdf }
        for link in record.links where link.kind == .openreview {
            if let pdf = openReviewPDF(link.url) { return pdf }
        }
        let page = record.links.first { $0.kind == .pdf } ?? record.links.first { $0.kind == .web } ?? record.links[0]
        return try HTTPURL(page.url)
    }

    /// The best link's text, or nil when there is none or it is refused.
    ///
    /// ```swift
    /// PaperLink.best(for: talk)  // "https://arxiv.org/pdf/2211.05729"
    /// ```
    public static func best(for record: ArchiveRecord, mirror: ArxivMirror = .arxiv) -> String? {
        (try? resolve(record, mirror: mirror))?.description
    }

    /// `https://openreview.net/pdf?id=ID` for an OpenReview forum or PDF link, else nil.
    static func openReviewPDF(_ url: String) -> HTTPURL? {
        guard let checked = try? HTTPURL(url),
              let parts = URLComponents(string: checked.description), let host = parts.host,
              parts.path == "/forum" || parts.path == "/pdf",
              let id = parts.queryItems?.first(where: { $0.name == "id" })?.value,
              id.range(of: #"^[A-Za-z0-9_\-]+\z"#, options: .regularExpression) != nil else { return nil }
        return HTTPURL(trusted: "https://\(host.lowercased())/pdf?id=\(id)")
    }
}

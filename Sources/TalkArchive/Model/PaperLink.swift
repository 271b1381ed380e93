/// The best link to open for a record: its paper's PDF where there is one.
///
/// ```swift
/// PaperLink.best(for: talk)  // "https://arxiv.org/pdf/2211.05729"
/// ```
/// An arXiv id becomes its PDF, an OpenReview forum its PDF, a direct PDF stays, otherwise the
/// first page that is not notes or a video.
public enum PaperLink {
    public static func best(for record: ArchiveRecord) -> String? {
        if let id = record.arxiv.first { return "https://arxiv.org/pdf/\(id)" }
        for link in record.links where link.kind == .openreview {
            if let id = link.url.split(separator: "id=").last, link.url.contains("id=") {
                return "https://openreview.net/pdf?id=\(id)"
            }
        }
        if let pdf = record.links.first(where: { $0.kind == .pdf }) { return pdf.url }
        return record.links.first { $0.kind == .web }?.url ?? record.links.first?.url
    }
}

/// What a link points to; decides how `talks open` treats it.
public enum LinkKind: String, Sendable, Codable, CaseIterable {
    case arxiv, pdf, openreview, video, notes, web
}

/// A link given by a page, with its label as the page words it.
public struct Link: Hashable, Sendable, Codable {
    public var kind: LinkKind
    public var url: String
    public var label: String

    public init(kind: LinkKind, url: String, label: String) {
        self.kind = kind
        self.url = url
        self.label = label
    }

    /// Classifies `url` by host and path; `label` ("Notes") can make it a notes link.
    ///
    /// ```swift
    /// Link(url: "https://arxiv.org/abs/1806.07572", label: "Neural Tangent Kernel").kind  // .arxiv
    /// ```
    public init(url: String, label: String) {
        self.init(kind: LinkKind.classify(url: url, label: label), url: url, label: label)
    }
}

extension LinkKind {
    static func classify(url: String, label: String) -> LinkKind {
        let lower = url.lowercased()
        let host = lower.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first.map(String.init) ?? ""
        if ArxivID.extract(from: url) != nil { return .arxiv }
        if host.hasSuffix("openreview.net") { return .openreview }
        if host.hasSuffix("youtube.com") || host == "youtu.be" || host.hasSuffix("vimeo.com") { return .video }
        if label.lowercased().hasPrefix("notes") { return .notes }
        let path = lower.split(separator: "?").first.map(String.init) ?? lower
        if path.hasSuffix(".pdf") { return .pdf }
        return .web
    }
}

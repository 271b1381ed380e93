import Foundation

/// Where a Jekyll page is published, for its relative links (`files/a.pdf`, `/files/a.pdf`).
///
/// A page never states its own address, so it is inferred: the GitHub Pages host its own links
/// name most, and the front matter's permalink as the page's path.
///
/// ```swift
/// let site = PageSite(permalink: "/DLTRG/", lines: ["[Notes](https://thomasheap.github.io/files/n.pdf)"])
/// site?.base                     // "https://thomasheap.github.io/DLTRG/"
/// site?.resolve("/files/a.pdf")  // "https://thomasheap.github.io/files/a.pdf"
/// site?.resolve("files/a.pdf")   // "https://thomasheap.github.io/DLTRG/files/a.pdf"
/// ```
struct PageSite {
    /// The page's own address.
    let base: String
    /// How ``base`` was inferred, in words for `talks check`.
    let evidence: String

    /// - Parameters:
    ///   - permalink: the front matter's `permalink:` (`/DLTRG/`), if any.
    ///   - lines: the page's text, searched for `*.github.io` hosts; nil when it names none.
    init?(permalink: String?, lines: [String]) {
        let hosts = lines.flatMap { line in
            Regex.matches(#"(?<![a-z0-9.\-])([a-z0-9\-]+\.github\.io)(?![a-z0-9\-])"#, line).map { $0[1].lowercased() }
        }
        let counts = Dictionary(hosts.map { ($0, 1) }, uniquingKeysWith: +)
        var mostNamed: String?  // among equals, the first named
        for host in hosts where mostNamed.map({ counts[host]! > counts[$0]! }) ?? true { mostNamed = host }
        guard let host = mostNamed else { return nil }
        var evidence = "the GitHub Pages host its links name \(counts[host]!) times"
        let path: String
        if let permalink, permalink.range(of: #"^/[A-Za-z0-9._~/\-]*\z"#, options: .regularExpression) != nil {
            path = permalink
            evidence += " and its permalink \(permalink)"
        } else {
            path = "/"
            evidence += "; no usable permalink, so the site's root"
        }
        base = "https://\(host)\(path)"
        self.evidence = evidence
    }

    /// `reference` resolved against the page's address as a browser would, or nil.
    func resolve(_ reference: String) -> String? {
        guard let base = URL(string: base), let url = URL(string: reference, relativeTo: base) else { return nil }
        return url.absoluteString
    }
}

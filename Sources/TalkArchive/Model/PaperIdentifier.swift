import Foundation

/// A paper's public identifier as a user pastes it: an arXiv id or a DOI, in any of their forms.
///
/// ```swift
/// PaperIdentifier(parsing: "2211.05729v2")                              // .arxiv("2211.05729")
/// PaperIdentifier(parsing: "arXiv:hep-th/9901001")                      // .arxiv("hep-th/9901001")
/// PaperIdentifier(parsing: "https://arxiv.org/pdf/2211.05729v1.pdf")    // .arxiv("2211.05729")
/// PaperIdentifier(parsing: "https://doi.org/10.48550/arXiv.2404.05304") // .arxiv("2404.05304")
/// PaperIdentifier(parsing: "doi:10.1103/PhysRevLett.1.1")               // .doi("10.1103/physrevlett.1.1")
/// PaperIdentifier(parsing: "neural")                                    // nil
/// ```
public enum PaperIdentifier: Hashable, Sendable, CustomStringConvertible {
    /// Normalized (`ArxivID.normalize`): no version, no prefix.
    case arxiv(String)
    /// Lowercased, as DOIs compare case-blind, without `doi:` or a resolver's address.
    case doi(String)

    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        // Every form holds a digit and a dot or slash: plain words (every key of a search) skip the patterns.
        guard trimmed.utf8.count <= 300, trimmed.utf8.contains(where: { (0x30...0x39).contains($0) }),
              trimmed.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "/") }) else { return nil }
        if let id = ArxivID.extract(from: trimmed) ?? ArxivID.normalize(trimmed) {
            self = .arxiv(id)
        } else if let doi = PaperIdentifier.doi(in: trimmed) {
            // arXiv's own DOIs (DataCite, 10.48550/arXiv.ID) name an arXiv paper.
            let arxivPrefix = "10.48550/arxiv."
            if doi.hasPrefix(arxivPrefix), let id = ArxivID.normalize(String(doi.dropFirst(arxivPrefix.count))) {
                self = .arxiv(id)
            } else {
                self = .doi(doi)
            }
        } else {
            return nil
        }
    }

    /// How the index stores it: `arxiv:2211.05729`, `doi:10.1103/physrevlett.1.1`.
    public var key: String {
        switch self {
        case .arxiv(let id): return "arxiv:" + id
        case .doi(let doi): return "doi:" + doi
        }
    }

    public var description: String {
        switch self {
        case .arxiv(let id): return "arXiv \(id)"
        case .doi(let doi): return "DOI \(doi)"
        }
    }

    /// Every identifier a record carries: its arXiv ids and the DOIs of its papers' facts.
    public static func all(of record: ArchiveRecord) -> [PaperIdentifier] {
        let dois = record.paperFacts.compactMap(\.doi).compactMap { PaperIdentifier(parsing: $0) }
        var seen = Set<PaperIdentifier>()
        return (record.arxiv.map { .arxiv($0) } + dois).filter { seen.insert($0).inserted }
    }

    /// `10.NNNN/suffix` (Crossref's pattern) bare, after `doi:`, or in a doi.org address.
    private static func doi(in text: String) -> String? {
        var rest = Substring(text)
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "doi:"]
        where rest.lowercased().hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        guard rest.range(of: #"^10\.[0-9]{4,9}/[^\s\p{Cc}\p{Zl}\p{Zp}]+\z"#, options: .regularExpression) != nil else { return nil }
        return rest.lowercased()
    }
}

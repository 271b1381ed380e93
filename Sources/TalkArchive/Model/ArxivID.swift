import Foundation

/// arXiv identifiers, normalized from every form the pages use.
///
/// ```swift
/// ArxivID.extract(from: "https://arxiv.org/pdf/2304.09871.pdf")  // "2304.09871"
/// ArxivID.extract(from: "arxiv.org/abs/2211.05729v2")            // "2211.05729"
/// ArxivID.extract(from: "https://arxiv.org/abs/hep-th/9901001")  // "hep-th/9901001"
/// ```
/// The version suffix is dropped: a talk discusses a paper, not one revision of it.
public enum ArxivID {
    /// The normalized id in an arXiv abs/pdf/html URL, or nil.
    public static func extract(from url: String) -> String? {
        guard let range = url.range(of: #"(?i)^(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf|html)/"#,
                                    options: .regularExpression) else { return nil }
        var rest = String(url[range.upperBound...])
        if let cut = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = String(rest[..<cut]) }
        if rest.lowercased().hasSuffix(".pdf") { rest.removeLast(4) }
        while rest.hasSuffix("/") { rest.removeLast() }
        return normalize(rest)
    }

    /// A bare id ("2501.19393v3", "arXiv:2501.19393") normalized, or nil if it is not one.
    public static func normalize(_ text: String) -> String? {
        // The common case, checked without regular expressions: an import normalizes millions.
        if isModern(text.utf8) { return text }
        var id = text.trimmingCharacters(in: .whitespaces)
        if id.lowercased().hasPrefix("arxiv:") { id.removeFirst(6) }
        if let v = id.range(of: #"v[0-9]+\z"#, options: .regularExpression) { id.removeSubrange(v) }
        let modern = #"^[0-9]{4}\.[0-9]{4,5}\z"#
        let legacy = #"^[a-z\-]+(\.[A-Z]{2})?/[0-9]{7}\z"#
        if id.range(of: modern, options: .regularExpression) != nil
            || id.range(of: legacy, options: .regularExpression) != nil { return id }
        return nil
    }

    /// `NNNN.NNNN` or `NNNN.NNNNN`, exactly.
    private static func isModern(_ bytes: String.UTF8View) -> Bool {
        guard bytes.count == 9 || bytes.count == 10 else { return false }
        for (offset, byte) in bytes.enumerated() {
            if offset == 4 { guard byte == UInt8(ascii: ".") else { return false } } else if !(0x30...0x39).contains(byte) { return false }
        }
        return true
    }
}

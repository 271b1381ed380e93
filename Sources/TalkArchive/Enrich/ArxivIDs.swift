import Foundation

extension ArxivID {
    /// The id as the arXiv API knows it: an old-style id loses its subject class, which names a
    /// listing, not the paper (`math.GT/0309136` is answered as `math/0309136`).
    ///
    /// ```swift
    /// ArxivID.apiForm("math.GT/0309136")  // "math/0309136"
    /// ArxivID.apiForm("2211.05729")       // "2211.05729"
    /// ```
    static func apiForm(_ id: String) -> String {
        guard let slash = id.firstIndex(of: "/"), let dot = id[..<slash].firstIndex(of: ".") else { return id }
        return String(id[..<dot]) + String(id[slash...])
    }
}

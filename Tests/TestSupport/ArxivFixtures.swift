import Foundation

/// The arXiv API answers under `Tests/Fixtures/arxiv-api` (their sources: `SOURCES.md` there).
///
/// ```swift
/// let feed = ArxivFixtures.bytes("manual-typical-response.xml")
/// ```
public enum ArxivFixtures {
    public static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/arxiv-api")

    /// The file's bytes; a missing fixture is a broken checkout, so it stops the test run.
    public static func bytes(_ name: String) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
            fatalError("missing fixture \(name) in \(folder.path)")
        }
        return Array(data)
    }

    public static func text(_ name: String) -> String { String(decoding: bytes(name), as: UTF8.self) }

    /// The typical response's entry with its one author replaced by `count` numbered authors, every
    /// third with an affiliation (built: no saved answer with that many authors was found).
    public static func manyAuthors(_ count: Int) -> String {
        let authors = (1...count).map { number in
            let affiliation = number % 3 == 0 ? "\n      <arxiv:affiliation>Institute \(number / 3)</arxiv:affiliation>" : ""
            return "<author>\n      <name>Member \(number) of H1</name>\(affiliation)\n    </author>"
        }.joined(separator: "\n    ")
        return text("manual-typical-response.xml").replacingOccurrences(of: """
            <author xmlns="http://www.w3.org/2005/Atom">
                  <name xmlns="http://www.w3.org/2005/Atom">H1 Collaboration</name>
                </author>
            """, with: authors)
    }

    /// The typical response's entry as the answer for an old-style id with its subject class
    /// dropped (`math/0309136`): id, title and category changed (built).
    public static func oldStyleMath() -> String {
        text("manual-typical-response.xml")
            .replacingOccurrences(of: "hep-ex/0307015", with: "math/0309136")
            .replacingOccurrences(of: "term=\"hep-ex\"", with: "term=\"math.GT\"")
            .replacingOccurrences(of: "Multi-Electron Production at High Transverse Momenta in ep Collisions at\n  HERA",
                                  with: "An Old-Style Identifier With a Subject Class")
    }

    /// The typical response cut off in the middle of its entry.
    public static func malformed() -> String {
        let full = text("manual-typical-response.xml")
        return String(full[..<full.range(of: "<arxiv:comment")!.lowerBound])
    }
}

import Foundation

/// A file imported into the index, as it was when imported.
public struct ImportSource: Codable, Hashable, Sendable {
    public var path: String
    public var format: String
    public var records: Int
    public var bytes: Int64

    public init(path: String, format: String, records: Int, bytes: Int64) {
        self.path = path
        self.format = format
        self.records = records
        self.bytes = bytes
    }
}

/// How an import is going, for a progress line.
public struct ImportProgress: Sendable {
    public var records: Int
    public var bytesRead: Int64
    public var totalBytes: Int64
    public var elapsed: TimeInterval

    /// "412,000 records · 23,500/s · 41% · about 1m 20s left".
    public var line: String {
        let rate = elapsed > 0 ? Double(records) / elapsed : 0
        var parts = ["\(records.formatted()) records", "\(Int(rate).formatted())/s"]
        if totalBytes > 0 {
            let fraction = Double(bytesRead) / Double(totalBytes)
            parts.append("\(Int(fraction * 100))%")
            if fraction > 0.01 {
                let left = Int(elapsed / fraction - elapsed)
                parts.append("about \(left / 60 > 0 ? "\(left / 60)m " : "")\(left % 60)s left")
            }
        }
        return parts.joined(separator: " · ")
    }
}

/// What an import did.
public struct ImportSummary: Sendable {
    public var imported: Int
    /// Lines not taken (not an arXiv id, no date), with the first few reasons.
    public var skipped: Int
    public var firstProblems: [String]
    /// Talks of the archive that discuss an imported paper, now linked to it.
    public var linkedTalks: Int
    public var seconds: TimeInterval
    public var indexPath: String
}

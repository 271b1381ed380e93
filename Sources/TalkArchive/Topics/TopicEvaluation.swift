import Foundation

/// Measures assigned topics against hand labels (`Benchmarks/topic-labels.tsv`): precision and
/// recall per area, on a tuning part and a held-out part of the labelled records.
///
/// ```swift
/// let labels = try TopicLabels.parse(text)
/// let evaluation = TopicEvaluation(labels: labels, records: archive.records)
/// evaluation.scores(.heldOut).micro.precision   // 0.9
/// ```
public struct TopicEvaluation: Sendable {
    /// Which labelled records: chosen by the id alone, so a new label falls in a part at once and
    /// nobody picks which records are held out.
    public enum Part: String, Sendable, CaseIterable {
        case tuning, heldOut = "held-out"

        /// FNV-1a (64-bit) of the id's UTF-8 bytes, modulo 100: below 40 is held out.
        public static func of(_ id: String) -> Part {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return hash % 100 < 40 ? .heldOut : .tuning
        }
    }

    /// Counts for one area (or all areas together): true positives, false positives, false negatives.
    public struct Score: Sendable, Hashable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0
        /// Records labelled with the area.
        public var support: Int { truePositives + falseNegatives }
        /// 1 when nothing was assigned (no false claims).
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        /// 1 when nothing was labelled (nothing to find).
        public var recall: Double { ratio(truePositives, support) }

        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }

        static func + (a: Score, b: Score) -> Score {
            Score(truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives,
                  falseNegatives: a.falseNegatives + b.falseNegatives)
        }
    }

    /// The scores of one part: per area in list order, and micro-averaged (counts summed over areas).
    public struct PartScores: Sendable {
        public var records: Int
        public var areas: [(area: String, score: Score)]
        public var micro: Score { areas.reduce(Score()) { $0 + $1.score } }
    }

    /// A record whose assigned areas differ from its label.
    public struct Disagreement: Sendable {
        public var id: String
        public var missing: [String]
        public var extra: [String]
        public var reason: String
    }

    public let labels: TopicLabels
    /// Assigned areas by record id.
    public let assigned: [String: Set<String>]

    public init(labels: TopicLabels, records: [ArchiveRecord]) {
        self.labels = labels
        var assigned: [String: Set<String>] = [:]
        for record in records { assigned[record.id] = Set(record.topics.map(\.topic)) }
        self.assigned = assigned
    }

    public func scores(_ part: Part) -> PartScores {
        let rows = labels.rows.filter { Part.of($0.id) == part }
        let areas = labels.areas.map { area -> (String, Score) in
            var score = Score()
            for row in rows {
                let labelled = row.areas.contains(area.name), found = assigned[row.id, default: []].contains(area.name)
                if labelled && found { score.truePositives += 1 }
                if !labelled && found { score.falsePositives += 1 }
                if labelled && !found { score.falseNegatives += 1 }
            }
            return (area.name, score)
        }
        return PartScores(records: rows.count, areas: areas)
    }

    /// The records of `part` whose areas differ from their labels: for tuning only (looking at the
    /// held-out part's would tune on it).
    public func disagreements(_ part: Part) -> [Disagreement] {
        labels.rows.filter { Part.of($0.id) == part }.compactMap { row in
            let found = assigned[row.id, default: []]
            let names = labels.areas.map(\.name)
            let missing = names.filter { row.areas.contains($0) && !found.contains($0) }
            let extra = names.filter { !row.areas.contains($0) && found.contains($0) }
            return missing.isEmpty && extra.isEmpty ? nil : Disagreement(id: row.id, missing: missing, extra: extra, reason: row.reason)
        }
    }

    /// Labelled ids the records don't have, and records without a label.
    public func coverage(of records: [ArchiveRecord]) -> (unknownLabels: [String], unlabelled: [String]) {
        let ids = Set(records.map(\.id)), labelled = Set(labels.rows.map(\.id))
        return (labels.rows.map(\.id).filter { !ids.contains($0) }, records.map(\.id).filter { !labelled.contains($0) })
    }
}

/// Hand labels: which areas each record is about, and why.
///
/// A tab-separated file: `area<TAB>code<TAB>heading` lines name the codes; then one line per record,
/// `id<TAB>codes<TAB>reason`, the codes comma-separated (`-` for none). `#` starts a comment line.
public struct TopicLabels: Sendable {
    public struct Row: Sendable {
        public var id: String
        /// Area headings.
        public var areas: Set<String>
        public var reason: String
    }

    public var areas: [(code: String, name: String)]
    public var rows: [Row]

    public static func parse(_ text: String) throws -> TopicLabels {
        var labels = TopicLabels(areas: [], rows: [])
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3 else { throw ArchiveError("topic labels, line \(number + 1): expected three tab-separated fields") }
            if fields[0] == "area" { labels.areas.append((fields[1], fields[2])); continue }
            var areas = Set<String>()
            for code in fields[1].split(separator: ",") where code != "-" {
                guard let area = labels.areas.first(where: { $0.code == code }) else {
                    throw ArchiveError("topic labels, line \(number + 1): unknown area code “\(code)”")
                }
                areas.insert(area.name)
            }
            labels.rows.append(Row(id: fields[0], areas: areas, reason: fields[2]))
        }
        return labels
    }
}

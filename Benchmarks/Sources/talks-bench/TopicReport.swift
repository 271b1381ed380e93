import Foundation
import TalkArchive

/// The topics section of BENCHMARKS.md: precision and recall per area against the hand labels,
/// on the tuning and the held-out part, and how long assigning topics takes.
struct TopicReport {
    static let heading = "## Topics: precision and recall against hand labels"

    var evaluation: TopicEvaluation
    /// Milliseconds to build the matcher and assign every record's topics, per run.
    var milliseconds: [Double]
    var records: Int
    var labelsPath: String
    /// Each record's topics, by id.
    var topics: [String: [TopicMatch]]

    /// Builds the archive, times topic assignment over its records and compares with the labels.
    static func measure(archive: URL? = nil, labels: URL? = nil, runs: Int = 50) throws -> TopicReport {
        guard let folder = archive ?? IndexLocation.bundledArchive() else { throw ArchiveError("no bundled archive found: pass --archive") }
        let labelsURL = labels ?? folder.deletingLastPathComponent().appendingPathComponent("Benchmarks/topic-labels.tsv")
        let built = Archive.build(pages: try ArchiveFolder(url: folder).pages)
        var times: [Double] = []
        for _ in 0..<runs {
            var records = built.records
            let start = DispatchTime.now().uptimeNanoseconds
            TopicMatcher(topics: built.topics, corpus: records.compactMap(\.abstract)).assign(to: &records)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        let text = try String(contentsOf: labelsURL, encoding: .utf8)
        let evaluation = TopicEvaluation(labels: try TopicLabels.parse(text), records: built.records)
        return TopicReport(evaluation: evaluation, milliseconds: times, records: built.records.count,
                           labelsPath: "Benchmarks/" + labelsURL.lastPathComponent,
                           topics: Dictionary(uniqueKeysWithValues: built.records.map { ($0.id, $0.topics) }))
    }

    /// The tuning part's micro-averaged scores for a grid of weights (never the held-out part's).
    static func sweep(archive: URL?, labels: URL?) throws {
        guard let folder = archive ?? IndexLocation.bundledArchive() else { throw ArchiveError("no bundled archive found: pass --archive") }
        let labelsURL = labels ?? folder.deletingLastPathComponent().appendingPathComponent("Benchmarks/topic-labels.tsv")
        let built = Archive.build(pages: try ArchiveFolder(url: folder).pages)
        let parsed = try TopicLabels.parse(try String(contentsOf: labelsURL, encoding: .utf8))
        for cap in [1.0, 1.5, 2.0, Double.infinity] {
            for threshold in [2.0, 3.0] {
                for relative in [0.0, 0.2, 0.3, 0.4, 0.5] {
                    var weights = TopicMatcher.Weights()
                    weights.weakTextCap = cap; weights.threshold = threshold; weights.relative = relative
                    var records = built.records
                    TopicMatcher(topics: built.topics, corpus: records.compactMap(\.abstract), weights: weights).assign(to: &records)
                    let scores = TopicEvaluation(labels: parsed, records: records).scores(.tuning)
                    let areas = scores.areas.map { String(format: "%.2f/%.2f", $0.score.precision, $0.score.recall) }.joined(separator: " ")
                    print(String(format: "cap %.1f threshold %.1f relative %.1f: P %.2f R %.2f   ", cap, threshold, relative,
                                 scores.micro.precision, scores.micro.recall) + areas)
                }
            }
        }
    }

    /// The bundled archive's section, or a line saying why there is none.
    static func bundledSection() -> [String] {
        do { return try measure().section() } catch { return ["", heading, "", "Not measured: \(error)."] }
    }

    func section() -> [String] {
        var lines = ["", TopicReport.heading, "",
                     "Written by `cd Benchmarks && swift run -c release talks-bench topics` (and by `talks-bench run`). Each talk and paper of the bundled archive was labelled by hand with the areas of the ELLIS topic list it is about, one reason per label, before the matcher was written (`\(labelsPath)`; labels are never edited to fit the matcher). The labelled records are split by a hash of the id. The lexicon and the weights were written and chosen on the tuning part alone (`talks-bench topics --tuning-errors`, `--sweep`); the held-out part was not used: its errors were never listed, and its figures were read before tuning began and once after. Aim: held-out precision ≥ 0.85 and recall ≥ 0.8.", ""]
        for part in TopicEvaluation.Part.allCases { lines += table(part) }
        let median = Statistics.percentile(milliseconds, 50)
        let build = _isDebugAssertConfiguration() ? "debug build" : "release build"
        lines += ["Assigning topics to the \(records) records (building the matcher from the lexicon, then matching every record): \(String(format: "%.1f", median)) ms (median of \(milliseconds.count) runs, fastest \(String(format: "%.1f", milliseconds.min() ?? 0)) ms; \(build), on a machine shared with compilers). Topics are assigned when the archive's pages are merged, at every index build; imported papers get none."]
        return lines
    }

    func table(_ part: TopicEvaluation.Part) -> [String] {
        let scores = evaluation.scores(part)
        var lines = ["### \(part == .tuning ? "Tuning" : "Held-out") part: \(scores.records) records", "",
                     "| area | labelled | assigned right | assigned wrongly | missed | precision | recall |",
                     "|---|---:|---:|---:|---:|---:|---:|"]
        for (area, score) in scores.areas { lines.append(row(area, score)) }
        lines.append(row("**micro-average**", scores.micro))
        return lines + [""]
    }

    private func row(_ name: String, _ s: TopicEvaluation.Score) -> String {
        "| \(name) | \(s.support) | \(s.truePositives) | \(s.falsePositives) | \(s.falseNegatives) | \(String(format: "%.2f", s.precision)) | \(String(format: "%.2f", s.recall)) |"
    }

    /// Replaces the section from its heading to the next `## ` heading, or adds it before
    /// "## What is measured", or at the end.
    static func replaceSection(in file: URL, with section: [String]) throws {
        let old = (try? String(contentsOf: file, encoding: .utf8)) ?? "# Benchmarks\n"
        var lines = old.components(separatedBy: "\n")
        let body = Array(section.drop { $0.isEmpty })
        if let start = lines.firstIndex(of: heading) {
            let end = lines[(start + 1)...].firstIndex { $0.hasPrefix("## ") } ?? lines.count
            lines.replaceSubrange(start..<end, with: body + (end < lines.count ? [""] : []))
        } else if let method = lines.firstIndex(where: { $0.hasPrefix("## What is measured") }) {
            lines.insert(contentsOf: body + [""], at: method)
        } else {
            lines += [""] + body
        }
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
    }
}

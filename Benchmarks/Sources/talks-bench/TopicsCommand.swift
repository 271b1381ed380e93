import ArgumentParser
import Foundation
import TalkArchive

/// `talks-bench topics`: measures the topics assigned to the bundled archive against the hand
/// labels, and writes the section of BENCHMARKS.md that reports it.
struct TopicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topics",
        abstract: "Measure topic precision and recall against the hand labels and update BENCHMARKS.md.")

    @Option(help: "The archive folder (the bundled one by default).") var archive: String?
    @Option(help: "The labels (Benchmarks/topic-labels.tsv of the package by default).") var labels: String?
    @Option(help: "The report whose topics section is replaced (or added); - prints the section.") var out = "BENCHMARKS.md"
    @Flag(help: "List the tuning part's records whose topics differ from their labels (never the held-out part's).")
    var tuningErrors = false
    @Flag(help: "Print the tuning part's micro-averaged precision and recall for a grid of weights.")
    var sweep = false

    func run() throws {
        if sweep { return try TopicReport.sweep(archive: archive.map { URL(fileURLWithPath: $0) }, labels: labels.map { URL(fileURLWithPath: $0) }) }
        let measurement = try TopicReport.measure(archive: archive.map { URL(fileURLWithPath: $0) },
                                                  labels: labels.map { URL(fileURLWithPath: $0) })
        if tuningErrors {
            // The tuning part only: its disagreements and its table, never the held-out part's.
            for d in measurement.evaluation.disagreements(.tuning) {
                print("\(d.id)\tmissing: \(d.missing.joined(separator: ", "))\textra: \(d.extra.joined(separator: ", "))\t\(d.reason)")
                for match in measurement.topics[d.id] ?? [] {
                    print("    \(match.topic): \(match.terms.joined(separator: "; "))")
                }
            }
            print(measurement.table(.tuning).joined(separator: "\n"))
            return
        }
        let section = measurement.section()
        if out == "-" {
            print(section.joined(separator: "\n"))
        } else {
            try TopicReport.replaceSection(in: URL(fileURLWithPath: out), with: section)
            print("wrote the topics section of \(out)")
        }
    }
}

import Foundation

/// The query language in a few examples, for `talks search --help` and the browser's `?` help,
/// written once so the two cannot drift.
///
/// ```swift
/// QuerySyntax.examples[0]  // (example: "lyap", meaning: "words by prefix (lyap finds Lyapunov); all must match")
/// QuerySyntax.text(indent: 2, column: 22)
/// // "  lyap                  words by prefix (lyap finds Lyapunov); all must match\n  …"
/// ```
/// Each example fits 18 cells and each meaning 57, the room the help overlay has at 80 columns.
public enum QuerySyntax {
    public static let examples: [(example: String, meaning: String)] = [
        ("lyap", "words by prefix (lyap finds Lyapunov); all must match"),
        ("optimizers", "other forms too (optimizer), ranked below the word typed"),
        ("on-device", "the same as \"on device\": hyphens and spaces alike"),
        ("ntk, lora", "acronyms and back (Neural Tangent Kernel); QLoRA, AdaLoRA"),
        ("\"neural tangent\"", "a phrase, word for word"),
        ("speaker:muenn", "in a field: title: speaker: affiliation: abstract: topic:"),
        ("series:ellis", "filters: series: kind:talk|paper year:2023"),
        ("arxiv:1806.07572", "records linking a paper; also doi:, or a pasted link"),
        ("after:2026-03-01", "on or after a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("before:2026-04", "strictly before a date"),
        ("-word", "exclude what matches; also -series:dltrg"),
        ("sharp OR flat", "either of two clauses"),
        ("is:starred tag:rl", "your marks: is:seen|unseen|towatch has:note note:WORD"),
    ]

    /// The examples as aligned lines: `indent` spaces, the example padded to `column` characters, the meaning.
    public static func text(indent: Int, column: Int) -> String {
        examples.map { row in
            String(repeating: " ", count: indent) + row.example.padding(toLength: max(column, row.example.count + 1), withPad: " ", startingAt: 0) + row.meaning
        }.joined(separator: "\n")
    }
}

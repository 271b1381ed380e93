import ArgumentParser

/// `talks-bench`: synthetic archives and the benchmarks that write BENCHMARKS.md.
@main
struct TalksBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "talks-bench",
        abstract: "Generate synthetic archives and benchmark index builds and searches.",
        subcommands: [Generate.self, Run.self, BuildPhase.self, ImportPhase.self, SearchPhase.self, TopicsCommand.self]
    )
}

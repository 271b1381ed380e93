// swift-tools-version: 5.4
// libFuzzer targets for the parsers of untrusted text. Built and run by scripts/fuzz.sh; a separate
// package because a fuzz target has no `main` of its own and links only with -sanitize=fuzzer.
// Tools 5.4 on purpose: from 5.5 on, SwiftPM links executables with `main` renamed to
// `<module>_main`, which a fuzz target lacks (libFuzzer brings `main`).
import PackageDescription

/// One executable per fuzz target: libFuzzer wants one `LLVMFuzzerTestOneInput` per binary.
func fuzzTarget(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
    .executableTarget(name: name, dependencies: dependencies)
}

let archive: Target.Dependency = .product(name: "TalkArchive", package: "talks")

let package = Package(
    name: "talks-fuzz",
    dependencies: [.package(name: "talks", path: "..")],
    targets: [
        // Feeds bytes to one page parser, the way the archive folder does.
        .target(name: "PageFuzzing", dependencies: [archive]),
        fuzzTarget("fuzz-ellis-schedule", ["PageFuzzing", archive]),
        fuzzTarget("fuzz-ellis-topics", ["PageFuzzing", archive]),
        fuzzTarget("fuzz-markdown-schedule", ["PageFuzzing", archive]),
        fuzzTarget("fuzz-daily-papers", ["PageFuzzing", archive]),
        fuzzTarget("fuzz-schedule-xml", ["PageFuzzing", archive]),
        fuzzTarget("fuzz-schedule-json", ["PageFuzzing", archive]),
        fuzzTarget("fuzz-archive", [archive]),
        fuzzTarget("fuzz-query", [archive]),
        fuzzTarget("fuzz-arxiv-line", [archive]),
        fuzzTarget("fuzz-cell-text", [.product(name: "CellText", package: "talks")]),
    ]
)

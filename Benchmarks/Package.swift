// swift-tools-version: 6.1
// The benchmarks of talks: `talks-bench` (index builds, imports and searches timed against the
// sqlite3 shell, the browser in a pseudo-terminal, the topic matcher against hand labels) and
// the synthetic archives it generates. A package of its own beside the product, depending on it
// by path, so the product's Sources/ holds the product. Run from this folder:
// `swift build -c release && .build/release/talks-bench run` (BENCHMARKS.md).
import PackageDescription

let package = Package(
    name: "talks-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "talks", path: ".."),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        // Deterministic synthetic archives (talk pages, arXiv JSON lines) for benchmarks and tests.
        .target(name: "SyntheticArchive", dependencies: [.product(name: "Digest", package: "talks")]),
        .testTarget(name: "SyntheticArchiveTests", dependencies: ["SyntheticArchive", .product(name: "TalkArchive", package: "talks")]),
        // Generates archives, times index builds, imports and searches against the sqlite3 shell,
        // writes BENCHMARKS.md. Runs the `talks` built beside it, in a pseudo-terminal.
        .executableTarget(name: "talks-bench", dependencies: [
            "SyntheticArchive", .product(name: "TalkArchive", package: "talks"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "talks", package: "talks"),
        ]),
    ]
)

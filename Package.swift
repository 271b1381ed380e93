// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "talks",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "talks", targets: ["talks"]),
        .library(name: "TalkArchive", targets: ["TalkArchive"]),
        // For the fuzz targets in Fuzz/, which feed it untrusted text.
        .library(name: "CellText", targets: ["CellText"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    ],
    targets: [
        // Display width, wrapping and terminal-safe text: shared by the CLI, the UI model and the terminal edge.
        .target(name: "CellText"),
        // The archive core: pages, merge, records, topics, index and query language. No terminal code.
        // SHA-256, for archive fingerprints and cache file names.
        .target(name: "Digest"),
        .testTarget(name: "DigestTests", dependencies: ["Digest"]),
        .target(name: "TalkArchive", dependencies: [
            "Digest",
            .product(name: "GRDB", package: "GRDB.swift"), .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        // The door: command line and wiring.
        .executableTarget(
            name: "talks",
            dependencies: [
                "TalkArchive", "CellText", "TalksUI", "ScreenModel", "TerminalKit", "PaperFetch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The browser as a pure state machine: state + action → state + effects, rendered into frames.
        .target(name: "TalksUI", dependencies: ["TalkArchive", "ScreenModel", "CellText"]),
        .testTarget(name: "TalksUITests", dependencies: ["TalksUI", "TalkArchive", "ScreenModel"]),
        .testTarget(name: "CellTextTests", dependencies: ["CellText"]),
        .testTarget(name: "TalkArchiveTests", dependencies: ["TalkArchive", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "TalksCLITests", dependencies: ["TalkArchive"]),
        // The screen model: styled cells, frames, frame differences, input events, the backend protocol. No ncurses.
        .target(name: "ScreenModel", dependencies: ["CellText"]),
        .testTarget(name: "ScreenModelTests", dependencies: ["ScreenModel"]),
        // ncursesw for Swift: the wide-character API plus wrappers for its macros and globals.
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw", providers: [.apt(["libncursesw5-dev"])]),
        // The terminal edge: the ncurses backend, signal-safe teardown, OSC 8/52 writes.
        .target(name: "TerminalKit", dependencies: ["ScreenModel", "CellText", "CNcursesw"]),
        // A small screen the TerminalKit tests drive inside tmux.
        .executableTarget(name: "terminal-demo", dependencies: ["ScreenModel", "TerminalKit"]),
        // Paper downloads into the cache and their text via pdftotext. Foundation only.
        .target(name: "PaperFetch", dependencies: ["Digest"]),
        .testTarget(name: "PaperFetchTests", dependencies: ["PaperFetch", "TestSupport"]),
        // Fixtures the test targets share: a loopback HTTP server and a hand-made PDF.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // Deterministic synthetic archives (talk pages, arXiv JSON lines) for benchmarks and tests.
        .target(name: "SyntheticArchive", dependencies: ["Digest"]),
        .testTarget(name: "SyntheticArchiveTests", dependencies: ["SyntheticArchive", "TalkArchive"]),
        // Benchmarks: generate archives, time index builds and searches against the sqlite3 shell, write BENCHMARKS.md.
        .executableTarget(name: "talks-bench", dependencies: [
            "SyntheticArchive", "TalkArchive", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TestSupport", "TerminalKit", "ScreenModel", "CellText", "CNcursesw"]),
    ]
)

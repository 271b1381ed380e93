// swift-tools-version: 6.1
import PackageDescription

/// The Swift runtime and Foundation linked into an executable (`-static-stdlib`), with what the static
/// Foundation needs beneath it (an archive's own list is not read; the shared libraries name these
/// themselves) and `extra`: FoundationXML's `_CFXMLInterface` and the system's `xml2`,
/// FoundationNetworking's `_CFURLSessionInterface` and `curl`.
///
/// `notPositionIndependent`: a PIE's 88,000 relocations are applied at every start, each dirtying
/// its page, 1 MB private to every session (PSS, BENCHMARKS.md); the trade is ASLR of the
/// executable's own code (its shared libraries keep theirs).
func staticFoundation(_ extra: [String], notPositionIndependent: Bool = false) -> [LinkerSetting] {
    [.unsafeFlags(["-static-stdlib"] + (notPositionIndependent ? ["-Xclang-linker", "-no-pie"] : []), .when(platforms: [.linux]))]
        + (["CoreFoundation", "_FoundationCollections", "_FoundationCShims", "_FoundationICU", "swiftSynchronization"] + extra)
            .map { .linkedLibrary($0, .when(platforms: [.linux])) }
}

let package = Package(
    name: "talks",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "talks", targets: ["talks"]),
        .library(name: "TalkArchive", targets: ["TalkArchive"]),
        // For the fuzz targets in Fuzz/, which feed it untrusted text.
        .library(name: "CellText", targets: ["CellText"]),
        // For Benchmarks/, whose synthetic archives carry a digest of their bytes.
        .library(name: "Digest", targets: ["Digest"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", exact: "1.0.2"),
        // frab schedule.xml pages (FoundationXML's parser underneath: libxml2 at run time).
        .package(url: "https://github.com/drmohundro/SWXMLHash", exact: "8.1.1"),
    ],
    targets: [
        // Display width, wrapping and terminal-safe text: shared by the CLI, the UI model and the terminal edge.
        .target(name: "CellText"),
        // The archive core: pages, merge, records, topics, index and query language. No terminal code.
        // SHA-256, for archive fingerprints and cache file names.
        .target(name: "Digest"),
        .testTarget(name: "DigestTests", dependencies: ["Digest"]),
        .target(name: "TalkArchive", dependencies: [
            "Digest", "ArxivAPI", "TalksVersion",
            .product(name: "GRDB", package: "GRDB.swift"), .product(name: "TOMLKit", package: "TOMLKit"),
            .product(name: "SWXMLHash", package: "SWXMLHash"),
        ]),
        // Settings, not archive: the configuration file, the opener policy, kiosk mode and the
        // start-time line that names where the viewer's zone came from. Above the core.
        .target(name: "TalkSettings", dependencies: ["TalkArchive", .product(name: "TOMLKit", package: "TOMLKit")]),
        .testTarget(name: "TalkSettingsTests", dependencies: ["TalkSettings", "TalkArchive"]),
        // The reader's own marks (star, seen, to watch, note, tags): user data in its own GRDB
        // database under $XDG_DATA_HOME, not the disposable index, and no settings.
        .target(name: "PersonalState", dependencies: ["TalkArchive", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "PersonalStateTests", dependencies: ["PersonalState", "TalkArchive", .product(name: "GRDB", package: "GRDB.swift")]),
        // Exports: records as iCalendar, BibTeX/biblatex, CSL-JSON and frab schedule.xml. Pure text, no terminal code.
        .target(name: "TalkExport", dependencies: ["TalkArchive", "CellText", "Digest"]),
        // Unit tests per format, and the independent parsers (icalendar, calcurse, bibtexparser, biber,
        // jsonschema, xmllint) run as children on exported files.
        .testTarget(name: "TalkExportTests", dependencies: ["TalkExport", "TalkArchive"], exclude: ["Checkers"]),
        // The door: command line and wiring.
        .executableTarget(
            name: "talks",
            dependencies: [
                "TalkArchive", "TalkSettings", "TalkExport", "PersonalState", "CellText", "TalksUI", "BrowserRuntime", "ScreenModel", "TerminalKit", "PaperText",
                "TalksVersion",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // Only for `talks --version -v`: the SQLite library's own version.
                .product(name: "GRDB", package: "GRDB.swift"),
                // Built beside it, not linked: the reader's downloads and `talks enrich`'s requests
                // to the arXiv API run in that process.
                "talks-fetch",
            ],
            // The Swift runtime and Foundation linked in, only the parts used: no dozen shared
            // libraries to load and bind at every start (first paint and memory, BENCHMARKS.md).
            linkerSettings: staticFoundation(["_CFXMLInterface", "xml2"], notPositionIndependent: true)
        ),
        // The browser as a pure state machine: state + action → state + effects, rendered into frames.
        .target(name: "TalksUI", dependencies: ["TalkArchive", "TalkSettings", "ScreenModel", "CellText"]),
        .testTarget(name: "TalksUITests", dependencies: ["TalksUI", "BrowserRuntime", "TalkArchive", "TalkSettings", "ScreenModel", "PersonalState"]),
        // The browser's run loop: events through the reducer, effects against the index and the
        // executable's downloads and links, frames to a backend. No terminal of its own.
        .target(name: "BrowserRuntime", dependencies: ["TalksUI", "TalkArchive", "ScreenModel", "PersonalState"]),
        .testTarget(name: "CellTextTests", dependencies: ["CellText"]),
        // Fixtures/ holds pages the tests read by path, not resources.
        .testTarget(name: "TalkArchiveTests", dependencies: ["TalkArchive", .product(name: "GRDB", package: "GRDB.swift")],
                    exclude: ["Fixtures"]),
        .testTarget(name: "TalksCLITests", dependencies: ["TalkArchive", "TestSupport", "TalksVersion"]),
        // The screen model: styled cells, frames, frame differences, input events, the backend protocol. No ncurses.
        .target(name: "ScreenModel", dependencies: ["CellText"]),
        .testTarget(name: "ScreenModelTests", dependencies: ["ScreenModel"]),
        // ncursesw for Swift: the wide-character API plus wrappers for its macros and globals.
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw", providers: [.apt(["libncursesw5-dev"])]),
        // The terminal edge: the ncurses backend, signal-safe teardown, OSC 8/52 writes.
        .target(name: "TerminalKit", dependencies: ["ScreenModel", "CellText", "CNcursesw"]),
        // A small screen the TerminalKit tests drive inside tmux.
        .executableTarget(name: "terminal-demo", dependencies: ["ScreenModel", "TerminalKit"]),
        // A paper's text via pdftotext, children run without a shell, and the downloader's messages.
        .target(name: "PaperText", dependencies: [.product(name: "Subprocess", package: "swift-subprocess")]),
        // Paper downloads into the cache over HTTP(S), as a process of its own the browser's reader
        // starts, and `talks enrich`'s requests to the arXiv API (`talks-fetch arxiv`: one at a time,
        // one every 3 s, backing off on 503). FoundationNetworking lives here alone: a library target,
        // the package's or another's, would be linked into talks too.
        // With TALKS_STATIC_HELPER=1 (make build, install, dist) linked like talks, so that an installed or
        // unpacked talks needs no Swift toolchain: libcurl (FoundationNetworking) and libxml2 (the arXiv
        // API's Atom) are the system's. Not by default: its tests link it into XCTest's runner, which
        // needs the shared Foundation.
        .executableTarget(name: "talks-fetch", dependencies: [
            "Digest", "PaperText", "ArxivAPI", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], linkerSettings: Context.environment["TALKS_STATIC_HELPER"] == "1"
            ? staticFoundation(["_CFURLSessionInterface", "curl", "_CFXMLInterface", "xml2"]) : []),
        .testTarget(name: "PaperFetchTests", dependencies: ["talks-fetch", "PaperText", "TestSupport"]),
        // The arXiv API's queries and answers as plain values, and the lines `talks-fetch arxiv`
        // writes: no networking and no XML, so the archive core and talks can use them.
        .target(name: "ArxivAPI", dependencies: ["TalksVersion"]),
        // The version of talks, written once: --version, the User-Agent, the facts files, the tarball's name.
        .target(name: "TalksVersion"),
        .testTarget(name: "EnrichTests", dependencies: ["talks-fetch", "ArxivAPI", "TalksVersion", "TalkArchive", "PaperText", "TestSupport"]),
        // Fixtures the test targets share: a loopback HTTP server (and on it an arXiv API answering from
        // Tests/Fixtures/arxiv-api) and a hand-made PDF.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "ScreenModel", "CNcursesw"]),
        // The import rules of docs/ARCHITECTURE.md, checked by reading Sources/.
        .testTarget(name: "ArchitectureTests"),
        // End to end: the built talks and terminal-demo binaries in tmux (and over SSH), for what
        // only a real terminal shows. Slower than the rest, and the first to flake under load.
        .testTarget(name: "TalksEndToEndTests", dependencies: ["TestSupport", "CellText"]),
    ]
)

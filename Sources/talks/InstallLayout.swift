import Foundation
import TalkArchive

/// Where the running `talks` finds what ships with it, relative to its own file: installed under a
/// prefix (`make install`), or in the build folder of a checkout (`swift build`, `swift run`).
///
/// ```
/// <prefix>/bin/talks                     this executable
/// <prefix>/libexec/talks/talks-fetch     its helper        (else beside it: .build/debug/talks-fetch)
/// <prefix>/share/talks/archive/          the bundled pages (else the checkout's archive/)
/// ```
///
/// An installed binary never looks into the build folder or the checkout it came from: the
/// prefix's files come first, and a prefix's `bin/talks` has no checkout above it.
struct InstallLayout {
    /// This executable's resolved path: `/proc/self/exe`, not `argv[0]`, which is a bare `talks`
    /// when the shell found it on `$PATH`.
    let executable: URL

    static let current = InstallLayout(executable: URL(fileURLWithPath:
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path))

    /// `<prefix>` when this executable is `<prefix>/bin/talks`.
    var prefix: URL { executable.deletingLastPathComponent().deletingLastPathComponent() }

    /// The helper `name`: `<prefix>/libexec/talks/name` when installed, else beside this executable.
    func helper(_ name: String) -> URL {
        let installed = prefix.appendingPathComponent("libexec/talks/\(name)")
        if access(installed.path, X_OK) == 0 { return installed }
        return executable.deletingLastPathComponent().appendingPathComponent(name)
    }

    /// The archive that ships with talks: `<prefix>/share/talks/archive` when installed, else the
    /// checkout's `archive/` (``IndexLocation/bundledArchive(executable:sourceFile:)``).
    func bundledArchive() -> URL? {
        let installed = prefix.appendingPathComponent("share/talks/archive")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: installed.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return installed
        }
        return IndexLocation.bundledArchive(executable: executable.path)
    }
}

import Digest
import Foundation

/// Where the archive and its index live.
public enum IndexLocation {
    /// `$XDG_CACHE_HOME/talks`, else `~/.cache/talks`.
    public static func cacheDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("talks")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".cache/talks")
    }

    /// One index file per archive folder, named by a hash of the folder's absolute path.
    public static func indexFile(for archive: URL, in cache: URL) -> URL {
        let path = archive.standardizedFileURL.resolvingSymlinksInPath().path
        let key = SHA256.hex(Array(path.utf8)).prefix(16)
        return cache.appendingPathComponent("index-\(key).sqlite")
    }

    /// The archive folder that ships with talks, looked for in order: beside the package the binary
    /// was built in (`swift run`, `.build/debug/talks`), in `../share/talks/archive` of an installed
    /// binary, and in the package this source file was compiled from.
    public static func bundledArchive(executable: String = CommandLine.arguments[0], sourceFile: String = #filePath) -> URL? {
        var candidates: [URL] = []
        let exe = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.appendingPathComponent("archive"))
            dir = dir.deletingLastPathComponent()
        }
        candidates.append(exe.deletingLastPathComponent().appendingPathComponent("../share/talks/archive").standardizedFileURL)
        // Sources/TalkArchive/Index/IndexLocation.swift → package root
        let root = URL(fileURLWithPath: sourceFile).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent("archive"))
        return candidates.first { candidate in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory) && isDirectory.boolValue
                && FileManager.default.fileExists(atPath: candidate.deletingLastPathComponent().appendingPathComponent("Package.swift").path)
                || candidate.path.hasSuffix("share/talks/archive") && FileManager.default.fileExists(atPath: candidate.path)
        }
    }
}

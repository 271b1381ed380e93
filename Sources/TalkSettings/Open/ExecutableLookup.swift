import Foundation

/// Finds programs the way `execvp` would, without running anything.
///
/// ```swift
/// let find = ExecutableLookup.onPath(ProcessInfo.processInfo.environment)
/// find("xdg-open")        // "/usr/bin/xdg-open"
/// find("./bin/opener")    // the path itself when it is an executable file
/// ```
public enum ExecutableLookup {
    /// A lookup of names in `environment["PATH"]` (default `/usr/bin:/bin`); a name with a slash is
    /// taken as a path. Only regular executable files count.
    public static func onPath(_ environment: [String: String]) -> @Sendable (String) -> String? {
        let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        return { name in
            guard !name.isEmpty else { return nil }
            if name.contains("/") { return isExecutableFile(name) ? name : nil }
            return directories.lazy
                .map { (($0.isEmpty ? "." : $0) as NSString).appendingPathComponent(name) }
                .first(where: isExecutableFile)
        }
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }
}

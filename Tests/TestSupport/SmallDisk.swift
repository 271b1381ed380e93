import Foundation

/// A real small disk for full-disk tests: a tmpfs mounted over a folder. Mounting needs root and
/// CAP_SYS_ADMIN; where either is missing, `mount` says false and the test skips.
public enum SmallDisk {
    /// Mounts a tmpfs of `size` (as mount's option, e.g. "1m") over `folder`.
    public static func mount(_ size: String, at folder: URL) -> Bool {
        getuid() == 0 && (try? command("/bin/mount", ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", folder.path])) == 0
    }

    /// Unmounts what `mount` put over `folder` (lazily: a process may still hold a file there).
    public static func unmount(_ folder: URL) {
        _ = try? command("/bin/umount", ["-l", folder.path])
    }

    private static func command(_ path: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

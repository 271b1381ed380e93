import Foundation

/// Runs the built `talks` binary in a clean environment: no opener, display or SSH variables
/// inherited from the machine running the tests, and an empty configuration folder.
struct TalksRun {
    var status: Int32
    var out: String
    var err: String

    static let cache = FileManager.default.temporaryDirectory.appendingPathComponent("talks-open-cli-\(UUID().uuidString)")

    /// `talks arguments…` with `environment` added to the clean one, in `directory`.
    /// `through` is a command that runs the binary (`setpriv …` to run it as another user).
    static func run(_ arguments: [String], environment extra: [String: String] = [:],
                    in directory: URL? = nil, through wrapper: [String] = []) throws -> TalksRun {
        // The test bundle sits beside the products it tests: …/debug/talksPackageTests.xctest and …/debug/talks.
        let binary = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("talks")
        let process = Process()
        process.executableURL = wrapper.first.map { URL(fileURLWithPath: $0) } ?? binary
        process.arguments = wrapper.isEmpty ? arguments : wrapper.dropFirst() + [binary.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        for name in ["TALKS_ARCHIVE", "TALKS_OPENER", "BROWSER", "DISPLAY", "WAYLAND_DISPLAY", "SSH_CONNECTION",
                     "SSH_TTY", "SSH_CLIENT", "COLUMNS", "XDG_CONFIG_HOME", "XDG_DATA_HOME"] {
            environment[name] = nil
        }
        environment["XDG_CACHE_HOME"] = cache.path
        environment["HOME"] = cache.appendingPathComponent("home").path
        environment.merge(extra) { $1 }
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return TalksRun(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                        err: String(decoding: errData, as: UTF8.self))
    }

    /// A new empty folder for one test.
    static func scratchFolder(_ name: String) throws -> URL {
        let folder = cache.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

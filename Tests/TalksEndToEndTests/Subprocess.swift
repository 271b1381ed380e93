import Foundation

/// Runs a program to completion with posix_spawn, optionally reading its standard output.
///
/// ```swift
/// let text = try Subprocess.run("/usr/bin/tmux", ["-L", "s", "list-sessions"], environment: [:])
/// ```
/// Foundation's `Process.waitUntilExit` can hang under XCTest on Linux; this waits with `waitpid`.
enum Subprocess {
    struct Failure: Error {
        let call: String
        let code: Int32
    }

    /// - Parameter capturing: read stdout (false sends it to /dev/null, for programs that leave
    ///   a daemon holding it open, like a tmux server).
    static func run(_ path: String, _ arguments: [String], environment: [String: String], capturing: Bool = true) throws -> String {
        var fds: [Int32] = [-1, -1]
        if capturing { guard pipe(&fds) == 0 else { throw Failure(call: "pipe", code: errno) } }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if capturing {
            posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO)
            posix_spawn_file_actions_addclose(&actions, fds[0])
        } else {
            posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, envp)
        if capturing { close(fds[1]) }
        guard spawned == 0 else {
            if capturing { close(fds[0]) }
            throw Failure(call: "posix_spawn", code: spawned)
        }
        let output = capturing ? readAll(fds[0]) : []
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return String(decoding: output, as: UTF8.self)
    }

    private static func readAll(_ fd: Int32) -> [UInt8] {
        defer { close(fd) }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(fd, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return output }
            output += buffer[0..<count]
        }
    }
}

import Foundation

/// Starts a program without a shell via posix_spawn, for the callers on a plain thread that
/// swift-subprocess (async only) does not serve: `StreamingChild`'s line-by-line reading and a
/// short synchronous answer such as `tmux show -sv set-clipboard`'s. pdftotext runs through
/// swift-subprocess (`PDFText`).
///
/// ```swift
/// let (status, stdout) = try ChildProcess.output("/usr/bin/tmux", ["show", "-sv", "set-clipboard"])
/// ```
/// Foundation's `Process.waitUntilExit` can hang under XCTest on Linux.
public enum ChildProcess {
    /// The exit status and everything written to stdout (stderr goes to /dev/null): a short
    /// answer, like `tmux show -sv set-clipboard`'s.
    public static func output(_ path: String, _ arguments: [String]) throws -> (status: Int32, stdout: String) {
        let (status, text) = try capturing(STDOUT_FILENO, path, arguments)
        return (status, text)
    }

    /// Runs the program with `captured` (stdout or stderr) on a pipe read to its end before
    /// waiting, so the child never blocks on it; the other two on /dev/null.
    private static func capturing(_ captured: Int32, _ path: String, _ arguments: [String]) throws -> (Int32, String) {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw PDFTextError.launchFailed(String(cString: strerror(errno))) }
        let other = captured == STDOUT_FILENO ? STDERR_FILENO : STDOUT_FILENO
        let (pid, spawned) = spawn(path, arguments, [
            .open(STDIN_FILENO, "/dev/null", O_RDONLY), .open(other, "/dev/null", O_WRONLY),
            .dup(fds[1], captured), .close(fds[0]),
        ])
        close(fds[1])
        guard spawned == 0 else {
            close(fds[0])
            throw PDFTextError.launchFailed(String(cString: strerror(spawned)))
        }
        let bytes = drain(fds[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (exitCode(status), String(decoding: bytes, as: UTF8.self))
    }

    /// What a child's file descriptors become before it runs.
    public enum Redirection {
        case open(Int32, String, Int32)
        case dup(Int32, Int32)
        case close(Int32)
    }

    /// Starts `path` with `arguments`, no shell: the pid, and 0 or the system's error number.
    public static func spawn(_ path: String, _ arguments: [String], _ redirections: [Redirection]) -> (pid: pid_t, error: Int32) {
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t? = nil
        #else
        var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for redirection in redirections {
            switch redirection {
            case .open(let fd, let file, let flags): posix_spawn_file_actions_addopen(&actions, fd, file, flags, 0)
            case .dup(let from, let to): posix_spawn_file_actions_adddup2(&actions, from, to)
            case .close(let fd): posix_spawn_file_actions_addclose(&actions, fd)
            }
        }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let error = posix_spawn(&pid, path, &actions, nil, argv, environ)
        return (pid, error)
    }

    /// Reads `fd` to its end and closes it, keeping at most the first 4 KiB.
    private static func drain(_ fd: Int32) -> [UInt8] {
        defer { close(fd) }
        var kept: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(fd, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return kept }
            if kept.count < 4096 { kept += buffer[0..<min(count, 4096 - kept.count)] }
        }
    }

    /// The exit code of a waitpid status, or 128 + the signal that ended it.
    public static func exitCode(_ status: Int32) -> Int32 {
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}

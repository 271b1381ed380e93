import Foundation

/// Starts a program without a shell via posix_spawn, for `StreamingChild`, whose line-by-line
/// reading on a plain thread swift-subprocess (async only) does not offer.
public enum ChildProcess {
    /// What a child's file descriptors become before it runs.
    enum Redirection {
        case open(Int32, String, Int32)
        case dup(Int32, Int32)
        case close(Int32)
    }

    /// Starts `path` with `arguments`, no shell: the pid, and 0 or the system's error number.
    static func spawn(_ path: String, _ arguments: [String], _ redirections: [Redirection]) -> (pid: pid_t, error: Int32) {
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

    /// The exit code of a waitpid status, or 128 + the signal that ended it.
    static func exitCode(_ status: Int32) -> Int32 {
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}

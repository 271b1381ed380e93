import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts a program detached from `talks` and its terminal: the opener of a URL.
///
/// ```swift
/// try DetachedSpawn.start(["/usr/bin/xdg-open", "https://arxiv.org/pdf/2211.05729"])
/// ```
/// `posix_spawn` runs the program directly, no shell, in a new session (no controlling terminal),
/// with standard input, output and error on `/dev/null` so it never scribbles on the browser's
/// screen, default signal handling and an empty signal mask. `talks` waits only for the spawn to
/// succeed; a background thread reaps the child whenever it exits. (Kept rather than swift-subprocess,
/// which talks uses elsewhere: its `run` lives only as long as the child, and an opener must outlive us.)
enum DetachedSpawn {
    /// Starts `argv[0]` (a path) with `argv`; returns its process id.
    ///
    /// - Throws: ``CommandFailure`` when the program cannot be started.
    @discardableResult
    static func start(_ argv: [String]) throws -> pid_t {
        precondition(!argv.isEmpty, "an argv has at least the program")
        #if os(Linux)
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #else
        var actions: posix_spawn_file_actions_t?
        var attributes: posix_spawnattr_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY, 0)
        }
        var noSignals = sigset_t(), defaults = sigset_t()
        sigemptyset(&noSignals)
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGTSTP, SIGTTIN, SIGTTOU, SIGCHLD, SIGWINCH] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(newSession | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, argv[0], &actions, &attributes, &cArguments, environ)
        guard status == 0 else {
            throw CommandFailure("cannot start \(argv[0]): \(String(cString: strerror(status)))")
        }
        let child = pid
        Thread.detachNewThread {
            var exitStatus: Int32 = 0
            _ = waitpid(child, &exitStatus, 0)
        }
        return child
    }

    /// `POSIX_SPAWN_SETSID`: glibc (2.26+) and musl define it as 0x80 but only under `_GNU_SOURCE`,
    /// which Swift's Glibc module does not set.
    #if os(Linux)
    private static let newSession: Int32 = 0x80
    #else
    private static let newSession = Int32(POSIX_SPAWN_SETSID)
    #endif
}

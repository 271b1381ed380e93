import Foundation

/// Removes an index build's temporary file when a signal ends the process midway (SIGHUP from a
/// dropped SSH connection during an import, Ctrl-C, SIGTERM), then lets the signal do what it
/// did before. The handler only calls unlink, sigaction and raise, which are async-signal-safe.
/// A signal ignored when the build began (`nohup`, a background job of a script) stays ignored:
/// the user asked for the work to outlive it, so the build goes on and lands.
enum TemporaryFileGuard {
    static let signals: [Int32] = [SIGHUP, SIGINT, SIGTERM]
    /// The path being built, as a C string the handler can read without allocating.
    nonisolated(unsafe) private static var path: UnsafeMutablePointer<CChar>?

    /// Runs `body` while `file` is removed if one of `signals` arrives.
    static func whileWriting<T>(_ file: URL, _ body: () throws -> T) rethrows -> T {
        path = strdup(file.path)
        let guarded = signals.filter { !isIgnored($0) }
        for signal in guarded {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in TemporaryFileGuard.cleanUp(number) }
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, previousActions + Int(signal))
        }
        defer {
            for signal in guarded { sigaction(signal, previousActions + Int(signal), nil) }
            free(path)
            path = nil
        }
        return try body()
    }

    private static func isIgnored(_ signal: Int32) -> Bool {
        var current = sigaction()
        guard sigaction(signal, nil, &current) == 0, let handler = current.__sigaction_handler.sa_handler else { return false }
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }

    private static func cleanUp(_ signal: Int32) {
        if let path { unlink(path) }
        sigaction(signal, previousActions + Int(signal), nil)
        raise(signal)
    }

    /// Removes temporary files that builds killed outright (SIGKILL, power loss) left in `cache`:
    /// `.NAME.PID.RANDOM.tmp` whose process is gone.
    static func removeAbandoned(in cache: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: cache.path) else { return }
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            let parts = name.split(separator: ".")
            guard parts.count >= 4, let pid = Int32(parts[parts.count - 3]) else { continue }
            if kill(pid, 0) == -1 && errno == ESRCH {
                try? FileManager.default.removeItem(at: cache.appendingPathComponent(name))
            }
        }
    }
}

/// The actions the guard replaced, restored when it ends or before a signal is re-raised.
private nonisolated(unsafe) let previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: Int(NSIG))

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw

/// Signal handlers that put the terminal back (endwin) when the process dies while drawing.
///
/// ```swift
/// SignalGuard.install()     // before newterm, so ncurses keeps its hands off SIGINT/SIGTERM
/// defer { SignalGuard.uninstall() }
/// ```
/// Hang-ups and termination requests (SIGHUP, SIGTERM, SIGINT, SIGQUIT): endwin, then the default
/// action. Crashes (SIGSEGV, SIGILL, SIGBUS, SIGFPE, SIGTRAP, SIGABRT): endwin, stdin from /dev/null
/// (so Swift's backtracer does not wait for a key), then the handler that was there before.
/// SIGWINCH and SIGTSTP stay with ncurses, which turns them into `KEY_RESIZE` and a clean stop.
enum SignalGuard {
    static let terminating: [Int32] = [SIGHUP, SIGTERM, SIGINT, SIGQUIT]
    static let crashing: [Int32] = [SIGSEGV, SIGILL, SIGBUS, SIGFPE, SIGTRAP, SIGABRT]

    /// Installs the handlers, remembering the ones they replace.
    static func install() {
        for signal in terminating {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = endwinThenDefault
            action.sa_flags = 0
            replace(signal, with: &action)
        }
        for signal in crashing {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = endwinThenPrevious
            action.sa_flags = SA_SIGINFO | SA_ONSTACK
            replace(signal, with: &action)
        }
    }

    /// Puts back the handlers `install` replaced.
    static func uninstall() {
        for signal in terminating + crashing { sigaction(signal, &previousActions[Int(signal)], nil) }
    }

    private static func replace(_ signal: Int32, with action: inout sigaction) {
        sigemptyset(&action.sa_mask)
        sigaction(signal, &action, &previousActions[Int(signal)])
    }
}

/// The handlers `SignalGuard.install` replaced, indexed by signal number (read inside handlers).
private nonisolated(unsafe) let previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: Int(NSIG))

/// Restores the terminal, then dies of `signal` as if no handler had been installed.
private func endwinThenDefault(_ signal: Int32) {
    endwin()
    var action = sigaction()
    action.__sigaction_handler.sa_handler = SIG_DFL
    sigemptyset(&action.sa_mask)
    sigaction(signal, &action, nil)
    raise(signal)  // blocked until this handler returns, then fatal
}

/// Restores the terminal, then hands the crash to the previous handler (Swift's backtracer).
private func endwinThenPrevious(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
    endwin()
    let devNull = open("/dev/null", O_RDONLY)
    if devNull >= 0 {
        dup2(devNull, STDIN_FILENO)
        close(devNull)
    }
    sigaction(signal, &previousActions[Int(signal)], nil)
    // A fault re-executes its instruction on return and reaches the previous handler;
    // a signal sent by kill/raise/abort (si_code <= 0) must be sent again.
    if let info, info.pointee.si_code <= 0 { raise(signal) }
}

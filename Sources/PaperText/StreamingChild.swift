import Foundation

/// A program run without a shell whose standard output is read line by line as it comes, and
/// whose standard input stays open until `finish()`: a child that reads stdin to its end learns
/// that its parent is gone even when the parent is killed. Standard error goes to /dev/null, so
/// nothing it writes reaches the terminal a browser is drawing on.
///
/// ```swift
/// let child = try StreamingChild(path: helper, arguments: ["--cache", dir, url])
/// while let line = child.readLine() { … }   // on a background thread
/// let status = child.wait()                  // the exit code, or 128 + the signal
/// ```
public final class StreamingChild: @unchecked Sendable {
    private let pid: pid_t
    private let output: Int32
    private let input: Int32
    private var buffered: [UInt8] = []
    private var ended = false

    /// Starts `path` with `arguments` (no shell: each argument reaches the program as one argv entry).
    /// - Throws: `LaunchFailure` with the system's reason when it cannot start.
    public init(path: String, arguments: [String]) throws {
        var stdoutPipe: [Int32] = [-1, -1], stdinPipe: [Int32] = [-1, -1]
        guard pipe(&stdoutPipe) == 0 else { throw LaunchFailure(path: path, reason: String(cString: strerror(errno))) }
        guard pipe(&stdinPipe) == 0 else {
            stdoutPipe.forEach { close($0) }
            throw LaunchFailure(path: path, reason: String(cString: strerror(errno)))
        }
        // The parent's ends must not leak into other children it starts later.
        _ = fcntl(stdoutPipe[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(stdinPipe[1], F_SETFD, FD_CLOEXEC)
        // The child keeps only its standard input and output of the pipes.
        let extra = [stdinPipe[0], stdoutPipe[1]].filter { $0 > STDERR_FILENO }.map { ChildProcess.Redirection.close($0) }
        let (pid, spawned) = ChildProcess.spawn(path, arguments, [
            .dup(stdinPipe[0], STDIN_FILENO), .dup(stdoutPipe[1], STDOUT_FILENO), .open(STDERR_FILENO, "/dev/null", O_WRONLY),
        ] + extra)
        close(stdoutPipe[1])
        close(stdinPipe[0])
        guard spawned == 0 else {
            close(stdoutPipe[0])
            close(stdinPipe[1])
            throw LaunchFailure(path: path, reason: String(cString: strerror(spawned)))
        }
        self.pid = pid
        self.output = stdoutPipe[0]
        self.input = stdinPipe[1]
    }

    deinit {
        close(output)
        finish()
    }

    /// The next line the child wrote, without its newline; nil once it closed its output.
    /// Call from one thread only.
    public func readLine() -> String? {
        while true {
            if let newline = buffered.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffered[..<newline], as: UTF8.self)
                buffered.removeSubrange(...newline)
                return line
            }
            if ended {
                guard !buffered.isEmpty else { return nil }
                defer { buffered.removeAll() }
                return String(decoding: buffered, as: UTF8.self)
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = read(output, &chunk, chunk.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { ended = true } else { buffered += chunk[0..<count] }
        }
    }

    /// Writes `line` and a newline to the child's standard input.
    /// - Returns: false when the child no longer reads it (it ended, or `finish()` was called).
    /// SIGPIPE is ignored while writing, so that a child gone early is a false, not the end of this
    /// process; it is restored after, and children started before or after never see it ignored.
    @discardableResult
    public func send(_ line: String) -> Bool {
        lock.withLock {
            guard !inputClosed else { return false }
            let previous = signal(SIGPIPE, SIG_IGN)
            defer { signal(SIGPIPE, previous) }
            var bytes = Array((line + "\n").utf8)[...]
            while !bytes.isEmpty {
                let count = bytes.withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                bytes = bytes.dropFirst(count)
            }
            return true
        }
    }

    /// Closes the child's standard input: a child that waits on it ends.
    public func finish() {
        lock.withLock {
            guard !inputClosed else { return }
            inputClosed = true
            close(input)
        }
    }

    /// Waits for the child to end: its exit code, or 128 + the signal that ended it.
    public func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return ChildProcess.exitCode(status)
    }

    private let lock = NSLock()
    private var inputClosed = false
}

/// A program that could not be started, and why.
public struct LaunchFailure: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "cannot run \(path): \(reason)" }
}

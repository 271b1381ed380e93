import ArxivAPI
import CellText
import Foundation
import PaperText
import TalkArchive

/// Runs `talks-fetch arxiv` on a plan's requests and gathers its answers into ``EnrichResults``, showing
/// its progress. Ctrl-C stops the asking; what was answered by then is kept.
///
/// ```swift
/// var results = EnrichResults(plan: plan)
/// let interrupted = try ArxivSession(api: api, interval: nil, timeout: 30).run(plan, into: &results, progress: &line)
/// ```
struct ArxivSession {
    var api: String
    /// Seconds between requests, when not arXiv's 3 (the helper honours less only on loopback).
    var interval: Double?
    var timeout: Double

    /// - Returns: whether the run was interrupted (Ctrl-C).
    /// - Throws: ``HelperMissing`` or ``LaunchFailure`` when the helper cannot be started.
    func run(_ plan: EnrichPlan, into results: inout EnrichResults, progress: inout ProgressLine) throws -> Bool {
        let request = ArxivFetchRequest(api: api, interval: interval, timeout: timeout)
        let child = try StreamingChild(path: try HelperExecutable.path("talks-fetch", purpose: "ask arXiv"), arguments: request.arguments)
        let queries = (try? JSONEncoder().encode(plan.requests.map(\.query))) ?? Data("[]".utf8)
        child.send(String(decoding: queries, as: UTF8.self))
        // Ctrl-C reaches the helper too (it ends, or ends when its input closes): keep what came.
        signal(SIGINT, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        interrupt.setEventHandler { child.finish() }
        interrupt.resume()
        defer {
            interrupt.cancel()
            signal(SIGINT, SIG_DFL)
        }
        let total = plan.requests.count
        func asked(_ index: Int) -> String {
            plan.requests.indices.contains(index) ? plan.requests[index].query.summary : "request \(index + 1)"
        }
        var ended = false
        while let line = child.readLine() {
            switch ArxivMessage(line: line) {
            case .asking(let index, _)?:
                progress.show("arXiv \(index + 1)/\(total): \(asked(index))")
            case .waiting(let seconds, let reason)?:
                progress.show("waiting \(Self.seconds(seconds)): \(reason)")
            case .answer(let index, let url, let feed)?:
                results.answer(index, url: url, feed: feed, retrieved: Self.now())
            case .failed(let index, _, let message)?:
                results.fail(index, message: message)
                progress.note("arXiv \(index + 1)/\(total) (\(asked(index))) failed: \(message)")
            case .stopped(let index, let message)?:
                results.stop(at: index, message: message)
                ended = true
            case .done?:
                ended = true
            case nil:
                break
            }
        }
        child.finish()
        let status = child.wait()
        let interrupted = status == 128 + SIGINT || (!ended && status == 1)
        if !ended {
            results.stop(at: 0, message: interrupted ? "interrupted" : "the arXiv helper stopped (exit \(status))")
        }
        progress.clear()
        return interrupted
    }

    /// An ISO 8601 instant in UTC, to the second: `2026-12-03T15:50:12Z`.
    static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }

    /// "0.5 s", "3 s", "3 min 42 s".
    static func seconds(_ value: Double) -> String {
        if value >= 60 { return "\(Int(value) / 60) min" + (Int(value) % 60 > 0 ? " \(Int(value) % 60) s" : "") }
        return value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }
}

/// One status line on standard error: rewritten in place on a terminal (cut to its width), one
/// plain line each otherwise (a log, a pipe). Text is made terminal-safe first: titles come from pages.
struct ProgressLine {
    let live: Bool
    private let width: Int
    private var shown = false

    init() {
        live = isatty(STDERR_FILENO) == 1
        var size = winsize()
        width = live && ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 1 ? Int(size.ws_col) - 1 : 79
    }

    /// Replaces the status (on a terminal), or prints it as a line.
    mutating func show(_ text: String) {
        let safe = TerminalSafeText.sanitize(text)
        if live {
            FileHandle.standardError.write(Data("\r\u{1B}[K\(TextLayout.truncate(safe, width: width))".utf8))
            shown = true
        } else {
            FileHandle.standardError.write(Data((safe + "\n").utf8))
        }
    }

    /// A line that stays: printed above the status on a terminal.
    mutating func note(_ text: String) {
        clear()
        FileHandle.standardError.write(Data((TerminalSafeText.sanitize(text) + "\n").utf8))
    }

    /// Removes the status from a terminal.
    mutating func clear() {
        guard live, shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }
}

import Foundation
import PaperText

/// `talks-fetch`: downloads one paper's PDF into the cache for the browser's reader (`r`), or asks
/// the arXiv API for `talks enrich` (`talks-fetch arxiv …`, ``ArxivMode``), in a process of its own
/// so that `talks` never loads the HTTP, TLS and XML libraries.
///
///     talks-fetch --cache DIR --max-bytes N --timeout SECONDS [--arxiv ID] URL
///
/// Writes `FetchMessage` lines to standard output: `progress …` while bytes arrive, then
/// `pdf PATH` (exit 0) or `error MESSAGE` (exit 1); bad arguments exit 64. It stops, keeping the
/// `.part` for resuming, when its standard input closes: the browser holds it open while it waits.
@main
enum TalksFetch {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "arxiv" { ArxivMode.run(Array(arguments.dropFirst())) }
        let request: FetchRequest
        do {
            request = try FetchRequest(arguments: arguments)
        } catch {
            say(.error("talks-fetch: \(error) (usage: \(FetchRequest.usage))"))
            exit(64)
        }
        let downloader = PaperDownloader(cacheDirectory: URL(fileURLWithPath: request.cache),
                                         maxBytes: request.maxBytes, timeout: request.timeout)
        // The browser closing our standard input (it cancelled, quit or died) cancels the download.
        whenInputCloses { downloader.cancel() }
        do {
            let source = try PaperSource(url: request.url, arxivID: request.arxivID)
            let throttle = Throttle()
            let pdf = try downloader.download(source) { progress in
                if throttle.due() { say(.progress(progress.statusLine)) }
            }
            say(.pdf(path: pdf.path))
            exit(0)
        } catch {
            say(.error("\(error)"))
            exit(1)
        }
    }

    /// Runs `action` on a thread of its own once standard input reaches its end.
    static func whenInputCloses(_ action: @escaping @Sendable () -> Void) {
        Thread.detachNewThread {
            var byte: UInt8 = 0
            while true {
                let count = read(STDIN_FILENO, &byte, 1)
                if count > 0 || (count < 0 && errno == EINTR) { continue }
                break
            }
            action()
        }
    }

    static func say(_ message: FetchMessage) {
        FileHandle.standardOutput.write(Data((message.line + "\n").utf8))
    }
}

/// At most ten status lines a second: a 20 MB PDF arrives in some 1,250 chunks.
final class Throttle: @unchecked Sendable {
    private let lock = NSLock()
    private var last: ContinuousClock.Instant?

    func due() -> Bool {
        let now = ContinuousClock.now
        return lock.withLock {
            if let last, now - last < .milliseconds(100) { return false }
            last = now
            return true
        }
    }
}

import BrowserRuntime
import Foundation
import PaperText
import TalkArchive
import TalkSettings
import TalksUI

/// Fetches a record's paper and its text on a background thread, reporting back as actions.
/// The download runs in `talks-fetch`, a process of its own beside this executable, so that the
/// browser never loads the HTTP and TLS libraries (a third of its start-up time and memory).
final class PaperReading: PaperDownloads, @unchecked Sendable {
    private let cache: URL
    private let settings: TalksSettings
    private let lock = NSLock()
    private var current: StreamingChild?
    private var extraction: Task<Void, Never>?
    /// Bumped by every start and cancel: a download that ends after a cancel starts no extraction.
    private var generation = 0

    init(cache: URL, settings: TalksSettings) {
        self.cache = cache
        self.settings = settings
    }

    /// Starts reading `record`'s best link; a previous download or extraction is cancelled.
    func start(_ record: ArchiveRecord, reportingTo inbox: ActionInbox) {
        cancel()
        let child: StreamingChild
        do {
            let url = try PaperLink.resolve(record, mirror: settings.arxivMirror.value).description
            let request = FetchRequest(cache: cache.path, url: url, arxivID: record.arxiv.first,
                                       maxBytes: Int64(settings.downloadMaxBytes.value),
                                       timeout: Double(settings.downloadTimeoutSeconds.value))
            child = try StreamingChild(path: try HelperExecutable.path("talks-fetch", purpose: "download papers"),
                                       arguments: request.arguments)
        } catch {
            inbox.post(.paperFailed(recordID: record.id, message: (error as? LinkRefusal)?.message ?? "\(error)"))
            return
        }
        let generation = lock.withLock {
            current = child
            return self.generation
        }
        Thread.detachNewThread {
            let id = record.id
            var outcome: FetchMessage?
            while let line = child.readLine() {
                switch FetchMessage(line: line) {
                case .progress(let status)?:
                    inbox.post(.downloadProgress(DownloadProgress(recordID: id, statusLine: status)), coalescing: true)
                case let message?: outcome = message
                case nil: break
                }
            }
            let status = child.wait()
            switch outcome {
            case .pdf(let path)? where status == 0:
                self.extract(URL(fileURLWithPath: path), of: record, generation: generation, reportingTo: inbox)
            case .error(let message)?:
                inbox.post(.paperFailed(recordID: id, message: message))
            default:
                // Killed or crashed without a word (a cancel ends with an error line).
                inbox.post(.paperFailed(recordID: id, message: status == 128 + SIGTERM
                    ? "download cancelled" : "the paper downloader stopped (exit \(status))"))
            }
        }
    }

    /// Extracts the downloaded PDF's text in a task `cancel()` ends, unless a cancel came first.
    private func extract(_ pdf: URL, of record: ArchiveRecord, generation: Int, reportingTo inbox: ActionInbox) {
        lock.withLock {
            guard generation == self.generation else { return }
            inbox.post(.downloadProgress(DownloadProgress(recordID: record.id, statusLine: "extracting the text")))
            extraction = Task.detached {
                do {
                    let text = try await PDFText.locate().text(of: pdf)
                    try Task.checkCancellation()
                    inbox.post(.paperLoaded(recordID: record.id, title: record.title, text: text))
                } catch is CancellationError {
                    // Esc or quitting: the browser already said so.
                } catch {
                    inbox.post(.paperFailed(recordID: record.id, message: "\(error)"))
                }
            }
        }
    }

    /// Stops the download or extraction in progress; a download's `.part` file is kept for resuming.
    func cancel() {
        lock.withLock {
            generation += 1
            current?.finish()
            current = nil
            extraction?.cancel()
        }
    }

    /// Cancels everything and waits up to `seconds` for an extraction to end, so that quitting
    /// leaves no pdftotext behind.
    func stop(waitingUpTo seconds: Double) {
        let task = lock.withLock { extraction }
        cancel()
        guard let task else { return }
        let ended = DispatchSemaphore(value: 0)
        Task.detached {
            await task.value
            ended.signal()
        }
        _ = ended.wait(timeout: .now() + seconds)
    }
}

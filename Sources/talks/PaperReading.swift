import BrowserRuntime
import Foundation
import PaperText
import TalkArchive
import TalksUI

/// Fetches a record's paper and its text on a background thread, reporting back as actions.
/// The download runs in `talks-fetch`, a process of its own beside this executable, so that the
/// browser never loads the HTTP and TLS libraries (a third of its start-up time and memory).
final class PaperReading: PaperDownloads, @unchecked Sendable {
    private let cache: URL
    private let settings: TalksSettings
    private let lock = NSLock()
    private var current: StreamingChild?

    init(cache: URL, settings: TalksSettings) {
        self.cache = cache
        self.settings = settings
    }

    /// Starts reading `record`'s best link; a previous download is cancelled.
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
        lock.withLock { current = child }
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
            do {
                switch outcome {
                case .pdf(let path)? where status == 0:
                    inbox.post(.downloadProgress(DownloadProgress(recordID: id, statusLine: "extracting the text")))
                    let text = try PDFText.locate().text(of: URL(fileURLWithPath: path))
                    inbox.post(.paperLoaded(recordID: id, title: record.title, text: text))
                case .error(let message)?:
                    inbox.post(.paperFailed(recordID: id, message: message))
                default:
                    // Killed or crashed without a word (a cancel ends with an error line).
                    inbox.post(.paperFailed(recordID: id, message: status == 128 + SIGTERM
                        ? "download cancelled" : "the paper downloader stopped (exit \(status))"))
                }
            } catch {
                inbox.post(.paperFailed(recordID: id, message: "\(error)"))
            }
        }
    }

    /// Stops the download in progress; its `.part` file is kept for resuming.
    func cancel() {
        lock.withLock {
            current?.finish()
            current = nil
        }
    }
}

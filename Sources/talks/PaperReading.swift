import Foundation
import PaperFetch
import TalkArchive
import TalksUI

/// Fetches a record's paper and its text on a background thread, reporting back as actions.
final class PaperReading: @unchecked Sendable {
    private let inbox: ActionInbox
    private let cache: URL
    private let settings: TalksSettings
    private let lock = NSLock()
    private var current: PaperDownloader?

    init(inbox: ActionInbox, cache: URL, settings: TalksSettings) {
        self.inbox = inbox
        self.cache = cache
        self.settings = settings
    }

    /// Starts reading `record`'s best link; a previous download is cancelled.
    func start(_ record: ArchiveRecord) {
        cancel()
        let url: String
        do {
            url = try PaperLink.resolve(record, mirror: settings.arxivMirror.value).description
        } catch {
            inbox.post(.paperFailed(recordID: record.id, message: error.message))
            return
        }
        let downloader = PaperDownloader(cacheDirectory: cache, maxBytes: Int64(settings.downloadMaxBytes.value),
                                         timeout: settings.downloadTimeoutSeconds.value)
        lock.withLock { current = downloader }
        let inbox = self.inbox
        Thread.detachNewThread {
            let id = record.id
            do {
                let source = try PaperSource(url: url, arxivID: record.arxiv.first)
                let pdf = try downloader.download(source) { progress in
                    inbox.post(.downloadProgress(DownloadProgress(recordID: id, statusLine: progress.statusLine)), coalescing: true)
                }
                inbox.post(.downloadProgress(DownloadProgress(recordID: id, statusLine: "extracting the text")))
                let text = try PDFText.locate().text(of: pdf)
                inbox.post(.paperLoaded(recordID: id, title: record.title, text: text))
            } catch {
                inbox.post(.paperFailed(recordID: id, message: "\(error)"))
            }
        }
    }

    func cancel() {
        lock.withLock { current?.cancel(); current = nil }
    }
}

/// Actions posted from other threads, drained by the run loop between key presses.
final class ActionInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var actions: [Action] = []

    /// - Parameter coalescing: replace an undelivered action of the same kind (progress floods).
    func post(_ action: Action, coalescing: Bool = false) {
        lock.withLock {
            if coalescing, case .downloadProgress = action, case .downloadProgress = actions.last {
                actions[actions.count - 1] = action
            } else {
                actions.append(action)
            }
        }
    }

    func drain() -> [Action] {
        lock.withLock {
            defer { actions.removeAll() }
            return actions
        }
    }
}

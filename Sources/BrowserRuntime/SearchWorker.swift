import Foundation
import TalkArchive
import TalksUI

/// Runs the browser's searches off the run loop's thread, so keys are answered while one runs;
/// the answer comes back through the inbox (stale ones the reducer drops). One at a time, and a
/// search that a newer one replaced before it started is skipped: typing ten letters quickly
/// costs the first search and the last, not ten.
final class SearchWorker: @unchecked Sendable {
    private let queue = DispatchQueue(label: "talks.search")
    private let running = DispatchGroup()
    private let lock = NSLock()
    private var latest = 0

    func submit(_ request: SearchRequest, to answers: IndexAnswers, reportingTo inbox: ActionInbox) {
        let ticket = lock.withLock {
            latest += 1
            return latest
        }
        running.enter()
        queue.async {
            defer { self.running.leave() }
            guard self.lock.withLock({ ticket == self.latest }) else { return }
            inbox.post(answers.search(request))
        }
    }

    /// Whether a search is queued or running.
    var isBusy: Bool { running.wait(timeout: .now()) == .timedOut }

    /// Waits until every submitted search has ended and posted its answer.
    func waitUntilDone() { running.wait() }
}

import Foundation
import TalksUI

/// Actions posted from other threads (a download's progress), drained by the run loop between
/// key presses.
public final class ActionInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var actions: [Action] = []

    public init() {}

    /// - Parameter coalescing: replace an undelivered action of the same kind (progress floods).
    public func post(_ action: Action, coalescing: Bool = false) {
        lock.withLock {
            if coalescing, case .downloadProgress = action, case .downloadProgress = actions.last {
                actions[actions.count - 1] = action
            } else {
                actions.append(action)
            }
        }
    }

    var isEmpty: Bool { lock.withLock { actions.isEmpty } }

    func drain() -> [Action] {
        lock.withLock {
            defer { actions.removeAll() }
            return actions
        }
    }
}

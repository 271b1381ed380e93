import ScreenModel
import TalkArchive

/// What can happen to the browser: input, and the results of effects coming back.
public enum Action: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
    /// Results for `query`; dropped if the user has typed on since.
    case searchCompleted(query: String, hits: [SearchHit])
    case searchFailed(query: String, message: String)
}

/// Work the reducer asks the outside world to do; its outcome comes back as an `Action`.
public enum Effect: Equatable, Sendable {
    /// Run this query against the index.
    case search(String)
    case repaint
    case suspend
    case quit
}

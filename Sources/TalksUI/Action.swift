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
    /// A picker's items, loaded from the index.
    case pickerLoaded(Picker)
}

/// Work the reducer asks the outside world to do; its outcome comes back as an `Action`.
public enum Effect: Equatable, Sendable {
    /// Run this query against the index.
    case search(String)
    /// Load the items of a topic or speaker picker.
    case loadPicker(Picker.Kind)
    case repaint
    case suspend
    case quit
}

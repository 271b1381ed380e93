/// Everything a key can ask the browser to do, each described once: the help screen is made
/// from these descriptions and the keymap, so it cannot drift from what the keys do.
public enum Command: String, CaseIterable, Sendable {
    case moveDown, moveUp, halfPageDown, halfPageUp, pageDown, pageUp, first, last
    case open, switchPane, togglePreview, back
    case search, nextResult, previousResult
    case cycleSort, cycleSeries, cycleKind, togglePapers, nextTalk, browseTopics, browseSpeakers, goToRelated
    case openLink, copyLink, readPaper
    // Your own marks on the selected record.
    case toggleStar, toggleSeen, toggleToWatch, editNote, editNoteInEditor, editTags
    case help, repaint, suspend, quit
    // On a search line (the list's or the paper's): its editing and control keys.
    case keepSearch, cancelSearch, deleteBackward, deleteWord, clearLine, olderSearch, newerSearch
    // In a picker, the reader and a download.
    case choose, close, cancelDownload
    // On the note or tag line.
    case saveLine, cancelLine

    /// One line for the help screen.
    public var help: String {
        switch self {
        case .moveDown: return "move down (in the detail: scroll)"
        case .moveUp: return "move up (in the detail: scroll)"
        case .halfPageDown: return "half a page down"
        case .halfPageUp: return "half a page up"
        case .pageDown: return "a page down"
        case .pageUp: return "a page up"
        case .first: return "first"
        case .last: return "last"
        case .open: return "open the selected talk or paper"
        case .switchPane: return "switch between list and detail"
        case .togglePreview: return "show or hide the preview beside or below the list"
        case .back: return "back; in the list, clear the search"
        case .search: return "search as you type"
        case .nextResult: return "next result"
        case .previousResult: return "previous result"
        case .cycleSort: return "sort: relevance, newest first, oldest first, title"
        case .cycleSeries: return "show one series, then the other, then all"
        case .cycleKind: return "show talks and papers, then talks only, then papers only"
        case .togglePapers: return "papers only, and back to talks and papers"
        case .nextTalk: return "go to the next talk from now (none to come: the latest)"
        case .browseTopics: return "browse by topic"
        case .browseSpeakers: return "browse by speaker, with talk counts"
        case .goToRelated: return "go to a related talk or paper"
        case .openLink: return "open the paper (1–9: open that link)"
        case .copyLink: return "copy to your clipboard: the link, a BibTeX entry or a citation line"
        case .readPaper: return "read the paper's text here"
        case .help: return "this help"
        case .repaint: return "repaint the screen"
        case .suspend: return "suspend (fg to come back)"
        case .quit: return "quit (from a view: back)"
        case .toggleStar: return "star or unstar"
        case .toggleSeen: return "mark seen, or not"
        case .toggleToWatch: return "put on your list to watch, or take off"
        case .editNote: return "write your note (search them: note:word, has:note)"
        case .editNoteInEditor: return "write your note in $EDITOR"
        case .editTags: return "tag: words, space between (search: tag:name)"
        case .saveLine: return "save"
        case .cancelLine: return "leave it as it was"
        case .keepSearch: return "keep what the search found and stop typing"
        case .cancelSearch: return "cancel the search: back to what was shown before"
        case .deleteBackward: return "delete the last character"
        case .deleteWord: return "delete the last word"
        case .clearLine: return "clear the line"
        case .olderSearch: return "recall an earlier search"
        case .newerSearch: return "recall a later search"
        case .choose: return "choose the selected item"
        case .close: return "close, back to where you were"
        case .cancelDownload: return "cancel the download"
        }
    }
}

import ScreenModel
import TalkArchive

/// What can happen to the browser: input, and the results of effects coming back.
public enum Action: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
    /// Results for a query: its count (and each kind's), its first rows, and the position to
    /// select (when the request named a record); dropped if the user has typed on since.
    case searchCompleted(SearchRequest, count: MatchCount, kinds: KindCounts, slice: ResultSlice, selected: Int?)
    /// Rows asked for by `.loadRows`; dropped if the query or order changed since.
    case rowsLoaded(RowsRequest, ResultSlice)
    /// The archive's words closest to those of a query that found nothing; dropped if the results changed since.
    case closestWordsFound(query: SearchQuery, [String])
    /// The index could not run a query (an unknown series); dropped if the user has typed on since.
    case searchFailed(query: SearchQuery, message: String)
    /// A picker's items, loaded from the index.
    case pickerLoaded(Picker)
    /// The records related to one, loaded for the detail.
    case relatedLoaded(recordID: String, [ArchiveRecord])
    case downloadProgress(DownloadProgress)
    /// A paper's text is ready to read.
    case paperLoaded(recordID: String, title: String, text: String)
    case paperFailed(recordID: String, message: String)
    /// What happened to an open or copy request, for the status line.
    case notice(String)
    /// Every record's marks, read from the store at start; `notice` says why they will not be kept.
    case marksLoaded([String: RecordMarks], notice: String?)
    /// A record's marks as the store holds them after a change.
    case marksChanged(recordID: String, RecordMarks)
    /// A notice in several lengths, longest first: the status line shows the longest that fits.
    case notices([String])
    /// The next talk from now, looked up with the runtime's clock.
    case nextTalkFound(NextTalk)
}

/// Work the reducer asks the outside world to do; its outcome comes back as an `Action`.
public enum Effect: Equatable, Sendable {
    /// Run a query against the index: count it and load its first rows.
    case search(SearchRequest)
    /// Find the archive's words closest to those of a query that found nothing ("did you mean").
    case findClosestWords(SearchQuery)
    /// Load the rows of the current results that are about to be shown.
    case loadRows(RowsRequest)
    /// Load the items of a topic or speaker picker.
    case loadPicker(Picker.Kind)
    /// Load the records related to one, for the detail.
    case loadRelated(ArchiveRecord)
    /// Open a record's link (nil: the best one) with the opener, or show it where none can run.
    case openLink(recordID: String, number: Int?)
    /// Show a record's link (nil: the best one) on the status line, launching nothing (kiosk mode).
    case showLink(recordID: String, number: Int?)
    /// Copy a record's link, BibTeX entry or citation line to the user's clipboard (OSC 52).
    case copy(recordID: String, CopyFormat)
    /// Find the next talk from now (the runtime reads its clock, the reducer never does).
    case findNextTalk
    /// Download the record's paper and extract its text.
    case readPaper(recordID: String)
    case cancelDownload
    /// Read every record's marks from the store.
    case loadMarks
    /// Make a change to a record's marks in the store (one transaction).
    case changeMarks(recordID: String, MarkChange)
    /// Write a record's note in the user's editor, then store it.
    case editNoteInEditor(recordID: String, note: String?)
    case repaint
    case suspend
    case quit
}

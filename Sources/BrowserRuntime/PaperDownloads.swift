import TalkArchive

/// Fetching a record's paper and extracting its text, off the run loop's thread: the executable
/// runs `talks-fetch`, tests record what was asked. The outcome comes back through the inbox as
/// `.downloadProgress`, then `.paperLoaded` or `.paperFailed`.
public protocol PaperDownloads: AnyObject {
    /// Starts reading `record`'s best link; a download under way is cancelled.
    func start(_ record: ArchiveRecord, reportingTo inbox: ActionInbox)
    /// Stops the download under way, if any.
    func cancel()
}

/// The keys a configuration file may set: each one read by something in `talks`.
///
/// ```toml
/// opener = "firefox --new-tab %u"
/// arxiv_mirror = "https://arxiv.org"
/// preview = "auto"
/// timezone = "Europe/Berlin"
///
/// [download]
/// max_bytes = 52428800
/// timeout_seconds = 60
/// ```
/// Any other key is an error, so a typo never passes for a setting.
public enum ConfigKey: String, CaseIterable, Sendable {
    case opener
    case arxivMirror = "arxiv_mirror"
    case preview
    case timezone
    case downloadMaxBytes = "download.max_bytes"
    case downloadTimeoutSeconds = "download.timeout_seconds"

    /// The tables keys may live in (`[download]`).
    public static let tables: Set<String> = ["download", "keys", "colors"]

    /// The key's path of table and key names.
    public var path: [String] { rawValue.split(separator: ".").map(String.init) }

    /// What the key sets, in one sentence.
    public var help: String {
        switch self {
        case .opener: return "The command that opens a URL; %u stands for the URL (appended when absent)."
        case .arxivMirror: return "The base URL arXiv PDFs are fetched from (a mirror serving /pdf/ID)."
        case .preview: return "When the browser previews the selected record: auto (where there is room), always or never."
        case .timezone: return "The zone start times are shown in beside the talk's own (a name such as Europe/Berlin); --tz overrides it."
        case .downloadMaxBytes: return "The largest PDF downloaded, in bytes."
        case .downloadTimeoutSeconds: return "The download timeout, in seconds."
        }
    }

    /// "opener, arxiv_mirror, preview, timezone, [download] max_bytes, timeout_seconds": for error messages.
    static let known = "opener, arxiv_mirror, preview, timezone, in [download]: max_bytes, timeout_seconds, and the tables [keys] and [colors]"
}

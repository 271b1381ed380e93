/// What `talks` asks `talks-fetch` to download: built by the browser's reader, turned into the
/// helper's arguments here, and parsed back by the helper's `download` command (swift-argument-parser),
/// so both sides hold one type and a test checks that every request survives the trip.
///
/// ```swift
/// FetchRequest(cache: "/c", url: "https://arxiv.org/pdf/2304.09871", arxivID: "2304.09871").arguments
/// // ["--cache=/c", "--max-bytes=100000000", "--timeout=30.0", "--arxiv=2304.09871", "--", "https://arxiv.org/pdf/2304.09871"]
/// ```
public struct FetchRequest: Equatable, Sendable {
    /// The largest PDF read unless the settings say otherwise.
    public static let defaultMaxBytes: Int64 = 100_000_000
    /// Seconds without any data before a download is given up, unless the settings say otherwise.
    public static let defaultTimeout = 30.0

    /// The folder the PDF is written to.
    public var cache: String
    /// The PDF's address.
    public var url: String
    /// The paper's arXiv id, which names the file in the cache; else the URL's digest does.
    public var arxivID: String?
    public var maxBytes: Int64
    public var timeout: Double

    public init(cache: String, url: String, arxivID: String? = nil,
                maxBytes: Int64 = Self.defaultMaxBytes, timeout: Double = Self.defaultTimeout) {
        self.cache = cache
        self.url = url
        self.arxivID = arxivID
        self.maxBytes = maxBytes
        self.timeout = timeout
    }

    /// The helper's command line for this request (without the program's name).
    public var arguments: [String] {
        // `--name=value` and `--`: a value starting with a dash is still a value, never an option.
        var arguments = ["--cache=" + cache, "--max-bytes=\(maxBytes)", "--timeout=\(timeout)"]
        if let arxivID { arguments.append("--arxiv=" + arxivID) }
        return arguments + ["--", url]
    }
}

/// What `talks enrich` asks `talks-fetch arxiv` to do: built by `talks`, turned into the helper's
/// arguments here, and parsed back by the helper's `arxiv` command (swift-argument-parser), so both
/// sides hold one type and a test checks that every request survives the trip.
///
/// ```swift
/// ArxivFetchRequest(api: "https://export.arxiv.org/api/query", timeout: 20).arguments
/// // ["arxiv", "--api=https://export.arxiv.org/api/query", "--timeout=20.0"]
/// ```
/// The queries themselves go on the helper's standard input, as JSON (``ArxivQuery``).
public struct ArxivFetchRequest: Equatable, Sendable {
    /// The API's query URL.
    public var api: String
    /// Seconds from the end of one request to the start of the next; nil for arXiv's 3 s. The helper
    /// honours less only against a server on this machine.
    public var interval: Double?
    /// Seconds without any data before a request is given up.
    public var timeout: Double
    /// Further attempts after a 503 (or 429); nil for the helper's default.
    public var retries: Int?
    /// The longest wait a Retry-After may ask for before the run gives up; nil for the helper's default.
    public var maxWait: Double?

    public init(api: String, interval: Double? = nil, timeout: Double = 30, retries: Int? = nil, maxWait: Double? = nil) {
        self.api = api
        self.interval = interval
        self.timeout = timeout
        self.retries = retries
        self.maxWait = maxWait
    }

    /// The helper's command line for this request (without the program's name).
    public var arguments: [String] {
        // `--name=value`: a value starting with a dash is still a value, never an option.
        var arguments = ["arxiv", "--api=" + api, "--timeout=\(timeout)"]
        if let interval { arguments.append("--interval=\(interval)") }
        if let retries { arguments.append("--retries=\(retries)") }
        if let maxWait { arguments.append("--max-wait=\(maxWait)") }
        return arguments
    }
}

/// What `talks-fetch` was asked to download, from its arguments.
///
/// ```swift
/// try FetchRequest(arguments: ["--cache", "/c", "--arxiv", "2304.09871", "https://arxiv.org/pdf/2304.09871"]).arxivID  // "2304.09871"
/// try FetchRequest(arguments: ["https://x.org/a.pdf"])  // throws: --cache is required
/// ```
struct FetchRequest {
    static let usage = "talks-fetch --cache DIR [--max-bytes N] [--timeout SECONDS] [--arxiv ID] URL"

    var cache: String
    var url: String
    var arxivID: String?
    var maxBytes: Int64 = 100_000_000
    var timeout: Double = 30

    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    init(arguments: [String]) throws {
        var values: [String: String] = [:]
        var url: String?
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            if ["--cache", "--max-bytes", "--timeout", "--arxiv"].contains(argument) {
                guard let value = rest.popFirst() else { throw Problem(description: "\(argument) needs a value") }
                values[argument] = value
            } else if url == nil, !argument.hasPrefix("-") {
                url = argument
            } else {
                throw Problem(description: "unexpected argument \(argument)")
            }
        }
        guard let cache = values["--cache"], !cache.isEmpty else { throw Problem(description: "--cache is required") }
        guard let url else { throw Problem(description: "the URL is required") }
        self.cache = cache
        self.url = url
        self.arxivID = values["--arxiv"]
        if let text = values["--max-bytes"] {
            guard let value = Int64(text), value > 0 else { throw Problem(description: "--max-bytes takes a positive number, not \(text)") }
            maxBytes = value
        }
        if let text = values["--timeout"] {
            guard let value = Double(text), value > 0, value.isFinite else {
                throw Problem(description: "--timeout takes a positive number of seconds, not \(text)")
            }
            timeout = value
        }
    }
}

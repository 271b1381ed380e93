import ArxivAPI
import Foundation

/// `talks-fetch arxiv`: asks the arXiv API for `talks enrich`.
///
/// Reads the queries as one line of JSON (an array of ``ArxivQuery``) on standard input, asks them
/// in order, and writes ``ArxivMessage`` lines to standard output: `asking`, `waiting`, then per query
/// `answer` or `failed`, and finally `done` (exit 0) or `stopped` (exit 1) when a failure means the
/// rest would fail too. Bad input exits 64. It stops at once when its standard input
/// closes: `talks` holds it open while it reads the answers.
enum ArxivMode {
    static func run(_ options: ArxivOptions) -> Never {
        guard let line = readLine(strippingNewline: true),
              let queries = try? JSONDecoder().decode([ArxivQuery].self, from: Data(line.utf8)) else {
            say(.stopped(index: 0, message: "talks-fetch arxiv: standard input must start with a JSON array of queries"))
            exit(64)
        }
        // `talks` closing our standard input (it was interrupted, or died) ends the run.
        TalksFetch.whenInputCloses { exit(1) }
        let client = PoliteClient(options, say: say)
        for (index, query) in queries.enumerated() {
            let url = query.url(base: options.api.absoluteString)
            say(.asking(index: index, url: url))
            guard let address = URL(string: url) else {
                say(.failed(index: index, url: url, message: "not a valid URL"))
                continue
            }
            switch client.feed(for: address) {
            case .success(let feed):
                say(.answer(index: index, url: url, feed: feed))
            case .failure(let error) where error.stopsTheRun:
                say(.stopped(index: index, message: error.description))
                exit(1)
            case .failure(let error):
                say(.failed(index: index, url: url, message: error.description))
            }
        }
        say(.done)
        exit(0)
    }

    static func say(_ message: ArxivMessage) {
        FileHandle.standardOutput.write(Data((message.line + "\n").utf8))
    }
}

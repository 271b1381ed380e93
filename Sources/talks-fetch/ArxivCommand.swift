import ArgumentParser
import ArxivAPI

/// `talks-fetch arxiv --api URL [--interval SECONDS] [--timeout SECONDS] [--retries N] [--max-wait SECONDS]`:
/// asks the arXiv API for `talks enrich` (``ArxivMode``), the queries on standard input.
struct ArxivCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arxiv", abstract: "Ask the arXiv API the queries on standard input, one line of JSON.")

    @Option(help: "The API's query URL.")
    var api: String
    @Option(help: "Seconds between requests; never below arXiv's 3 except against this machine.")
    var interval: Double?
    @Option(help: "Seconds without any data before a request is given up.")
    var timeout: Double = 30
    @Option(help: "Further attempts after a 503 (or 429), 0 to 10.")
    var retries: Int?
    @Option(help: "The longest wait a Retry-After may ask for before the run gives up, in seconds.")
    var maxWait: Double?

    var request: ArxivFetchRequest {
        ArxivFetchRequest(api: api, interval: interval, timeout: timeout, retries: retries, maxWait: maxWait)
    }

    func validate() throws {
        do {
            _ = try ArxivOptions(request)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func run() throws {
        ArxivMode.run(try ArxivOptions(request))
    }
}

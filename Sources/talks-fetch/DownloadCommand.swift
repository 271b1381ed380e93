import ArgumentParser
import Foundation
import PaperText

/// `talks-fetch [download] --cache DIR [--max-bytes N] [--timeout SECONDS] [--arxiv ID] URL`: one
/// paper's PDF into the cache, for the browser's reader.
///
/// Writes `FetchMessage` lines to standard output: `progress …` while bytes arrive, then `pdf PATH`
/// (exit 0) or `error MESSAGE` (exit 1). It stops, keeping the `.part` for resuming, when its standard
/// input closes: the browser holds it open while it waits.
struct DownloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "download", abstract: "Download one paper's PDF into the cache (the default).")

    @Option(help: "The folder the PDF is written to.")
    var cache: String
    @Option(help: "The largest PDF read, in bytes.")
    var maxBytes: Int64 = FetchRequest.defaultMaxBytes
    @Option(help: "Seconds without any data before the download is given up.")
    var timeout: Double = FetchRequest.defaultTimeout
    @Option(name: .customLong("arxiv"), help: "The paper's arXiv id, which names the file in the cache.")
    var arxivID: String?
    @Argument(help: "The PDF's address.")
    var url: String

    var request: FetchRequest {
        FetchRequest(cache: cache, url: url, arxivID: arxivID, maxBytes: maxBytes, timeout: timeout)
    }

    func validate() throws {
        guard !cache.isEmpty else { throw ValidationError("--cache takes a folder, not nothing") }
        guard maxBytes > 0 else { throw ValidationError("--max-bytes takes a positive number, not \(maxBytes)") }
        guard timeout > 0, timeout.isFinite else {
            throw ValidationError("--timeout takes a positive number of seconds, not \(timeout)")
        }
    }

    func run() throws {
        let downloader = PaperDownloader(cacheDirectory: URL(fileURLWithPath: cache), maxBytes: maxBytes, timeout: timeout)
        // The browser closing our standard input (it cancelled, quit or died) cancels the download.
        TalksFetch.whenInputCloses { downloader.cancel() }
        do {
            let source = try PaperSource(url: url, arxivID: arxivID)
            let throttle = Throttle()
            let pdf = try downloader.download(source) { progress in
                if throttle.due() { TalksFetch.say(.progress(progress.statusLine)) }
            }
            TalksFetch.say(.pdf(path: pdf.path))
            Foundation.exit(0)
        } catch {
            TalksFetch.say(.error("\(error)"))
            Foundation.exit(1)
        }
    }
}

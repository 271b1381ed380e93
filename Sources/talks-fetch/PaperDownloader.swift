import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Downloads a paper's PDF into the cache: limited, timed out, resumable, cancellable, never half-kept.
///
/// ```swift
/// let papers = cacheHome.appendingPathComponent("talks/papers")
/// let downloader = PaperDownloader(cacheDirectory: papers, maxBytes: 50_000_000, timeout: 30)
/// let source = try PaperSource(url: "https://arxiv.org/pdf/2304.09871", arxivID: "2304.09871")
/// let pdf = try downloader.download(source) { status = $0.statusLine }  // papers/2304.09871.pdf
/// // from another thread (Esc): downloader.cancel()
/// ```
/// Bytes go to `<name>.part`, renamed to `<name>.pdf` only when the announced length has arrived and the file
/// starts with `%PDF-`. A `.part` left by a timeout, a dropped connection or a cancel is resumed with
/// `Range: bytes=N-` next time (kept on 206, restarted on 200). A complete `.pdf` is returned without a request.
/// Use one downloader per download: `cancel()` is final.
public final class PaperDownloader: @unchecked Sendable {
    /// Where the PDFs live, e.g. `$XDG_CACHE_HOME/talks/papers`.
    public let cacheDirectory: URL
    /// The largest PDF accepted, in bytes.
    public let maxBytes: Int64
    /// Seconds without any data (connecting included) before giving up.
    public let timeout: TimeInterval
    public let deadline: TimeInterval

    private let lock = NSLock()
    private var cancelled = false
    private var current: Transfer?

    /// - Parameters:
    ///   - cacheDirectory: created when missing.
    ///   - maxBytes: the size limit; a larger announced length or body fails with `.tooLarge`.
    ///   - timeout: the idle timeout in seconds.
    ///   - deadline: the whole download's limit in seconds, however steadily bytes trickle in;
    ///     by default 20 idle timeouts, at least 10 minutes.
    public init(cacheDirectory: URL, maxBytes: Int64 = 100_000_000, timeout: TimeInterval = 30, deadline: TimeInterval? = nil) {
        self.deadline = deadline ?? max(600, 20 * timeout)
        self.cacheDirectory = cacheDirectory
        self.maxBytes = maxBytes
        self.timeout = timeout
    }

    /// The complete cached PDF for `source`, or nil when it has not been downloaded yet.
    public func cachedPDF(for source: PaperSource) -> URL? {
        cache(for: source).completePDF
    }

    /// Downloads `source` (or returns the cached file), blocking the calling thread until done.
    ///
    /// - Parameter progress: called on a background thread after every chunk written (about 16 KB each on
    ///   Linux: some 1,250 calls for 20 MB), so a screen should coalesce them.
    /// - Returns: the `.pdf` file in the cache directory.
    /// - Throws: `PaperFetchError`, one case per failure.
    public func download(_ source: PaperSource,
                         progress: @escaping @Sendable (FetchProgress) -> Void = { _ in }) throws -> URL {
        let cache = cache(for: source)
        if let pdf = cache.completePDF { return pdf }
        var retried = false
        while true {
            let offset = cache.resumableLength(limit: maxBytes)
            let transfer = Transfer(cache: cache, offset: offset, limit: maxBytes, timeout: timeout, deadline: deadline, progress: progress)
            guard begin(transfer) else { throw PaperFetchError.cancelled }
            let result = transfer.run(request(for: source.url, from: offset), configuration: configuration)
            lock.withLock { current = nil }
            switch result {
            case .success(let expected):
                return try cache.promotePart(expectedLength: expected)
            case .failure(.httpStatus(416)) where offset > 0 && !retried:
                cache.removePart()
                retried = true
            case .failure(let error):
                if Self.discardsPart(error) { cache.removePart() }
                throw error
            }
        }
    }

    /// Downloads `source` without blocking the caller; cancelling the task cancels the download.
    public func download(_ source: PaperSource,
                         progress: @escaping @Sendable (FetchProgress) -> Void = { _ in }) async throws -> URL {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                DispatchQueue.global().async {
                    continuation.resume(with: Result { try self.download(source, progress: progress) })
                }
            }
        } onCancel: {
            cancel()
        }
    }

    /// Stops the download in progress (or the next one) with `.cancelled`; safe from any thread.
    public func cancel() {
        let transfer = lock.withLock {
            cancelled = true
            return current
        }
        transfer?.fail(.cancelled)
    }

    // MARK: Parts

    private func cache(for source: PaperSource) -> PaperCache {
        PaperCache(directory: cacheDirectory, name: source.cacheName)
    }

    /// Records `transfer` as the current one, unless cancelled already.
    private func begin(_ transfer: Transfer) -> Bool {
        lock.withLock {
            current = transfer
            return !cancelled
        }
    }

    /// Failures after which the `.part` is worthless: resuming it would fail the same way.
    private static func discardsPart(_ error: PaperFetchError) -> Bool {
        switch error {
        case .notPDF, .tooLarge, .httpStatus(416): return true
        default: return false
        }
    }

    private func request(for url: URL, from offset: Int64) -> URLRequest {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: Self.backstop)
        request.setValue("identity", forHTTPHeaderField: "Accept-Encoding")
        request.setValue("application/pdf, */*;q=0.5", forHTTPHeaderField: "Accept")
        if offset > 0 { request.setValue("bytes=\(offset)-", forHTTPHeaderField: "Range") }
        return request
    }

    /// URLSession's own timeouts are left far out: the transfer's idle watchdog applies `timeout` itself,
    /// the same way on every platform.
    private static let backstop: TimeInterval = 86_400

    private var configuration: URLSessionConfiguration {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.timeoutIntervalForRequest = Self.backstop
        configuration.timeoutIntervalForResource = Self.backstop
        return configuration
    }
}

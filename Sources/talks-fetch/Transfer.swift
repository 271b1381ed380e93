import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP exchange streamed into a `.part` file, checking status, length, first bytes, limit and idle time.
///
/// ```swift
/// let transfer = Transfer(cache: cache, offset: 0, limit: 50_000_000, timeout: 30, progress: { print($0.statusLine) })
/// let expected = try transfer.run(request, configuration: .ephemeral).get()  // the announced length, if any
/// ```
/// The delegate callbacks run on the transfer's own serial queue; `fail(_:)` may be called from any thread.
final class Transfer: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let cache: PaperCache
    private let offset: Int64
    private let limit: Int64
    private let timeout: TimeInterval
    private let progress: @Sendable (FetchProgress) -> Void
    private let watch: WatchedDataTask<PaperFetchError>

    // MARK: Touched only on the delegate queue
    private var handle: FileHandle?
    private var start: Int64 = 0
    private var received: Int64 = 0
    private var expected: Int64?
    private var contentType: String?
    private var head: [UInt8]?
    private var outcome: Result<Int64?, PaperFetchError> = .failure(.cancelled)

    init(cache: PaperCache, offset: Int64, limit: Int64, timeout: TimeInterval, deadline: TimeInterval,
         progress: @escaping @Sendable (FetchProgress) -> Void) {
        self.cache = cache
        self.offset = offset
        self.limit = limit
        self.timeout = timeout
        self.progress = progress
        watch = WatchedDataTask(timeout: timeout, timedOut: .timedOut(seconds: timeout),
                                deadline: (deadline, .tooSlow(seconds: deadline)))
    }

    /// Performs the request and waits for it: the announced full length on success.
    func run(_ request: URLRequest, configuration: URLSessionConfiguration) -> Result<Int64?, PaperFetchError> {
        watch.run(request, configuration: configuration, delegate: self)
        return outcome
    }

    /// Stops the transfer with `error` (the first reason given wins).
    func fail(_ error: PaperFetchError) {
        watch.fail(error)
    }

    // MARK: URLSessionDataDelegate

    /// Follows a redirect only to https on the link's own host: a mirror must not send the reader to
    /// another site, nor from https down to http.
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        watch.touch()
        let from = task.originalRequest?.url?.host?.lowercased()
        guard let target = request.url, target.scheme?.lowercased() == "https", let from, target.host?.lowercased() == from else {
            // Not followed: the 3xx answer arrives as the response; this reason is given first.
            completionHandler(nil)
            watch.fail(.redirectRefused(request.url.map { String($0.absoluteString.prefix(200)) } ?? "nowhere"))
            return
        }
        completionHandler(request)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        watch.touch()
        do {
            try accept(response)
            completionHandler(.allow)
        } catch {
            fail(error as? PaperFetchError ?? .network(error.localizedDescription))
            completionHandler(.cancel)
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        watch.touch()
        guard watch.failed == nil, let handle else { return }
        var bytes = data
        if let sniffed = head {
            let joined = sniffed + Array(data)
            guard joined.count >= PaperCache.magic.count else { head = joined; return }
            guard joined.starts(with: PaperCache.magic) else { return fail(.notPDF(contentType: contentType)) }
            head = nil
            bytes = Data(joined)
        }
        received += Int64(bytes.count)
        guard received <= limit else { return fail(.tooLarge(limit: limit)) }
        do {
            try handle.write(contentsOf: bytes)
        } catch {
            return fail(.cache("\(cache.part.path): \(error.localizedDescription)"))
        }
        progress(FetchProgress(received: received, expected: expected, resumedFrom: start))
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        try? handle?.close()
        handle = nil
        outcome = conclusion(error, host: task.originalRequest?.url?.host ?? "the server")
        watch.finish()
    }

    // MARK: Steps

    /// Checks the status and length, then opens the `.part` afresh (200) or at the resume offset (206).
    private func accept(_ response: URLResponse) throws {
        guard let http = response as? HTTPURLResponse else { throw PaperFetchError.network("not an HTTP response") }
        contentType = http.value(forHTTPHeaderField: "Content-Type")
        let length = http.expectedContentLength >= 0 ? http.expectedContentLength : nil
        switch http.statusCode {
        case 206 where offset > 0:
            guard Self.rangeStart(http) == offset else {
                cache.removePart()
                throw PaperFetchError.network("the server resumed at the wrong byte; try again")
            }
            start = offset
        case 200:
            start = 0
        default:
            throw PaperFetchError.httpStatus(http.statusCode)
        }
        expected = length.map { start + $0 }
        if let expected, expected > limit { throw PaperFetchError.tooLarge(limit: limit) }
        handle = try cache.openPart(at: start)
        received = start
        head = start == 0 ? [] : nil
    }

    /// The transfer's result once the connection is over.
    private func conclusion(_ error: Error?, host: String) -> Result<Int64?, PaperFetchError> {
        if let failure = watch.failed { return .failure(failure) }
        if let error { return .failure(classify(error, host: host)) }
        if head != nil { return .failure(.notPDF(contentType: contentType)) }
        if let expected, received < expected { return .failure(.truncated(received: received, expected: expected)) }
        return .success(expected)
    }

    /// A URLSession error as one of ours.
    private func classify(_ error: Error, host: String) -> PaperFetchError {
        let code = (error as NSError).domain == NSURLErrorDomain ? (error as NSError).code : 0
        switch code {
        case NSURLErrorTimedOut:
            return .timedOut(seconds: timeout)
        case NSURLErrorCancelled:
            return .cancelled
        case NSURLErrorCannotFindHost, NSURLErrorCannotConnectToHost, NSURLErrorDNSLookupFailed, NSURLErrorNotConnectedToInternet:
            return .unreachable(host: host)
        default:
            if let expected, received < expected { return .truncated(received: received, expected: expected) }
            return .network(error.localizedDescription)
        }
    }

    /// The first byte of a `Content-Range: bytes FIRST-LAST/TOTAL` header.
    private static func rangeStart(_ response: HTTPURLResponse) -> Int64? {
        guard let value = response.value(forHTTPHeaderField: "Content-Range"),
              let bytes = value.range(of: "bytes ", options: .caseInsensitive) else { return nil }
        return Int64(value[bytes.upperBound...].prefix { $0.isNumber })
    }
}

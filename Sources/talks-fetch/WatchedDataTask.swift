import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A URLSession data task run to its end on the calling thread, stopped by ``fail(_:)`` from any
/// thread (the first reason given wins) or once nothing has happened for `timeout` seconds
/// (connecting included). What the answer means is its delegate's business: ``Transfer`` streams a
/// PDF to disk, ``APIExchange`` reads an API answer into memory.
///
/// ```swift
/// let watch = WatchedDataTask(timeout: 30, timedOut: PaperFetchError.timedOut(seconds: 30))
/// watch.run(request, configuration: configuration, delegate: self)  // returns once the delegate calls watch.finish()
/// ```
/// URLSession's own timeouts are best left far out (``backstop``): the watchdog applies `timeout`
/// itself, the same way on every platform. The delegate calls ``touch()`` on every callback and
/// ``finish()`` when the task completes.
final class WatchedDataTask<Failure: Error & Sendable>: @unchecked Sendable {
    /// For URLSession's own timeouts, which the watchdog makes moot.
    static var backstop: TimeInterval { 86_400 }

    private let timeout: TimeInterval
    private let timedOut: Failure
    private let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var failure: Failure?
    private var task: URLSessionTask?
    private var lastActivity = DispatchTime.now()

    /// The whole exchange's limit, however steadily bytes arrive, and the failure it gives.
    private let deadline: (seconds: TimeInterval, failure: Failure)?

    init(timeout: TimeInterval, timedOut: Failure, deadline: (seconds: TimeInterval, failure: Failure)? = nil) {
        self.timeout = timeout
        self.timedOut = timedOut
        self.deadline = deadline
    }

    /// Performs `request`, the callbacks going to `delegate` on a serial queue, and waits for ``finish()``.
    func run(_ request: URLRequest, configuration: URLSessionConfiguration, delegate: URLSessionDataDelegate) {
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: queue)
        let task = session.dataTask(with: request)
        let failedEarly = lock.withLock {
            self.task = task
            lastActivity = .now()
            return failure != nil
        }
        let watchdog = startWatchdog()
        task.resume()
        if failedEarly { task.cancel() }
        finished.wait()
        watchdog.cancel()
        session.finishTasksAndInvalidate()
    }

    /// The reason given to ``fail(_:)`` first, if any.
    var failed: Failure? { lock.withLock { failure } }

    /// Stops the task with `error`, unless a reason was given already.
    func fail(_ error: Failure) {
        let task = lock.withLock {
            if failure == nil { failure = error }
            return self.task
        }
        task?.cancel()
    }

    /// Something happened: the idle time starts again.
    func touch() {
        lock.withLock { lastActivity = .now() }
    }

    /// The task is over: ``run(_:configuration:delegate:)`` returns.
    func finish() {
        finished.signal()
    }

    /// Fails the task once nothing has happened for `timeout` seconds.
    private func startWatchdog() -> DispatchSourceTimer {
        let timer = DispatchSource.makeTimerSource(queue: .global())
        let tick = max(0.02, min(timeout / 20, 0.5))
        timer.schedule(deadline: .now() + tick, repeating: tick)
        let started = DispatchTime.now()
        timer.setEventHandler { [weak self] in
            guard let self else { return }
            let now = DispatchTime.now().uptimeNanoseconds
            let idle = Double(now - lock.withLock { lastActivity.uptimeNanoseconds }) / 1e9
            if idle >= timeout { fail(timedOut) }
            if let deadline, Double(now - started.uptimeNanoseconds) / 1e9 >= deadline.seconds { fail(deadline.failure) }
        }
        timer.resume()
        return timer
    }
}

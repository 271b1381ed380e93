import Foundation

/// One `talks enrich` at a time for the whole account: the arXiv API allows one connection per
/// client. An exclusive, non-blocking flock on a file in the cache folder; the kernel releases it
/// when the holder ends, however it ends.
///
/// ```swift
/// guard let lock = EnrichLock(cache: IndexLocation.cacheDirectory()) else { … another run is asking … }
/// defer { lock.release() }
/// ```
public final class EnrichLock: Sendable {
    private let descriptor: Int32

    /// Nil when another process holds the lock. When the lock file cannot be created at all, the run
    /// goes ahead unlocked (a cache folder that cannot be written should not stop it).
    public init?(cache: URL) {
        try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        descriptor = open(cache.appendingPathComponent("arxiv-enrich.lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        if descriptor >= 0 && flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            close(descriptor)
            return nil
        }
    }

    public func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

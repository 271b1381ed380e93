import Foundation

/// An exclusive lock on the cache folder itself (flock on its descriptor): no lock file to leave
/// behind, and the kernel releases it when the holder dies, even by SIGKILL. Readers never take it.
struct BuildLock {
    private let descriptor: Int32
    /// False when the folder could not be opened or locked (it may not exist yet): building goes
    /// ahead unlocked, which is still safe, only wasteful.
    let acquired: Bool

    init(_ folder: URL) {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        acquired = descriptor >= 0 && flock(descriptor, LOCK_EX) == 0
    }

    func release() {
        guard descriptor >= 0 else { return }
        if acquired { flock(descriptor, LOCK_UN) }
        close(descriptor)
    }
}

import Foundation

/// An exclusive lock on the cache folder itself (flock on its descriptor): no lock file to leave
/// behind, and the kernel releases it when the holder dies, even by SIGKILL. Every writer of an
/// index (a rebuild, an import) holds it, so writers queue and none renames over another's work;
/// readers never take it (they keep reading the file they opened, which a rename does not touch).
struct BuildLock {
    private let descriptor: Int32
    /// False when the folder could not be opened or locked (it may not exist yet): building goes
    /// ahead unlocked, which is still safe, only wasteful.
    let acquired: Bool

    /// Waits for the lock; `waiting` is called once first when another process holds it.
    init(_ folder: URL, waiting: () -> Void = {}) {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            acquired = false
            return
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
            acquired = true
            return
        }
        waiting()
        var locked = flock(descriptor, LOCK_EX)
        while locked != 0 && errno == EINTR { locked = flock(descriptor, LOCK_EX) }
        acquired = locked == 0
    }

    func release() {
        guard descriptor >= 0 else { return }
        if acquired { flock(descriptor, LOCK_UN) }
        close(descriptor)
    }
}

import Foundation
import TalkArchive

/// The reader's store, opened on first use: a search without mark clauses never creates the data
/// folder, and the browser paints before it opens the file.
///
/// ```swift
/// let marks = DeferredMarkStore(fallingBackToMemory: true) { try MarkStore.open(folder: folder) }
/// let index = index.with(marks: marks)   // is:starred opens it
/// try marks.store()                      // or this
/// ```
public final class DeferredMarkStore: MarkLookup, @unchecked Sendable {
    private let open: () throws -> MarkStore
    private let fallingBackToMemory: Bool
    private let lock = NSLock()
    private var opened: MarkStore?
    private var reason: String?

    /// - Parameter fallingBackToMemory: when the store cannot be opened, use one in memory (and say
    ///   why in `problem`) instead of throwing: the browser keeps marks for the session.
    public init(fallingBackToMemory: Bool, _ open: @escaping () throws -> MarkStore) {
        self.open = open
        self.fallingBackToMemory = fallingBackToMemory
    }

    /// A store already open (tests, kiosk mode).
    public convenience init(_ store: MarkStore) {
        self.init(fallingBackToMemory: false) { store }
    }

    /// The store, opened now if it was not yet.
    public func store() throws -> MarkStore {
        try lock.withLock {
            if let opened { return opened }
            do {
                opened = try open()
            } catch where fallingBackToMemory {
                reason = "\(error); marks are kept for this session only"
                opened = try MarkStore.inMemory()
            }
            return opened!
        }
    }

    /// Why the marks live in memory though the reader's store was asked for, once opening failed.
    public var problem: String? { lock.withLock { reason } }

    public func recordIDs(_ condition: MarkCondition) throws -> [String] {
        try store().recordIDs(condition)
    }
}

import Foundation
import Subprocess

/// A program run without a shell (swift-subprocess), its standard output copied to a file
/// descriptor, within a time limit and an output cap; cancelling the calling task ends it.
///
/// ```swift
/// let (status, stderr) = try await BoundedChild.run("/usr/bin/pdftotext", [pdf, "-"], into: fd, limits: .standard)
/// ```
enum BoundedChild {
    /// The exit status (or 128 + signal) and the first 4 KiB of standard error.
    /// - Throws: `PDFTextError.timedOut`, `.tooLong`, `.cache` (a write failed), `.launchFailed`.
    static func run(_ path: String, _ arguments: [String], into fd: Int32,
                    limits: ExtractionLimits) async throws -> (status: Int32, stderr: String) {
        try await withThrowingTaskGroup(of: (status: Int32, stderr: String)?.self) { group in
            group.addTask { try await copying(path, arguments, into: fd, maxBytes: limits.maxBytes) }
            group.addTask {
                try await Task.sleep(nanoseconds: UInt64(limits.seconds * 1_000_000_000))
                throw PDFTextError.timedOut(seconds: Int(limits.seconds))
            }
            // Whichever ends first wins; leaving the group cancels the other, which ends the child.
            defer { group.cancelAll() }
            guard let first = try await group.next(), let outcome = first else { throw CancellationError() }
            return outcome
        }
    }

    private static func copying(_ path: String, _ arguments: [String], into fd: Int32,
                                maxBytes: Int) async throws -> (status: Int32, stderr: String) {
        let result: ExecutionResult<[UInt8], SequenceOutput, SequenceOutput>
        do {
            result = try await Subprocess.run(.path(.init(path)), arguments: .init(arguments),
                                              input: .none, output: .sequence, error: .sequence) { execution in
                async let stderr = firstBytes(of: execution.standardError, limit: 4096)
                var written = 0
                for try await chunk in execution.standardOutput {
                    written += chunk.count
                    guard written <= maxBytes else { throw PDFTextError.tooLong(maxBytes: maxBytes) }
                    try chunk.withUnsafeBytes { try writeAll($0, to: fd) }
                }
                return try await stderr
            }
        } catch let error as SubprocessError {
            throw PDFTextError.launchFailed(Self.reason(error))
        }
        switch result.terminationStatus {
        case .exited(let code): return (code, String(decoding: result.closureResult, as: UTF8.self))
        case .signaled(let signal): return (128 + signal, String(decoding: result.closureResult, as: UTF8.self))
        }
    }

    /// Reads `sequence` to its end (so the child never blocks on a full pipe), keeping `limit` bytes.
    private static func firstBytes(of sequence: SubprocessOutputSequence, limit: Int) async throws -> [UInt8] {
        var kept: [UInt8] = []
        for try await chunk in sequence where kept.count < limit {
            chunk.withUnsafeBytes { kept += $0.prefix(limit - kept.count) }
        }
        return kept
    }

    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32) throws {
        var offset = 0
        while offset < bytes.count {
            let count = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw PDFTextError.cache(String(cString: strerror(errno))) }
            offset += count
        }
    }

    /// The system's words for why the program could not start.
    private static func reason(_ error: SubprocessError) -> String {
        if let code = error.underlyingError?.rawValue { return String(cString: strerror(code)) }
        return "\(error)"
    }
}

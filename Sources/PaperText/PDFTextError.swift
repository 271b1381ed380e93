import Foundation

/// Why a PDF's text could not be extracted, each with a one-line message for the status line.
///
/// ```swift
/// PDFTextError.pdftotextMissing.description  // "pdftotext is not installed: install poppler-utils to read papers here"
/// ```
public enum PDFTextError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// No `pdftotext` on PATH.
    case pdftotextMissing
    /// `pdftotext` could not be started (the system's reason).
    case launchFailed(String)
    /// `pdftotext` exited with `status`; `message` is the first line it wrote to stderr.
    case failed(status: Int32, message: String)
    /// The text file beside the PDF could not be written.
    case cache(String)
    /// pdftotext ran past the time limit and was ended.
    case timedOut(seconds: Int)
    /// pdftotext wrote more text than the limit and was ended.
    case tooLong(maxBytes: Int)

    public var description: String {
        switch self {
        case .pdftotextMissing:
            return "pdftotext is not installed: install poppler-utils to read papers here"
        case .launchFailed(let reason):
            return "cannot run pdftotext: \(reason)"
        case .failed(let status, let message):
            return "pdftotext failed (exit \(status))" + (message.isEmpty ? "" : ": \(message)")
        case .cache(let message):
            return "cannot write the paper's text: \(message)"
        case .timedOut(let seconds):
            return "pdftotext took over \(seconds) s and was stopped: open the PDF in a viewer instead (o)"
        case .tooLong(let maxBytes):
            return "pdftotext wrote over \(maxBytes >> 20) MiB of text and was stopped: open the PDF in a viewer instead (o)"
        }
    }

    public var errorDescription: String? { description }
}

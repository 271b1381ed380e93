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
        }
    }

    public var errorDescription: String? { description }
}

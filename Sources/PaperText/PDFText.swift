import Foundation

/// A PDF's text through `pdftotext -layout` (poppler-utils), cached as `<name>.txt` beside the PDF.
///
/// ```swift
/// let extractor = try PDFText.locate()              // throws .pdftotextMissing without poppler-utils
/// let text = try extractor.text(of: pdf)            // papers/2304.09871.txt written once, then reused
/// ```
/// pdftotext writes to a `<name>.txt.<unique>.part` of its own, renamed to `<name>.txt` only after it
/// exits 0, so a failed, interrupted or concurrent run never leaves text that looks complete. (Writing to a
/// file rather than `-` keeps the text out of memory twice and leaves one pipe, stderr, to drain.)
public struct PDFText: Sendable {
    /// The pdftotext executable.
    public let executable: String

    /// Uses the pdftotext at `executable`.
    public init(executable: String) {
        self.executable = executable
    }

    /// Finds pdftotext on `searchPath` (by default `$PATH`).
    /// - Throws: `PDFTextError.pdftotextMissing` when no directory holds an executable pdftotext.
    public static func locate(searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) throws -> PDFText {
        let directories = (searchPath ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for directory in directories where !directory.isEmpty {
            let candidate = URL(fileURLWithPath: directory).appendingPathComponent("pdftotext").path
            if access(candidate, X_OK) == 0 { return PDFText(executable: candidate) }
        }
        throw PDFTextError.pdftotextMissing
    }

    /// The cached text file beside `pdf` (`a.pdf` → `a.txt`), extracting it first when missing.
    public func textFile(for pdf: URL) throws -> URL {
        let text = pdf.deletingPathExtension().appendingPathExtension("txt")
        if FileManager.default.fileExists(atPath: text.path) { return text }
        let part = text.appendingPathExtension("\(UUID().uuidString).part")
        let (status, stderr) = try ChildProcess.run(executable, ["-layout", "-enc", "UTF-8", pdf.path, part.path])
        guard status == 0 else {
            try? FileManager.default.removeItem(at: part)
            let line = stderr.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            throw PDFTextError.failed(status: status, message: line)
        }
        guard rename(part.path, text.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: part)
            throw PDFTextError.cache("\(text.path): \(reason)")
        }
        return text
    }

    /// The text of `pdf`, from the cache beside it or freshly extracted.
    public func text(of pdf: URL) throws -> String {
        let file = try textFile(for: pdf)
        do {
            return String(decoding: try Data(contentsOf: file), as: UTF8.self)
        } catch {
            throw PDFTextError.cache("\(file.path): \(error.localizedDescription)")
        }
    }
}

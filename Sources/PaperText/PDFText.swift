import Foundation

/// A PDF's text through `pdftotext -layout` (poppler-utils), cached as `<name>.txt` beside the PDF.
///
/// ```swift
/// let extractor = try PDFText.locate()              // throws .pdftotextMissing without poppler-utils
/// let text = try await extractor.text(of: pdf)      // papers/2304.09871.txt written once, then reused
/// ```
/// pdftotext writes to its standard output, which is copied into a `<name>.txt.<unique>.part` of its
/// own, renamed to `<name>.txt` only when pdftotext exited 0 within the limits and every byte was
/// written: a failed, cut, cancelled or concurrent run, or a full disk, never leaves text that looks
/// complete. Reading a pipe, not letting pdftotext write the file, is what lets the limits hold and a
/// write error be seen (pdftotext exits 0 after a failed write), and a pdftotext whose reader is
/// gone dies of SIGPIPE at its next write.
public struct PDFText: Sendable {
    /// The pdftotext executable.
    public let executable: String
    public let limits: ExtractionLimits

    /// Uses the pdftotext at `executable`.
    public init(executable: String, limits: ExtractionLimits = .standard) {
        self.executable = executable
        self.limits = limits
    }

    /// Finds pdftotext on `searchPath` (by default `$PATH`).
    /// - Throws: `PDFTextError.pdftotextMissing` when no directory holds an executable pdftotext.
    public static func locate(searchPath: String? = ProcessInfo.processInfo.environment["PATH"],
                              limits: ExtractionLimits = .standard) throws -> PDFText {
        let directories = (searchPath ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for directory in directories where !directory.isEmpty {
            let candidate = URL(fileURLWithPath: directory).appendingPathComponent("pdftotext").path
            if access(candidate, X_OK) == 0 { return PDFText(executable: candidate, limits: limits) }
        }
        throw PDFTextError.pdftotextMissing
    }

    /// The cached text file beside `pdf` (`a.pdf` → `a.txt`), extracting it first when missing.
    /// Cancelling the task ends pdftotext and removes the partial file.
    public func textFile(for pdf: URL) async throws -> URL {
        let text = pdf.deletingPathExtension().appendingPathExtension("txt")
        if OwnFile.isRegular(text) { return text }
        let part = text.appendingPathExtension("\(UUID().uuidString).part")
        let fd = open(part.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw PDFTextError.cache("\(part.path): \(String(cString: strerror(errno)))") }
        var closed = false
        defer {
            if !closed { close(fd) }
            unlink(part.path)
        }
        let (status, stderr) = try await BoundedChild.run(executable, ["-layout", "-enc", "UTF-8", pdf.path, "-"],
                                                          into: fd, limits: limits)
        guard status == 0 else {
            let line = stderr.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            throw PDFTextError.failed(status: status, message: line)
        }
        closed = true
        guard close(fd) == 0, rename(part.path, text.path) == 0 else {
            throw PDFTextError.cache("\(text.path): \(String(cString: strerror(errno)))")
        }
        return text
    }

    /// The text of `pdf`, from the cache beside it or freshly extracted.
    public func text(of pdf: URL) async throws -> String {
        let file = try await textFile(for: pdf)
        do {
            return String(decoding: try Data(contentsOf: file), as: UTF8.self)
        } catch {
            throw PDFTextError.cache("\(file.path): \(error.localizedDescription)")
        }
    }
}

/// How long and how much text one extraction may take: a crafted PDF of a few hundred KB can make
/// pdftotext write gigabytes for minutes.
public struct ExtractionLimits: Sendable, Equatable {
    public var seconds: Double
    public var maxBytes: Int

    public init(seconds: Double, maxBytes: Int) {
        self.seconds = seconds
        self.maxBytes = maxBytes
    }

    /// A long paper's text is 100–500 KB and takes pdftotext about a second.
    public static let standard = ExtractionLimits(seconds: 60, maxBytes: 16 << 20)
}

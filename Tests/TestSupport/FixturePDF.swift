import Foundation

/// A minimal valid one-page PDF written by hand, with a correct xref table, for the download tests.
///
/// ```swift
/// let bytes = FixturePDF.make(text: "Hello talks", padding: 64 * 1024)  // pdftotext reads "Hello talks"
/// ```
public enum FixturePDF {
    /// The PDF's bytes; `padding` adds an unreferenced stream of varied bytes to make the file larger.
    public static func make(text: String = "Hello talks", padding: Int = 0) -> [UInt8] {
        let content = "BT /F1 24 Tf 72 720 Td (\(text)) Tj ET\n"
        let filler = (0..<padding).map { UInt8(truncatingIfNeeded: $0 % 251) }
        let objects: [[UInt8]] = [
            Array("<< /Type /Catalog /Pages 2 0 R >>".utf8),
            Array("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
            Array("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".utf8),
            stream(Array(content.utf8)),
            Array("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".utf8),
            stream(filler),
        ]
        var pdf = Array("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(pdf.count)
            pdf += Array("\(index + 1) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
        }
        let xref = pdf.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(format: "%010d 00000 n \n", offset) }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return pdf + Array(table.utf8)
    }

    private static func stream(_ data: [UInt8]) -> [UInt8] {
        Array("<< /Length \(data.count) >>\nstream\n".utf8) + data + Array("\nendstream".utf8)
    }
}

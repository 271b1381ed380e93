/// Writes talks as an ELLIS schedule page, the shape of `archive/ellis-schedule-*.txt`:
///
/// ```text
/// A public ELLIS reading group …
/// 16. March 2026 @ 5pm CET [timezone converter]
/// Procedural Pretraining: Warming Up Language Models
/// Liangze Jiang, EPFL, Switzerland
/// Abstract: Pretraining directly on …
/// arXiv: https://arxiv.org/abs/2304.09871
/// ```
/// The zone label is CET or CEST as the date requires, so the parser reports nothing.
enum EllisPage {
    static let preamble = "A public ELLIS reading group exploring the interplay between the mathematical foundations of deep learning and the practical challenge of making ML efficient (synthetic archive)."

    /// One talk block, ending with a newline.
    static func block(_ record: SyntheticRecord) -> String {
        let zone = record.day.isCentralEuropeanSummer ? "CEST" : "CET"
        var text = "\(record.day.ellis) @ 5pm \(zone) [timezone converter]\n\(record.title)\n"
        for person in record.people {
            text += "\(person.name), \(person.affiliation)\n"
        }
        if let abstract = record.abstract {
            text += "Abstract: \(abstract)\n"
        }
        text += "arXiv: https://arxiv.org/abs/\(record.arxivID)\n"
        return text
    }
}

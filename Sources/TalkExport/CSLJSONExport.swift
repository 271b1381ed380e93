import Foundation
import TalkArchive

/// Papers and talks as CSL-JSON (Citation Style Language input data: Pandoc, Zotero, citeproc).
///
/// ```json
/// [{"id": "jacot2018neural", "citation-key": "jacot2018neural", "type": "article",
///   "title": "Neural Tangent Kernel: …", "author": [{"family": "Jacot", "given": "Arthur"}],
///   "issued": {"date-parts": [[2018, 6, 20]]}, "archive": "arXiv", "number": "arXiv:1806.07572",
///   "publisher": "arXiv", "URL": "https://arxiv.org/abs/1806.07572"},
///  {"id": "muennighoff2026simple", "type": "speech", "genre": "Talk",
///   "event-title": "ELLIS reading group on …", "event-date": {"date-parts": [[2026, 3, 30]]}, …}]
/// ```
/// Only the schema's own fields (csl-data.json forbids others); ids are the BibTeX cite keys, so
/// `[@jacot2018neural]` cites the same paper with either file.
enum CSLJSONExport {
    struct Item: Encodable {
        var id: String
        var citationKey: String
        var type: String
        var title: String
        var author: [Name]?
        var issued: DateValue
        var eventTitle: String?
        var eventDate: DateValue?
        var genre: String?
        var archive: String?
        var number: String?
        var publisher: String?
        var doi: String?
        var url: String?
        var abstract: String?
        var note: String?

        enum CodingKeys: String, CodingKey {
            case id, type, title, author, issued, genre, archive, number, publisher, abstract, note
            case citationKey = "citation-key", eventTitle = "event-title", eventDate = "event-date", doi = "DOI", url = "URL"
        }
    }

    struct Name: Encodable, Equatable {
        var family: String?
        var given: String?
        var particle: String?
        var suffix: String?
        var literal: String?

        enum CodingKeys: String, CodingKey {
            case family, given, suffix, literal
            case particle = "non-dropping-particle"
        }

        init(_ person: PersonName) {
            guard person.literal == nil else { literal = person.literal; return }
            family = person.family
            given = person.given.isEmpty ? nil : person.given
            particle = person.particle.isEmpty ? nil : person.particle
            suffix = person.suffix.isEmpty ? nil : person.suffix
        }
    }

    /// `{"date-parts": [[2018, 6, 20]]}`.
    struct DateValue: Encodable {
        var dateParts: [[Int]]
        enum CodingKeys: String, CodingKey { case dateParts = "date-parts" }
        init(_ day: Day) { dateParts = [[day.year, day.month, day.day]] }
    }

    static func render(_ records: [ArchiveRecord]) -> ExportOutput {
        let citations = records.map(Citation.init)
        let items = zip(CiteKeys.assign(citations), citations).map { item($1, key: $0) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Item by item: the encoder holds one item's tree at a time, not a whole import's.
        // Strings, numbers and arrays of them only: encoding cannot fail.
        let texts = items.map { String(decoding: (try? encoder.encode($0)) ?? Data("{}".utf8), as: UTF8.self) }
        return ExportOutput(text: "[\n" + texts.joined(separator: ",\n") + "\n]\n", entries: items.count)
    }

    static func item(_ citation: Citation, key: String) -> Item {
        var item = Item(id: key, citationKey: key, type: citation.isTalk ? "speech" : "article", title: citation.title,
                        author: citation.authors.isEmpty ? nil : citation.authors.map(Name.init),
                        issued: DateValue(citation.date), doi: citation.doi, url: citation.url,
                        abstract: citation.abstract, note: citation.note)
        if citation.isTalk {
            item.genre = "Talk"
            item.eventTitle = citation.venue
            item.eventDate = DateValue(citation.record.date)
        } else if let arxiv = citation.arxiv {
            item.archive = "arXiv"
            item.number = "arXiv:" + arxiv
            item.publisher = "arXiv"
        }
        return item
    }
}

import Foundation
import TalkArchive
@testable import TalkExport

/// The records the export tests use: the bundled archive, and a hostile one written by hand.
enum ExportFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let checkers = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Checkers")

    /// The bundled archive's records, parsed and merged as the index builds them.
    static let bundled: [ArchiveRecord] = {
        let folder = try! ArchiveFolder(url: packageRoot.appendingPathComponent("archive"))
        return Archive.build(pages: folder.pages).records
    }()

    static func bundled(_ id: String) -> ArchiveRecord { bundled.first { $0.id == id }! }

    /// A fixed "now", so two renders can be compared byte for byte.
    static let now = Date(timeIntervalSince1970: 1_796_313_600)  // 2026-12-03T00:00:00Z

    static func instant(_ iso: String) -> Date { ISO8601DateFormatter().date(from: iso)! }

    /// Everything the formats must escape or drop, in every field.
    static let hostileText = "Commas, semicolons; back\\slash \"quotes\" {braces} }{ 50% & $x$ #1 a_b ~ ^ <tag> \u{202E}gnp.exe\u{1B}[31m red\u{7} bell\nnew line\r\nGödel 量子 😀"

    static let hostile: [ArchiveRecord] = [
        ArchiveRecord(
            id: "evil-2026-03-16", kind: .talk, series: Series("evil"), date: Day(iso: "2026-03-16")!,
            start: instant("2026-03-16T16:00:00Z"), startTimeZone: "Europe/Berlin",
            title: hostileText + " " + String(repeating: "é😀量", count: 20),
            speakers: [
                Speaker(name: "Tom and Jerry", affiliation: "ACME, Inc.; \"Labs\"\nDept \\ {x}"),
                Speaker(name: "Marcel van Gerven", affiliation: nil),
                Speaker(name: "Martin Luther King Jr.", affiliation: "Evil\u{202E}Corp"),
                Speaker(name: "\u{1B}]0;pwned\u{7}", affiliation: nil),
            ],
            abstract: "Line one.\r\nLine two, with \\n literal; and controls \u{0}\u{8}\u{1F}\u{7F}\u{9B}31m.\n\n\u{2066}isolate\u{2069} end " + hostileText,
            links: [
                Link(kind: .video, url: "https://example.org/v?a=1&b=2_3%204#t=1", label: "Vid\neo; part 1, 2"),
                Link(url: "javascript:alert(1)", label: "never"),
                Link(url: "https://example.org/\"><script>", label: "never either"),
                Link(url: "https://example.org/slides.pdf", label: hostileText),
            ],
            notes: ["A note with \u{202E}override, commas; and \\ backslashes"],
            paperFacts: [PaperFacts(title: "Discussed {paper} & co; 100%", arxiv: "2401.00001",
                                    authors: [Speaker(name: "Ada Lovelace", affiliation: nil)], source: "hand-made")]),
        ArchiveRecord(
            id: "evil-2026-03-17", kind: .talk, series: Series("evil"), date: Day(iso: "2026-03-17")!,
            title: "Untimed; session, \\ one", speakers: []),
        // Summer time starts in Europe at 01:00 UTC on 29 March 2026: this is 03:30 CEST.
        ArchiveRecord(
            id: "ab-2026-03-29", kind: .talk, series: Series("ab"), date: Day(iso: "2026-03-29")!,
            start: instant("2026-03-29T01:30:00Z"), startTimeZone: "Europe/Berlin",
            title: "At the switch to summer time", speakers: [Speaker(name: "Jesús García Fernández", affiliation: "Universidad & Co.")]),
        ArchiveRecord(
            id: "paper-2020-01-02", kind: .paper, series: nil, date: Day(iso: "2020-01-02")!,
            title: "On $\\mathcal{O}(n)$ {Hostile} #papers 100% _under_ ~ ^ \u{202E}txt",
            arxiv: ["hep-th/9901001"],
            paperFacts: [PaperFacts(
                title: "On $\\mathcal{O}(n)$ {Hostile} #papers", arxiv: "hep-th/9901001",
                authors: ["Ærø Mørup", "李小龙", "Plato", "Saxe, Andrew M.", "Maria de la Cruz", "Alfred North Whitehead"]
                    .map { Speaker(name: $0, affiliation: nil) },
                abstract: "Abstract with\nline breaks & {braces}.", categories: ["hep-th", "cs.LG"],
                published: Day(iso: "2020-01-02"), doi: "10.1000/x_y(z)", journalRef: "J. Evil 1 (2020) 1–10 & more",
                source: "hand-made")]),
        // Same first author, year and first word: keys ending a, b.
        ArchiveRecord(
            id: "paper-2020-05-01", kind: .paper, series: nil, date: Day(iso: "2020-05-01")!,
            title: "On hostile things, again", speakers: [Speaker(name: "Ærø Mørup", affiliation: nil)]),
        ArchiveRecord(
            id: "paper-2020-06-01", kind: .paper, series: nil, date: Day(iso: "2020-06-01")!,
            title: "Hostile, the third", speakers: [Speaker(name: "Æ. Mørup", affiliation: nil)]),
        // No authors, no id, no link.
        ArchiveRecord(id: "paper-2021-01-01", kind: .paper, series: nil, date: Day(iso: "2021-01-01")!, title: "\u{7}"),
    ]

    static let options = ExportOptions(now: now)

    static func render(_ format: ExportFormat, _ records: [ArchiveRecord], alarm: Alarm? = nil) -> ExportOutput {
        format.render(records, options: ExportOptions(now: now, alarm: alarm))
    }
}

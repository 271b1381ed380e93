import Foundation
@testable import TalkArchive

/// The bundled archive's pages, the DLTRG page's past forms, and small hand-made pages for hostile cases.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let archiveFolder = packageRoot.appendingPathComponent("archive")

    /// Pages in the forms the DLTRG page took over time (Fixtures/README.md).
    static let fixtureFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func page(_ name: String, in folder: URL = archiveFolder) -> PageText {
        let url = folder.appendingPathComponent(name)
        return PageText(file: name, data: (try? Data(contentsOf: url)) ?? Data())
    }

    static let ellisMarch = "ellis-schedule-2026-03.txt"
    static let ellisApril = "ellis-schedule-2026-04.txt"
    static let topics = "ellis-about-topics.txt"
    static let dltrg = "dltrg-schedule.md"
    static let papers = "daily-papers-training-dynamics.txt"

    static func parsed(_ name: String) -> ParsedPage {
        let text = page(name)
        guard let format = PageFormat.recognize(text) else { return ParsedPage(file: name, format: .ellisTopics) }
        return ParsedPage.parse(text, as: format)
    }

    /// The whole bundled archive, parsed and merged (once).
    nonisolated(unsafe) static let archive: Archive = {
        let folder = try! ArchiveFolder(url: archiveFolder)
        return Archive.build(pages: folder.pages)
    }()

    static func record(_ id: String) -> ArchiveRecord? { archive.record(id: id) }

    static func build(_ pages: [(String, String)]) -> Archive {
        Archive.build(pages: pages.map { ($0.0, Data($0.1.utf8)) })
    }

    static func iso(_ date: Date?) -> String? {
        date.map { ISO8601DateFormatter().string(from: $0) }
    }
}

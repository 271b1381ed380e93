import TalkArchive
@testable import TalkExport
import XCTest

/// What `y` copies besides the link: a record's BibTeX entry and its citation line.
final class ClipboardTextTests: XCTestCase {
    func testTheBibTeXEntryIsTheExportOfThatRecordAlone() {
        for id in ["paper-2018-06-20", "dltrg-2022-08-03", "ellis-2026-03-09"] {
            let record = ExportFixtures.bundled(id)
            XCTAssertEqual(ClipboardText.bibtex(record), BibTeXExport.render([record], dialect: .bibtex).text, id)
        }
        XCTAssertTrue(ClipboardText.bibtex(ExportFixtures.bundled("paper-2018-06-20")).hasPrefix("@misc{jacot2018neural,\n"))
    }

    func testCitationLines() {
        XCTAssertEqual(ClipboardText.citationLine(ExportFixtures.bundled("paper-2018-06-20")),
                       "Arthur Jacot, Franck Gabriel and Clément Hongler (2018). Neural Tangent Kernel: Convergence and Generalization in Neural Networks. arXiv:1806.07572. https://arxiv.org/abs/1806.07572")
        let talk = ClipboardText.citationLine(ExportFixtures.bundled("ellis-2026-03-09"))
        XCTAssertTrue(talk.hasPrefix("Kaiyue Wen (2026). How Does Sharpness-Aware Minimization Minimize Sharpness? Talk at the "), talk)
        XCTAssertTrue(talk.contains(", 2026-03-09."), talk)
    }

    /// Hostile text stays one line without controls: the clipboard gets what the archive says, not its escapes.
    func testHostileRecordsGiveOneCleanLine() {
        for record in ExportFixtures.hostile {
            let line = ClipboardText.citationLine(record)
            XCTAssertFalse(line.contains("\n") || line.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{202E}" }, line)
        }
    }
}

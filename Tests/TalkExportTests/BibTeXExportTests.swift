import Foundation
import TalkArchive
import XCTest
@testable import TalkExport

final class BibTeXExportTests: XCTestCase {
    // MARK: Cite keys

    func testCiteKeysAreSurnameYearWord() {
        let keys = Self.keys(ExportFixtures.render(.bibtex, ExportFixtures.bundled).text)
        XCTAssertTrue(keys.contains("jacot2018neural"), "\(keys)")
        XCTAssertTrue(keys.contains("saxe2013exact"))
        XCTAssertTrue(keys.contains("celikkanat2022piecewise"), "accents folded: \(keys.filter { $0.hasPrefix("celik") })")
        XCTAssertEqual(Set(keys).count, keys.count, "unique")
        XCTAssertTrue(keys.allSatisfy { $0.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) } })
    }

    func testCiteKeysAreStableAcrossRunsAndInputOrder() {
        let first = ExportFixtures.render(.bibtex, ExportFixtures.bundled).text
        let shuffled = ExportFixtures.render(.bibtex, ExportFixtures.bundled.shuffled()).text
        XCTAssertEqual(first, shuffled)
        XCTAssertEqual(Self.keys(ExportFixtures.render(.biblatex, ExportFixtures.bundled).text), Self.keys(first))
    }

    func testSharedKeysGetSuffixesAndTheOldestKeepsItsKey() {
        // The three DLTRG sessions on Monte Carlo Gradient Estimation, in October 2022
        let sessions = ["dltrg-2022-10-05", "dltrg-2022-10-12", "dltrg-2022-10-19"].map(ExportFixtures.bundled)
        let keys = CiteKeys.assign(sessions.reversed().map(Citation.init))
        XCTAssertEqual(keys, ["dltrg2022monteb", "dltrg2022montea", "dltrg2022monte"])
        // A newer namesake does not change the keys of older records
        let withNewer = CiteKeys.assign((sessions + [ExportFixtures.bundled("dltrg-2022-10-26")]).map(Citation.init))
        XCTAssertEqual(Array(withNewer.prefix(3)), ["dltrg2022monte", "dltrg2022montea", "dltrg2022monteb"])
        XCTAssertEqual(CiteKeys.suffix(26), "z")
        XCTAssertEqual(CiteKeys.suffix(27), "aa")
    }

    func testHostileKeys() {
        let keys = Self.keys(ExportFixtures.render(.bibtex, ExportFixtures.hostile).text)
        XCTAssertEqual(keys, ["morup2020o", "morup2020hostile", "morup2020hostilea", "anon2021untitled", "tomandjerry2026commas", "evil2026untimed", "fernandez2026switch"])
    }

    // MARK: Escaping

    func testSpecialsAreEscapedSoBracesStayBalanced() {
        XCTAssertEqual(BibTeXText.escape("{ } % & $ # _ ~ ^ \\"),
                       "\\textbraceleft{} \\textbraceright{} \\% \\& \\$ \\# \\_ \\textasciitilde{} \\textasciicircum{} \\textbackslash{}")
        XCTAssertEqual(BibTeXText.escape("a\nb\u{202E}c\u{7}d"), "a bcd")
        let text = ExportFixtures.render(.bibtex, ExportFixtures.hostile).text
        for entry in text.components(separatedBy: "\n@") {
            var depth = 0
            for character in entry {
                if character == "{" { depth += 1 }
                if character == "}" { depth -= 1 }
                XCTAssertGreaterThanOrEqual(depth, 0, entry)
            }
            XCTAssertEqual(depth, 0, entry)
        }
        XCTAssertFalse(text.contains("\u{202E}"))
        XCTAssertFalse(text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    func testNamesInBibTeXForm() {
        XCTAssertEqual(BibTeXText.names(["Arthur Jacot", "Marcel van Gerven", "Martin Luther King Jr.", "Saxe, Andrew M.",
                                         "Tom and Jerry", "Plato", "Maria de la Cruz"].map(PersonName.init)),
                       "Jacot, Arthur and van Gerven, Marcel and King, Jr., Martin Luther and Saxe, Andrew M. and {Tom and Jerry} and Plato and de la Cruz, Maria")
        XCTAssertEqual(BibTeXText.names([PersonName("Ann {Evil} Smith_")]), "Smith\\_, Ann \\textbraceleft{}Evil\\textbraceright{}")
    }

    // MARK: Entries

    func testPapersInBibTeXAreMiscWithTheirEprint() throws {
        let entry = BibTeXExport.entry(Citation(ExportFixtures.hostile[3]), key: "k", dialect: .bibtex)
        XCTAssertTrue(entry.hasPrefix("@misc{k,\n"))
        for field in ["  eprint = {hep-th/9901001},", "  archivePrefix = {arXiv},", "  primaryClass = {hep-th},", "  year = {2020},",
                      "  month = jan,", "  doi = {10.1000/x\\_y(z)},", "  url = {https://arxiv.org/abs/hep-th/9901001},",
                      "  note = {J. Evil 1 (2020) 1–10 \\& more},"] {
            XCTAssertTrue(entry.contains(field + "\n"), "\(field) in\n\(entry)")
        }
    }

    func testPapersInBiblatexAreOnlineWithEprinttype() {
        let entry = BibTeXExport.entry(Citation(ExportFixtures.bundled("paper-2018-06-20")), key: "jacot2018neural", dialect: .biblatex)
        XCTAssertEqual(entry, """
            @online{jacot2018neural,
              title = {Neural Tangent Kernel: Convergence and Generalization in Neural Networks},
              author = {Jacot, Arthur and Gabriel, Franck and Hongler, Clément},
              date = {2018-06-20},
              eprint = {1806.07572},
              eprinttype = {arxiv},
              url = {https://arxiv.org/abs/1806.07572},
            }

            """)
        let noLink = BibTeXExport.entry(Citation(ExportFixtures.hostile[6]), key: "anon2021untitled", dialect: .biblatex)
        XCTAssertTrue(noLink.hasPrefix("@misc{anon2021untitled,\n"), "@online needs a link: \(noLink)")
    }

    func testTalksAreMiscWithHowpublished() {
        let entry = BibTeXExport.entry(Citation(ExportFixtures.bundled("dltrg-2022-08-03")), key: "k", dialect: .bibtex)
        XCTAssertEqual(entry, """
            @misc{k,
              title = {Neural Tangent Kernel},
              howpublished = {Talk at the Deep Learning Theory Reading Group},
              year = {2022},
              month = aug,
              url = {https://arxiv.org/abs/1806.07572},
              note = {Discusses Neural Tangent Kernel: Convergence and Generalization in Neural Networks (arXiv:1806.07572)},
            }

            """)
        let ellis = BibTeXExport.entry(Citation(ExportFixtures.bundled("ellis-2026-03-16")), key: "k", dialect: .biblatex)
        XCTAssertTrue(ellis.hasPrefix("@misc{k,\n"))
        XCTAssertTrue(ellis.contains("  author = {Jiang, Liangze and Shinnick, Zachary},\n"), ellis)
        XCTAssertTrue(ellis.contains("  howpublished = {Talk at the ELLIS reading group on Mathematics and Efficiency of Deep Learning},\n"))
        XCTAssertTrue(ellis.contains("  date = {2026-03-16},\n"))
    }

    /// The cite keys of a file, in order.
    static func keys(_ text: String) -> [String] {
        text.components(separatedBy: "\n").filter { $0.hasPrefix("@") }.map { line in
            String(line.drop { $0 != "{" }.dropFirst().prefix { $0 != "," })
        }
    }
}

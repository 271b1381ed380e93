import Foundation
import ScreenModel
import XCTest
@testable import TalksUI

/// The README's keys come from the keymap, as `?` does: the full list is made from it, and the
/// overview above it may only name keys the keymap has. Re-record the list on purpose with
/// RECORD_SNAPSHOTS=1 swift test --filter KeysInReadmeTests.
final class KeysInReadmeTests: XCTestCase {
    private static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
    private static let begin = "<!-- keys: made from the keymap by KeysInReadmeTests; RECORD_SNAPSHOTS=1 swift test --filter KeysInReadmeTests remakes them -->\n"
    private static let end = "<!-- end of keys -->\n"

    /// Every pane's keys as Markdown: the sections of `?`, a table each.
    static func markdown(_ keymap: Keymap) -> String {
        let anywhere = keymap[.global].flatMap(\.keys).map { "`\($0.label)`" }.joined(separator: " ")
        return keymap.helpSections().map { section in
            let heading = section.heading.map { $0 == Keymap.Pane.detail.heading ? "\($0), where it differs from the list" : $0 }
                ?? "In the list (\(anywhere) anywhere)"
            let rows = section.entries.map { entry in
                let keys = entry.keys.split(separator: " ").map { "`\($0)`" }.joined(separator: " ")
                return "| \(keys) | \(entry.help.replacingOccurrences(of: "|", with: "\\|")) |\n"
            }
            return "**\(heading)**\n\n| key | does |\n|---|---|\n" + rows.joined()
        }.joined(separator: "\n")
    }

    func testTheReadmeListsEveryPanesKeys() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let start = try XCTUnwrap(text.range(of: Self.begin), "the README has no generated keys")
        let stop = try XCTUnwrap(text.range(of: Self.end, range: start.upperBound..<text.endIndex))
        let made = Self.markdown(.standard)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try text.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: "\n" + made + "\n")
                .write(to: Self.readme, atomically: true, encoding: .utf8)
            return
        }
        XCTAssertEqual(String(text[start.upperBound..<stop.lowerBound]), "\n" + made + "\n",
                       "the keymap changed; if on purpose, remake the README's keys with RECORD_SNAPSHOTS=1")
    }

    /// The overview table above the full list names only keys that do something.
    func testTheOverviewNamesOnlyBoundKeys() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let section = try XCTUnwrap(text.components(separatedBy: "## Browsing").dropFirst().first?.components(separatedBy: Self.begin).first)
        let table = section.split(separator: "\n").filter { $0.hasPrefix("| `") }
        XCTAssertGreaterThan(table.count, 5)
        let labels = Set(Keymap.Pane.allCases.flatMap { Keymap.standard[$0] }.flatMap(\.keys).map(\.label))
        for row in table {
            let keys = row.split(separator: "|")[0].split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
            // The link numbers are no command's keys: 1–9 open that link.
            for key in keys where !(key.count == 1 && "123456789".contains(key)) {
                XCTAssertTrue(labels.contains(key), "\(key) in \(row)")
            }
        }
    }
}

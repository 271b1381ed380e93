import Foundation
import XCTest

/// The house's walls, checked: every `import` in `Sources/TARGET` names a module that target may
/// use (docs/ARCHITECTURE.md, "What each target may import"). A new target, or a new import,
/// fails here until the table says why it belongs.
final class ImportRulesTests: XCTestCase {
    /// Target → the modules its files may import. The platform's own (Foundation, Glibc, Darwin)
    /// are listed where used, so that a core target reaching for networking or a terminal shows.
    static let allowed: [String: Set<String>] = [
        "CellText": [],
        "TalksVersion": [],
        "Digest": [],
        "ArxivAPI": ["Foundation", "TalksVersion"],
        // The archive core: no terminal, no settings, no UI, no networking.
        // FoundationXML and SWXMLHash for conference schedules (frab schedule.xml) read as pages.
        "TalkArchive": ["Foundation", "FoundationXML", "GRDB", "SWXMLHash", "TOMLKit", "Digest", "ArxivAPI", "TalksVersion"],
        // Settings above the core: the configuration file, opener and kiosk policy.
        "TalkSettings": ["Foundation", "TOMLKit", "TalkArchive"],
        // The reader's own marks: user data in its own database, beside the archive, not in it.
        "PersonalState": ["Foundation", "GRDB", "TalkArchive"],
        "TalkExport": ["Foundation", "TalkArchive", "CellText", "Digest"],
        // The screen model: cells and frames, no ncurses.
        "ScreenModel": ["CellText"],
        // The UI model: state + action → state + effects; no terminal, no database handle.
        "TalksUI": ["Foundation", "TalkArchive", "TalkSettings", "ScreenModel", "CellText"],
        "BrowserRuntime": ["Foundation", "TalksUI", "TalkArchive", "ScreenModel", "PersonalState"],
        // The terminal edge: ncurses, and nothing of the archive or the UI.
        "TerminalKit": ["CNcursesw", "CellText", "ScreenModel", "Glibc", "Darwin"],
        "CNcursesw": [],
        "PaperText": ["Foundation", "Subprocess"],
        // A process of its own: networking and XML stay out of talks.
        "talks-fetch": ["ArgumentParser", "Foundation", "FoundationNetworking", "FoundationXML", "Digest", "PaperText", "ArxivAPI"],
        "terminal-demo": ["ScreenModel", "TerminalKit", "Glibc"],
        // The door: wires everything, so may import everything but networking and XML.
        "talks": ["Foundation", "Glibc", "Darwin", "ArgumentParser", "GRDB", "ArxivAPI", "BrowserRuntime", "CellText",
                  "PaperText", "PersonalState", "ScreenModel", "TalkArchive", "TalkExport", "TalkSettings", "TalksUI", "TalksVersion", "TerminalKit"],
    ]

    private static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    func testEveryImportIsAllowedForItsTarget() throws {
        var broken: [String] = []
        for target in try Self.targets() {
            let allowed = Self.allowed[target] ?? []
            for (file, module) in try Self.imports(of: target) where !allowed.contains(module) {
                broken.append("Sources/\(target)/\(file) imports \(module)")
            }
        }
        XCTAssertEqual(broken, [], "imports outside docs/ARCHITECTURE.md's table")
    }

    func testEveryTargetIsInTheTable() throws {
        let unlisted = try Self.targets().filter { Self.allowed[$0] == nil }
        XCTAssertEqual(unlisted, [], "add each new target to the table, with what it may import")
    }

    func testTheScanFindsImports() throws {
        // The rule is only as good as the scan: it must see the core's GRDB and the door's TalksUI.
        XCTAssertTrue(try Self.imports(of: "TalkArchive").contains { $0.module == "GRDB" })
        XCTAssertTrue(try Self.imports(of: "talks").contains { $0.module == "TalksUI" })
    }

    // MARK: - Scanning

    private static func targets() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// (file, module) for every import line: `import X`, `@testable import X`, `import struct X.Y`.
    private static func imports(of target: String) throws -> [(file: String, module: String)] {
        let folder = sources.appendingPathComponent(target)
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var found: [(String, String)] = []
        for case let file as String in walker where file.hasSuffix(".swift") || file.hasSuffix(".h") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ").filter { !$0.hasPrefix("@") }
                guard words.first == "import", words.count >= 2 else { continue }
                let name = words.count >= 3 && ["struct", "class", "enum", "protocol", "func", "var", "typealias"].contains(words[1]) ? words[2] : words[1]
                found.append((file, String(name.split(separator: ".")[0])))
            }
        }
        return found
    }
}

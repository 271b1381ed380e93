import Foundation
import XCTest

/// doc/talks.1 is what scripts/man-page.py writes from the built talks and doc/talks.1.sections,
/// and man renders it without a warning.
final class ManualPageTests: XCTestCase {
    /// Tests/TalksCLITests/ManualPageTests.swift → the package root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let page = root.appendingPathComponent("doc/talks.1")

    func testCommittedPageIsTheGeneratedOne() throws {
        let talks = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("talks")
        let generated = try Self.run("/usr/bin/env", ["python3", Self.root.appendingPathComponent("scripts/man-page.py").path,
                                                      talks.path, Self.root.appendingPathComponent("doc/talks.1.sections").path])
        XCTAssertEqual(generated.status, 0, generated.err)
        let committed = try String(contentsOf: Self.page, encoding: .utf8)
        XCTAssertTrue(generated.out == committed,
                      "doc/talks.1 is out of date with the commands' help: run `make man` and commit it")
        for command in ["list", "papers", "search", "show", "open", "export", "import", "enrich", "check", "config"] {
            XCTAssertTrue(committed.contains(".SS \(command)\n"), command)
        }
        for section in ["SYNOPSIS", "OPTIONS", "COMMANDS", "QUERY SYNTAX", "KEYS", "ENVIRONMENT", "FILES", "EXIT STATUS", "EXAMPLES"] {
            XCTAssertTrue(committed.contains(".SH \(section)\n"), section)
        }
    }

    func testManRendersThePageWithoutWarnings() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/man") else {
            throw XCTSkip("man is not installed (Debian: man-db; .ci/run installs it)")
        }
        let r = try Self.run("/usr/bin/man", ["--warnings", "-l", Self.page.path], environment: ["MANWIDTH": "80", "MANPAGER": "cat", "LANG": "C.UTF-8"])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.err, "", "warnings from man")
        XCTAssertTrue(r.out.contains("EXIT STATUS"), r.out)
        XCTAssertTrue(r.out.split(separator: "\n").allSatisfy { $0.count <= 80 }, "a line wider than MANWIDTH")
    }

    /// Runs `path arguments…`; standard error goes to a file so that neither pipe can fill.
    static func run(_ path: String, _ arguments: [String], environment extra: [String: String] = [:]) throws
        -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("talks-man-\(UUID().uuidString).err")
        FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), try String(contentsOf: errors, encoding: .utf8))
    }
}

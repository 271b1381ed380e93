import Digest
import Foundation
import XCTest

/// A program of someone else's the tests run on exported files: found on PATH, run without a
/// shell, its standard output and error collected in a file (no pipe to fill).
struct ExternalTool {
    let path: String

    /// The tool, or XCTSkip naming how to install it.
    static func find(_ name: String, install: String) throws -> ExternalTool {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
            return ExternalTool(path: "\(folder)/\(name)")
        }
        throw XCTSkip("\(name) is not installed (\(install); .ci/run installs it)")
    }

    /// python3 with `module` importable, or XCTSkip naming the package to install.
    static func python(with module: String, package: String) throws -> ExternalTool {
        let python = try find("python3", install: "Debian: python3")
        guard try python.run(["-c", "import \(module)"]).status == 0 else {
            throw XCTSkip("the Python package \(package) is not installed (python3 -m pip install \(package); .ci/run installs it)")
        }
        return python
    }

    struct Result {
        var status: Int32
        var output: String
    }

    func run(_ arguments: [String], environment extra: [String: String] = [:], in folder: URL? = nil) throws -> Result {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("talks-export-tool-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
        if let folder { process.currentDirectoryURL = folder }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return Result(status: process.terminationStatus, output: try String(contentsOf: log, encoding: .utf8))
    }
}

/// The published schemas the exports are validated against. They come from other projects'
/// repositories and are not committed here: they are read from `shared/schemas/` beside the
/// repository (where CI lays the steering repository's `shared/`), or from `$TALKS_EXPORT_SCHEMAS`,
/// and must be the exact file named (its SHA-256 is checked).
enum PublishedSchema: String {
    /// citation-style-language/schema, commit e3ce254a72c4470a5ed3b9d23b428017d25674e9,
    /// schemas/input/csl-data.json (MIT licence).
    case cslData = "csl-data.json"
    /// voc/schedule, commit 0a403ee5239e0f7883b539a0e05e08f42b737ecb (branch master),
    /// validator/xsd/schedule.xml.xsd.
    case frabSchedule = "schedule.xml.xsd"

    var source: String {
        switch self {
        case .cslData: return "github.com/citation-style-language/schema, commit e3ce254a72c4470a5ed3b9d23b428017d25674e9, schemas/input/csl-data.json"
        case .frabSchedule: return "github.com/voc/schedule, commit 0a403ee5239e0f7883b539a0e05e08f42b737ecb, validator/xsd/schedule.xml.xsd"
        }
    }

    var sha256: String {
        switch self {
        case .cslData: return "23b2c062d7526060f4631bb04b4b3ba237e488484253e327bd00fa691861b811"
        case .frabSchedule: return "8cc5f7aab933c87fb20a99220e618f5e069655ac2f3a75a8a0df845d7329e51c"
        }
    }

    /// The schema file, or XCTSkip saying where to put it and what it must be.
    func locate() throws -> URL {
        let environment = ProcessInfo.processInfo.environment["TALKS_EXPORT_SCHEMAS"].map { URL(fileURLWithPath: $0) }
        let shared = ExportFixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas")
        for folder in [environment, shared].compactMap({ $0 }) {
            let file = folder.appendingPathComponent(rawValue)
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            guard SHA256.hex(Array(data)) == sha256 else {
                XCTFail("\(file.path) is not the published schema (\(source)): its SHA-256 is not \(sha256)")
                continue
            }
            return file
        }
        throw XCTSkip("the schema \(rawValue) is not at \(shared.path) nor in $TALKS_EXPORT_SCHEMAS: copy it there from \(source)")
    }
}

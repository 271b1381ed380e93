import Foundation
import TalksVersion
import XCTest

/// `talks --version` and the bug-report lines of `talks --version -v`.
final class VersionCommandTests: XCTestCase {
    func testVersionIsThePackagesOne() throws {
        let r = try TalksRun.run(["--version"])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.out, TalksVersion.current + "\n")
    }

    func testVerboseVersionNamesArchiveIndexAndLibraries() throws {
        let r = try TalksRun.run(["--version", "-v"])
        XCTAssertEqual(r.status, 0, r.err)
        let fields = Dictionary(uniqueKeysWithValues: r.out.split(separator: "\n").map { line in
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            return (parts[0], parts[1])
        })
        XCTAssertEqual(r.out.split(separator: "\n").map { $0.prefix { $0 != ":" } },
                       ["talks", "archive", "fingerprint", "index", "helper", "sqlite", "ncurses"])
        XCTAssertEqual(fields["talks"], TalksVersion.current)
        XCTAssertTrue(fields["archive"]?.hasSuffix("/archive") ?? false, r.out)
        XCTAssertNotNil(fields["fingerprint"]?.wholeMatch(of: /[0-9a-f]{16,64}/), r.out)
        XCTAssertTrue(fields["index"]?.hasPrefix(TalksRun.cache.appendingPathComponent("talks/index-").path) ?? false, r.out)
        XCTAssertTrue(fields["helper"]?.hasSuffix("/talks-fetch") ?? false, r.out)
        XCTAssertNotNil(fields["sqlite"]?.wholeMatch(of: /3\.\d+\.\d+/), r.out)
        XCTAssertTrue(fields["ncurses"]?.hasPrefix("ncurses 6.") ?? false, r.out)
    }

    func testVerboseVersionSaysWhatIsWrongWithTheArchiveInsteadOfFailing() throws {
        let r = try TalksRun.run(["--version", "--verbose", "--archive", "/nonexistent"])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("archive: /nonexistent\n"), r.out)
        XCTAssertTrue(r.out.contains("fingerprint: unreadable archive"), r.out)
    }

    func testVerboseAloneIsAUsageError() throws {
        let r = try TalksRun.run(["-v"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.err.contains("goes with --version"), r.err)
    }
}

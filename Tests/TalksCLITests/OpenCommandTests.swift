import Foundation
import XCTest

/// `talks open`: the URL chosen, refusals, SSH mode, and the opener run detached with exactly one
/// argument for the URL, observed through a fixture opener that records its argv.
final class OpenCommandTests: XCTestCase {
    /// An ELLIS page whose talk has a link full of shell syntax, and one that names no host.
    static let hostileLink = #"https://example.org/a;touch${IFS}PWNED;$(touch${IFS}PWNED2)`touch${IFS}PWNED3`'q'"q"&x=|y"#
    static let hostilePage = """
        1. March 2026 @ 5pm CET
        Hostile Links
        Ada Lovelace, Somewhere
        Paper: \(hostileLink)
        Site: https:///etc/passwd
        """

    private var folder: URL!
    private var log: URL { folder.appendingPathComponent("argv.log") }
    private var opener: URL { folder.appendingPathComponent("record opener") }

    override func setUpWithError() throws {
        folder = try TalksRun.scratchFolder("open")
        // Records each argument on its own NUL-terminated line, its session and standard input,
        // and scribbles on standard output and error, which must go nowhere.
        let script = """
            #!/bin/sh
            echo SCRIBBLE; echo SCRIBBLE >&2
            for a in "$@"; do printf '%s\\0' "$a"; done > "$OPENER_LOG.tmp"
            if [ -r /proc/$$/stat ]; then
              echo "pid=$$ sid=$(cut -d' ' -f6 /proc/$$/stat) stdin=$(readlink /proc/$$/fd/0)" > "$OPENER_LOG.proc"
            fi
            mv "$OPENER_LOG.tmp" "$OPENER_LOG"
            """
        try Data(script.utf8).write(to: opener)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: opener.path)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The argv the fixture opener recorded, waiting up to five seconds for it; nil if it never ran.
    private func recordedArguments(wait seconds: Double = 5) -> [String]? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let data = FileManager.default.contents(atPath: log.path) {
                return String(decoding: data, as: UTF8.self).split(separator: "\0", omittingEmptySubsequences: false)
                    .dropLast().map(String.init)
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// A desktop session whose opener is `opener`, by default the fixture (its path has a space: quoted).
    private func desktop(_ opener: String? = nil) -> [String: String] {
        ["DISPLAY": ":0", "TALKS_OPENER": opener ?? "'\(self.opener.path)'", "OPENER_LOG": log.path]
    }

    private func hostileArchive() throws -> URL {
        let archive = folder.appendingPathComponent("archive")
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        try Data(Self.hostilePage.utf8).write(to: archive.appendingPathComponent("hostile.txt"))
        return archive
    }

    // MARK: - --print

    func testPrintGivesTheBestLinkOrLinkN() throws {
        let best = try TalksRun.run(["open", "dltrg-2022-08-03", "--print"])
        XCTAssertEqual(best.status, 0, best.err)
        XCTAssertEqual(best.out, "https://arxiv.org/pdf/1806.07572\n")
        XCTAssertEqual(best.err, "")
        let second = try TalksRun.run(["open", "dltrg-2022-08-03", "--link", "2", "--print"])
        XCTAssertEqual(second.out, "https://rajatvd.github.io/NTK/\n")
        let forum = try TalksRun.run(["open", "dltrg-2023-04-12", "--print"])
        XCTAssertEqual(forum.out, "https://openreview.net/pdf?id=QwqxO8URJzn\n")
    }

    func testPrintUsesTheConfiguredMirror() throws {
        let config = folder.appendingPathComponent("talks")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("arxiv_mirror = \"http://127.0.0.1:9/arxiv\"\n".utf8).write(to: config.appendingPathComponent("config.toml"))
        let r = try TalksRun.run(["open", "ellis-2026-03-16", "--print"], environment: ["XDG_CONFIG_HOME": folder.path])
        XCTAssertEqual(r.out, "http://127.0.0.1:9/arxiv/pdf/2601.21725\n", r.err)
    }

    // MARK: - Refusals

    func testRefusalsAreOneLineWithStatusOne() throws {
        let cases: [([String], String)] = [
            (["open", "ellis-2026-13-01"], "talks: no talk or paper has the id “ellis-2026-13-01”"),
            (["open", "dltrg-2022-08-03", "--link", "4"], "talks: dltrg-2022-08-03 has no link 4: it has links 1 to 3"),
            (["open", "dltrg-2022-08-03", "--link", "0", "--print"], "talks: dltrg-2022-08-03 has no link 0"),
            (["open", "dltrg-2022-07-27"], "talks: no talk or paper has the id"),
        ]
        for (arguments, prefix) in cases {
            let r = try TalksRun.run(arguments, environment: desktop())
            XCTAssertEqual(r.status, 1, arguments.joined(separator: " "))
            XCTAssertTrue(r.err.hasPrefix(prefix), r.err)
            XCTAssertEqual(r.err.split(separator: "\n").count, 1, r.err)
            XCTAssertEqual(r.out, "")
        }
        XCTAssertNil(recordedArguments(wait: 0.3), "nothing was launched")
    }

    func testALinkWithoutAHostIsRefused() throws {
        let archive = try hostileArchive()
        let r = try TalksRun.run(["open", "ellis-2026-03-01", "--link", "2", "--archive", archive.path],
                                 environment: desktop())
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.err, "talks: refusing to open “https:///etc/passwd”: it names no host\n")
        XCTAssertNil(recordedArguments(wait: 0.3))
    }

    // MARK: - Launching

    func testOpenerGetsExactArgvDetachedAndSilenced() throws {
        let r = try TalksRun.run(["open", "dltrg-2022-08-03"], environment: desktop("'\(opener.path)' --new-tab %u --flag"))
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.out, "", "nothing on standard output when the opener runs")
        XCTAssertEqual(r.err, "talks: opening https://arxiv.org/pdf/1806.07572 with \(opener.path)\n")
        XCTAssertFalse((r.out + r.err).contains("SCRIBBLE"))
        XCTAssertEqual(recordedArguments(), ["--new-tab", "https://arxiv.org/pdf/1806.07572", "--flag"])
        #if os(Linux)
        let proc = try String(contentsOf: URL(fileURLWithPath: log.path + ".proc"), encoding: .utf8)
        let fields = Dictionary(uniqueKeysWithValues: proc.split(separator: " ").map {
            ($0.split(separator: "=")[0], $0.split(separator: "=")[1].trimmingCharacters(in: .whitespacesAndNewlines))
        })
        XCTAssertEqual(fields["sid"], fields["pid"], "the opener leads a new session")
        XCTAssertEqual(fields["stdin"], "/dev/null")
        #endif
    }

    func testHostileURLIsOneArgumentAndRunsNothing() throws {
        let archive = try hostileArchive()
        let work = try TalksRun.scratchFolder("cwd")
        let r = try TalksRun.run(["open", "ellis-2026-03-01", "--archive", archive.path],
                                 environment: desktop(), in: work)
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(recordedArguments(), [Self.hostileLink], "appended as exactly one argument: \(r.err)")
        let created = try FileManager.default.contentsOfDirectory(atPath: work.path)
            + FileManager.default.contentsOfDirectory(atPath: folder.path)
        XCTAssertFalse(created.contains { $0.hasPrefix("PWNED") }, "no command in the URL ran: \(created)")
    }

    // MARK: - Print instead of launching

    func testOverSSHWithoutADisplayTheURLIsPrintedAndNothingRuns() throws {
        var environment = desktop()
        environment["DISPLAY"] = nil
        environment["SSH_CONNECTION"] = "10.0.0.2 50022 10.0.0.1 22"
        let r = try TalksRun.run(["open", "ellis-2026-03-16"], environment: environment)
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.out, "https://arxiv.org/pdf/2601.21725\n")
        XCTAssertTrue(r.err.hasPrefix("talks: over SSH ($SSH_CONNECTION) with no DISPLAY or WAYLAND_DISPLAY"), r.err)
        XCTAssertNil(recordedArguments(wait: 0.5), "the opener was not launched")
    }

    func testKioskModePrintsTheURLAndLaunchesNothingEvenOnADesktop() throws {
        for (arguments, extra) in [(["open", "ellis-2026-03-16"], ["TALKS_KIOSK": "1"]), (["--kiosk", "open", "ellis-2026-03-16"], [:])] {
            let r = try TalksRun.run(arguments, environment: desktop().merging(extra) { $1 })
            XCTAssertEqual(r.status, 0, r.err)
            XCTAssertEqual(r.out, "https://arxiv.org/pdf/2601.21725\n")
            XCTAssertEqual(r.err, "talks: kiosk mode launches no opener; open this link yourself:\n")
        }
        XCTAssertNil(recordedArguments(wait: 0.5), "the opener was not launched")
    }

    func testAMissingOpenerPrintsTheURL() throws {
        let r = try TalksRun.run(["open", "ellis-2026-03-16"],
                                 environment: desktop("talks-test-no-such-opener %u"))
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.out, "https://arxiv.org/pdf/2601.21725\n")
        XCTAssertTrue(r.err.contains("“talks-test-no-such-opener” (from $TALKS_OPENER) is not an executable on PATH"), r.err)
    }

    func testHelpDocumentsTheOpenerAndSSHMode() throws {
        let r = try TalksRun.run(["open", "--help"])
        XCTAssertEqual(r.status, 0)
        for text in ["--link <n>", "--print", "$TALKS_OPENER", "%u", "SSH", "http and https"] {
            XCTAssertTrue(r.out.contains(text), text)
        }
    }
}

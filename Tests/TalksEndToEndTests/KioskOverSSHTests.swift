import Foundation
import XCTest

/// `talks --kiosk` as a public host offers it: a real sshd on 127.0.0.1 with the README's ForceCommand
/// recipe, a real `ssh -t` in tmux, and a client that tries every way out it can think of.
final class KioskOverSSHTests: XCTestCase {
    private var folder: URL!
    private var server: SSHServer?
    private var tmux: TmuxSession?

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
    /// Files that exist only if something escaped: the client's command, its opener.
    private var escapeMarkers: [String] { ["escaped-command", "escaped-notty", "opener-ran"].map(path) }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("talks-kiosk-ssh-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let talks = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent().appendingPathComponent("talks").path
        // The README's block (the archive the bundled one), plus a careless AcceptEnv that lets the
        // client's variables through: kiosk mode must not heed them.
        server = try SSHServer(folder: folder, matchBlock: [
            "ForceCommand \(talks) --kiosk",
            "SetEnv TALKS_KIOSK=1 XDG_CACHE_HOME=\(path("host-cache")) LANG=C.UTF-8",
            "PermitTTY yes", "DisableForwarding yes", "AllowTcpForwarding no", "AllowStreamLocalForwarding no",
            "X11Forwarding no", "PermitTunnel no", "AllowAgentForwarding no", "PermitUserRC no",
            "AcceptEnv TALKS_* BROWSER DISPLAY XDG_*",
        ])
    }

    override func tearDown() {
        tmux?.close()
        server?.stop()
        try? FileManager.default.removeItem(at: folder)
    }

    /// What the client sends with SendEnv: its own opener, archive, configuration and cache, and kiosk mode off.
    private func hostileClientEnvironment() throws -> [String: String] {
        let opener = path("opener")
        try Data("#!/bin/sh\necho \"$@\" > \(path("opener-ran"))\n".utf8).write(to: URL(fileURLWithPath: opener))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: opener)
        let config = folder.appendingPathComponent("client-config/talks")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("opener = \"\(opener) %u\"\n".utf8).write(to: config.appendingPathComponent("config.toml"))
        let archive = folder.appendingPathComponent("client-archive")
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        try Data("1. March 2026 @ 5pm CET\nAn Archive The Client Chose\nAda, Here\n".utf8).write(to: archive.appendingPathComponent("p.txt"))
        return ["TALKS_OPENER": opener, "BROWSER": opener, "DISPLAY": ":0", "TALKS_KIOSK": "0", "TALKS_ARCHIVE": archive.path,
                "XDG_CONFIG_HOME": path("client-config"), "XDG_CACHE_HOME": path("client-cache")]
    }

    private static let refusal = "not available on this host (kiosk mode)"

    /// `text` in single quotes for sh.
    private static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    private func screen() throws -> String { try tmux!.capture().joined(separator: "\n") }

    @discardableResult
    private func waitFor(_ text: String, timeout: Double = 15, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try tmux!.waitForScreen(timeout: timeout, file: file, line: line) { $0.joined(separator: "\n").contains(text) }.joined(separator: "\n")
    }

    private func assertNothingEscaped(file: StaticString = #filePath, line: UInt = #line) {
        for marker in escapeMarkers {
            XCTAssertFalse(FileManager.default.fileExists(atPath: marker), "\(marker) exists: something ran", file: file, line: line)
        }
    }

    func testTheBrowserOverSSHSearchesButCannotBeLeftForAShell() throws {
        let environment = try hostileClientEnvironment()
        let ssh = server!.client(["-t", "-o", "SendEnv=TALKS_* BROWSER DISPLAY XDG_*"])
            + ["sh -c 'touch \(path("escaped-command"))'"]  // sshd must run ForceCommand instead
        let variables = environment.map { "\($0.key)=\(Self.quoted($0.value))" }.sorted().joined(separator: " ")
        let script = "env \(variables) timeout --foreground 120 \(ssh.map(Self.quoted).joined(separator: " ")); echo \"ssh-exit=$?\"; sleep 60"
        tmux = try TmuxSession(["sh", "-c", script], width: 100, height: 30)

        let first = try waitFor("Revisiting Glorot")
        XCTAssertFalse(first.contains("Client Chose"), "the host's archive, not $TALKS_ARCHIVE")
        try tmux!.sendKeys("/")
        try tmux!.sendKeys("\"neural tangent kernel\" kind:talk", literal: true)
        XCTAssertTrue(try waitFor(" 1/1 ").contains("Neural Tangent Kernel"))
        try tmux!.sendKeys("Enter")

        try tmux!.sendKeys("o")
        try waitFor("open on your computer: https://arxiv.org/pdf/1806.07572")
        try tmux!.sendKeys("2")
        try waitFor("open on your computer: https://rajatvd.github.io/NTK/")
        for key in ["r", "C-z"] {
            try tmux!.sendKeys("j")  // clears the status line, so the message is this key's
            try tmux!.waitForScreen { !$0.joined().contains(KioskOverSSHTests.refusal) }
            try tmux!.sendKeys(key)
            try waitFor(Self.refusal)
        }
        // A shell escape as other programs have it, then a command a shell would answer.
        try tmux!.sendKeys("!")
        try tmux!.sendKeys("echo ESCAPED-$((6*7))", literal: true)
        // No Esc here: over SSH it arrives with the next key, and the pair reads as Alt-key.
        try tmux!.sendKeys("Enter", "?")
        let help = try waitFor("talks (kiosk mode) — keys")
        XCTAssertFalse(help.contains("read the paper's text"), help)
        XCTAssertFalse(help.contains("ESCAPED-42"))
        try tmux!.sendKeys("x", "q", "q")
        try waitFor("ssh-exit=0")

        // The session is over: what is typed now reaches no shell on the host.
        try tmux!.sendKeys("echo ESCAPED-$((6*7))", literal: true)
        try tmux!.sendKeys("Enter")
        usleep(500_000)
        XCTAssertFalse(try screen().contains("ESCAPED-42"))
        assertNothingEscaped()
        let hostCache = try FileManager.default.contentsOfDirectory(atPath: path("host-cache") + "/talks")
        XCTAssertTrue(hostCache.contains { $0.hasPrefix("index-") }, "the index is in the host's cache: \(hostCache)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("client-cache")), "SetEnv beats the client's XDG_CACHE_HOME")
    }

    /// Without a terminal (a command, sftp) ForceCommand still runs talks, which prints its help and ends.
    func testCommandsAndSubsystemsWithoutATerminalGetTheHelpOnly() throws {
        for request in [["-T"], ["-T", "-s"]] {
            let command = request.contains("-s") ? "sftp" : "touch \(path("escaped-notty"))"
            let argv = ["--kill-after=5", "30"] + server!.client(["-n"] + request) + [command]
            let out = try Subprocess.run("/usr/bin/timeout", argv, environment: ["PATH": "/usr/bin:/bin"])
            XCTAssertTrue(out.contains("USAGE: talks"), "\(request): \(out)")
        }
        assertNothingEscaped()
    }
}

import Foundation
import XCTest

/// A private OpenSSH server on 127.0.0.1, for end-to-end tests of what a remote user can reach.
///
/// ```swift
/// let server = try SSHServer(folder: tmp, matchBlock: ["ForceCommand /usr/local/bin/talks --kiosk"])
/// defer { server.stop() }
/// let argv = server.client(["-t"]) + ["ls"]  // ssh … user@127.0.0.1 ls
/// ```
/// Its host key, the client's key and its authorized_keys live in `folder`; the current user logs
/// in with the key (`PermitRootLogin` when that user is root, as in CI). The server runs as a
/// daemon that writes its pid to `folder/sshd.pid`; `stop()` kills it.
final class SSHServer {
    static let sshd = "/usr/sbin/sshd", ssh = "/usr/bin/ssh", keygen = "/usr/bin/ssh-keygen"
    let folder: URL
    let port: Int
    let user: String
    var log: URL { folder.appendingPathComponent("sshd.log") }
    private var pidFile: URL { folder.appendingPathComponent("sshd.pid") }
    private var clientKey: URL { folder.appendingPathComponent("client_key") }

    /// Generates the keys, writes the configuration with `matchBlock` under `Match User <me>`, and
    /// starts the server, waiting until it accepts connections.
    /// - Throws: `XCTSkip` when OpenSSH is not installed or its privilege-separation folder cannot be made.
    init(folder: URL, matchBlock: [String]) throws {
        for tool in [Self.sshd, Self.ssh, Self.keygen] where !FileManager.default.isExecutableFile(atPath: tool) {
            throw XCTSkip("\(tool) is not installed (Debian: openssh-server, openssh-client)")
        }
        // sshd refuses to start without its privilege-separation folder, which only the service creates.
        if (try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)) == nil {
            throw XCTSkip("cannot create /run/sshd, which sshd needs")
        }
        self.folder = folder
        user = String(cString: getpwuid(getuid()).pointee.pw_name)
        port = try Self.freePort()
        for key in ["host_key", "client_key"] {
            _ = try Subprocess.run(Self.keygen, ["-q", "-t", "ed25519", "-N", "", "-f", folder.appendingPathComponent(key).path],
                               environment: [:], capturing: false)
        }
        try FileManager.default.copyItem(at: folder.appendingPathComponent("client_key.pub"),
                                         to: folder.appendingPathComponent("authorized_keys"))
        let config = folder.appendingPathComponent("sshd_config")
        try configuration(matchBlock).write(to: config, atomically: true, encoding: .utf8)
        _ = try Subprocess.run(Self.sshd, ["-f", config.path, "-E", log.path], environment: [:], capturing: false)
        try waitUntilListening()
    }

    /// `ssh` with the options that log in to this server without asking anything, then `options`.
    func client(_ options: [String]) -> [String] {
        [Self.ssh, "-F", "/dev/null", "-i", clientKey.path, "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
         "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
         "-o", "ConnectTimeout=5", "-p", "\(port)"] + options + ["\(user)@127.0.0.1"]
    }

    /// Kills the server and waits (up to 5 s) until it is gone, so its folder can be removed; sessions
    /// end with their clients.
    func stop() {
        guard let text = try? String(contentsOf: pidFile, encoding: .utf8), let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { return }
        kill(pid, SIGTERM)
        let deadline = Date().addingTimeInterval(5)
        while kill(pid, 0) == 0 && Date() < deadline { usleep(20_000) }
    }

    private func configuration(_ matchBlock: [String]) -> String {
        let global = [
            "ListenAddress 127.0.0.1", "Port \(port)",
            "HostKey \(folder.appendingPathComponent("host_key").path)",
            "PidFile \(pidFile.path)",
            "AuthorizedKeysFile \(folder.appendingPathComponent("authorized_keys").path)",
            "StrictModes no", "UsePAM no", "PubkeyAuthentication yes",
            "PasswordAuthentication no", "KbdInteractiveAuthentication no",
            getuid() == 0 ? "PermitRootLogin yes" : "",
            "Subsystem sftp /usr/lib/openssh/sftp-server",  // as Debian's sshd_config has it
            "LogLevel VERBOSE",
        ]
        return (global + ["Match User \(user)"] + matchBlock.map { "    " + $0 }).joined(separator: "\n") + "\n"
    }

    /// A port nothing listens on now: the kernel's pick for a socket bound to port 0.
    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = loopback(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard bound else { throw Subprocess.Failure(call: "bind", code: errno) }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return address
    }

    /// Polls until a TCP connection to the port succeeds; fails with the server's log after 10 s.
    private func waitUntilListening() throws {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = Self.loopback(port: port)
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
            }
            close(fd)
            if connected { return }
            usleep(50_000)
        }
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? "(no log)"
        XCTFail("sshd did not start listening on \(port); its log:\n\(text)")
        throw Subprocess.Failure(call: "sshd", code: -1)
    }
}

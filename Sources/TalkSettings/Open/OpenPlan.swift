import TalkArchive

/// Decides whether a URL is opened by launching the opener or only shown to the user.
///
/// ```swift
/// OpenPlan.decide(url: url, opener: Setting(value: "xdg-open", origin: .builtIn),
///                 environment: ["SSH_CONNECTION": "10.0.0.2 5022 10.0.0.1 22"],
///                 findExecutable: { _ in "/usr/bin/xdg-open" })
/// // .printOnly(reason: "over SSH ($SSH_CONNECTION) with no DISPLAY or WAYLAND_DISPLAY: …")
/// ```
/// Pure: the environment and the PATH lookup are given, so the command line and the browser decide
/// alike and tests decide without a display.
public enum OpenPlan {
    /// Over SSH (`SSH_CONNECTION` or `SSH_TTY` set) without `DISPLAY` or `WAYLAND_DISPLAY`, or when
    /// the opener's program cannot be found, prints; otherwise launches the opener's argv.
    ///
    /// - Parameters:
    ///   - url: the checked URL.
    ///   - opener: the opener setting in force (``TalksSettings/opener``).
    ///   - environment: the process environment.
    ///   - findExecutable: the path of an executable named like the opener's first word, or nil.
    /// - Throws: ``OpenerError`` when the opener text cannot be split into words; the message names
    ///   where the opener came from.
    public static func decide(url: HTTPURL, opener: Setting<String>, environment: [String: String],
                              findExecutable: (String) -> String?) throws(OpenerError) -> OpenDecision {
        if let ssh = remoteSessionWithoutDisplay(environment) {
            return .printOnly(reason: "over SSH ($\(ssh)) with no DISPLAY or WAYLAND_DISPLAY: not launching a browser on the remote host")
        }
        let command: OpenerCommand
        do {
            command = try OpenerCommand(opener.value)
        } catch {
            throw OpenerError("the opener from \(opener.origin): \(error.message)")
        }
        guard let program = findExecutable(command.words[0]) else {
            return .printOnly(reason: "no opener to launch: “\(command.words[0])” (from \(opener.origin)) is not an executable on PATH")
        }
        var argv = command.arguments(for: url.description)
        argv[0] = program
        return .launch(argv)
    }

    /// The variable showing an SSH session with no display to show a browser on, or nil.
    static func remoteSessionWithoutDisplay(_ environment: [String: String]) -> String? {
        func isSet(_ name: String) -> Bool { !(environment[name] ?? "").isEmpty }
        guard !isSet("DISPLAY"), !isSet("WAYLAND_DISPLAY") else { return nil }
        return ["SSH_CONNECTION", "SSH_TTY"].first(where: isSet)
    }
}

/// Whether an OSC 52 copy reaches the clipboard: a terminal takes it (or ignores it, which no
/// program can tell), while tmux keeps it only with `set-clipboard on`; its default, `external`,
/// and `off` drop what programs inside send (tmux(1), `set-clipboard`).
///
/// ```swift
/// ClipboardRoute.decide(environment: ["TMUX": "/tmp/tmux-1000/default,42,0"]) { "external" }
/// // .tmuxDrops(setting: "external")
/// ```
public enum ClipboardRoute: Equatable, Sendable {
    /// Not inside tmux: straight to the terminal.
    case terminal
    /// tmux takes it, keeps it as a buffer and hands it on.
    case tmux
    /// tmux drops it: `set-clipboard` is `setting`.
    case tmuxDrops(setting: String)

    /// - Parameters:
    ///   - environment: the process's (`$TMUX` set and not empty: inside tmux).
    ///   - askTmux: the value of `tmux show -sv set-clipboard`, nil when tmux cannot be asked
    ///     (then the copy is sent in hope, and nothing said against it).
    public static func decide(environment: [String: String], askTmux: () -> String?) -> ClipboardRoute {
        guard let tmux = environment["TMUX"], !tmux.isEmpty else { return .terminal }
        guard let setting = askTmux()?.filter({ !$0.isWhitespace }), !setting.isEmpty else { return .tmux }
        return setting == "on" ? .tmux : .tmuxDrops(setting: setting)
    }

    /// The one-line fix, in forms from the longest to the shortest, for a status line of any width.
    public static func fix(setting: String) -> [String] {
        let command = "tmux set -s set-clipboard on"
        return [
            "tmux dropped the copy (set-clipboard is \(setting)): run  \(command)  and copy again",
            "tmux dropped the copy: run  \(command)",
            "run: \(command)",
            command,
        ]
    }
}

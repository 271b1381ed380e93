import ArgumentParser
import CellText
import Foundation
import TalkArchive
import TalkSettings

/// `talks config [--json]`: the settings in force and where each one came from.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the settings in force and where each came from.",
        discussion: """
            Settings come from the command line (--tz), the environment ($TALKS_OPENER, $BROWSER \
            for the opener), then \
            $XDG_CONFIG_HOME/talks/config.toml (default ~/.config/talks/config.toml), then the \
            built-in defaults ($TZ or the host's zone for timezone). The file may set:

              opener = "firefox --new-tab %u"
              arxiv_mirror = "https://arxiv.org"
              preview = "auto"          # or "always", "never"
              timezone = "Europe/Berlin" # start times in this zone; --tz wins
              [download]
              max_bytes = 52428800
              timeout_seconds = 60

            Any other key, or a value of the wrong type, is an error naming the file and line. In \
            kiosk mode no file or variable is read: the defaults, and no opener (--tz still counts).
            """
    )

    @OptionGroup var kiosk: KioskOptions
    @OptionGroup var zone: ZoneOptions
    @Flag(help: "Print the settings as one JSON object.") var json = false

    func run() throws {
        try reportingFailures {
            let settings = try TalksSettings.forThisProcess(kiosk.policy, zone: zone)
            _ = try settings.browserLooks() // a binding or colour that means nothing is an error here too
            let rows = ConfigRow.rows(of: settings)
            if json { return try RecordJSON.print(ConfigJSON(settings: settings, rows: rows)) }
            var out = HumanOutput()
            let keyWidth = rows.map(\.key.count).max() ?? 0
            let file = settings.policy.isKiosk ? "\(settings.configPath) (not read: kiosk mode)"
                : settings.configFileExists ? settings.configPath : "\(settings.configPath) (none)"
            if settings.policy.isKiosk { out.row("kiosk mode", "on: no \(settings.policy.refusedList)", keyWidth: keyWidth) }
            out.row("config file", file, keyWidth: keyWidth)
            for row in rows {
                let from = row.origin == .builtIn ? "(default)" : "(from \(row.origin))"
                out.row(row.key, "\(row.text)  \(from)", keyWidth: keyWidth)
            }
            out.flush()
        }
    }
}

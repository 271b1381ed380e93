import ArgumentParser
import Foundation
import TalkArchive
import TalkSettings

/// `--tz ZONE`, shared by every command: the zone start times are shown in, whatever the
/// process's own (over SSH, the server's).
struct ZoneOptions: ParsableArguments {
    @Option(name: .customLong("tz"), help: ArgumentHelp("""
        The time zone to show start times in, such as Europe/Berlin: over the configuration's \
        timezone and the process's own zone ($TZ). Allowed in kiosk mode.
        """, valueName: "zone"))
    var tz: String?

    /// An unknown name is a usage error (status 64) naming the option.
    func validate() throws {
        if let tz, ZoneName.zone(tz) == nil { throw ValidationError("--tz: \(ZoneName.refusal(tz))") }
    }

    /// The zone `--tz` names, from the command line; nil without the option.
    var setting: Setting<TimeZone>? {
        tz.flatMap(ZoneName.zone).map { Setting(value: $0, origin: .commandLine(option: "--tz")) }
    }
}

import Foundation
import TalkArchive
import TalkSettings
import TalksUI

extension TalksSettings {
    /// The settings for this process: its environment and the configuration file it points to,
    /// or in kiosk mode the defaults; `--tz` over both.
    ///
    /// - Throws: ``CommandFailure`` with the file and line for a configuration file that is not valid.
    static func forThisProcess(_ policy: KioskPolicy, zone: ZoneOptions) throws -> TalksSettings {
        do {
            return try TalksSettings.load(environment: ProcessInfo.processInfo.environment, policy: policy,
                                          zoneOption: zone.setting)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// The browser's keymap and colours from the `[keys]` and `[colors]` tables.
    ///
    /// - Throws: ``CommandFailure`` naming the file and line of a binding or style that means nothing.
    func browserLooks() throws -> (Keymap, Theme) {
        do {
            return (try BrowserSettings.keymap(keyBindings), try BrowserSettings.theme(colors))
        } catch {
            throw CommandFailure(error.description)
        }
    }
}

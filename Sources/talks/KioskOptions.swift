import ArgumentParser
import Foundation
import TalkArchive
import TalkSettings

/// `--kiosk`, shared by every command: the policy for this process, decided once at start-up.
struct KioskOptions: ParsableArguments {
    @Flag(name: .long, help: """
        Kiosk mode, for public SSH hosts (also $TALKS_KIOSK=1): browse and search only; no opener, \
        downloads, import, enrich, suspend, configuration file or $TALKS_ARCHIVE.
        """)
    var kiosk = false

    /// Kiosk mode if the flag or `$TALKS_KIOSK` asks for it; neither can be undone later.
    var policy: KioskPolicy { .detect(flag: kiosk, environment: ProcessInfo.processInfo.environment) }
}

import Foundation

/// What `talks` may do on this host: everything, or, in kiosk mode, only browse.
///
/// ```swift
/// let policy = KioskPolicy.detect(flag: false, environment: ["TALKS_KIOSK": "1"])
/// policy.allows(.launchOpener)     // false
/// try policy.require(.importFiles)  // throws KioskRefusal
/// ```
/// Kiosk mode is for public hosts that offer `talks` through sshd's `ForceCommand`, in the spirit
/// of `less`'s LESSSECURE: the person at the other end may search and read the archive, and no
/// more. It is decided once, at start-up, from `--kiosk` or `$TALKS_KIOSK`; nothing inside the
/// program can turn it off (the value is immutable and no setting, key or file refers to it).
public struct KioskPolicy: Hashable, Sendable {
    /// What kiosk mode takes away, each with the reason a public host cannot allow it.
    public enum Capability: String, CaseIterable, Sendable {
        /// Starting the opener (`o`, `talks open`): it would run a program on the host.
        case launchOpener = "opener"
        /// `r`: fetching a URL taken from archive text and running pdftotext on it, and filling
        /// the host's disk with PDFs (LESSSECURE likewise turns off LESSOPEN's preprocessor).
        case downloadPapers = "paper downloads"
        /// `talks import`: reading any file the account can read into the shared index.
        case importFiles = "import"
        /// `talks enrich`: making the host ask the arXiv API and write into the archive folder.
        case enrichFromArxiv = "enrich"
        /// Ctrl-Z: under ForceCommand there is no shell to come back from, only a hung session.
        case suspendToShell = "suspend"
        /// `config.toml` from the account's home and `$TALKS_OPENER`/`$BROWSER`: settings the host
        /// did not choose.
        case userConfiguration = "configuration file"
        /// `$TALKS_ARCHIVE`: sshd's AcceptEnv could let the client pick the folder read.
        case archiveFromEnvironment = "$TALKS_ARCHIVE"
        /// `talks export -o FILE`: writing where the person at the other end chooses; the only
        /// file kiosk mode writes is its index (exports still go to standard output).
        case exportToFile = "export to a file"
        /// Marks kept between sessions (`talks star`, `talks state`, the browser's writes): on a
        /// shared account they would be everyone's; the browser keeps them for the session only.
        case savedMarks = "saved marks"
    }

    /// Whether kiosk mode is on.
    public let isKiosk: Bool

    public static let unrestricted = KioskPolicy(isKiosk: false)
    public static let kiosk = KioskPolicy(isKiosk: true)

    /// The status line shown for a refused command.
    public static let refusalMessage = "not available on this host (kiosk mode)"

    /// On with `--kiosk`, or with `TALKS_KIOSK` set to anything but empty or `0` (when unsure, on).
    public static func detect(flag: Bool, environment: [String: String]) -> KioskPolicy {
        let variable = environment["TALKS_KIOSK"]?.trimmingCharacters(in: .whitespaces) ?? ""
        return flag || !(variable.isEmpty || variable == "0") ? .kiosk : .unrestricted
    }

    /// Whether `capability` may be used. Kiosk mode refuses every one; callers still name what they
    /// ask for, so each check says what it guards and a refusal can say what was refused.
    public func allows(_ capability: Capability) -> Bool { !isKiosk }

    /// - Throws: ``KioskRefusal`` when `capability` is refused.
    public func require(_ capability: Capability) throws(KioskRefusal) {
        guard allows(capability) else { throw KioskRefusal(capability: capability) }
    }

    /// "opener, paper downloads, import, …": what is refused, for `talks config` and messages.
    public var refusedList: String {
        Capability.allCases.filter { !allows($0) }.map(\.rawValue).joined(separator: ", ")
    }
}

/// A command kiosk mode refuses; `talks` exits with ``exitCode`` (EX_NOPERM of sysexits.h).
public struct KioskRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    public var capability: KioskPolicy.Capability
    public static let exitCode: Int32 = 77

    /// "import is not available on this host (kiosk mode)".
    public var description: String { "\(capability.rawValue) is \(KioskPolicy.refusalMessage)" }
}

import TalkArchive
import TalkSettings

/// How kiosk mode changes the commands: some are refused, and `o` shows the link instead of opening it.
extension Command {
    /// What the command needs that kiosk mode takes away; nil for a command that only browses.
    public var requires: KioskPolicy.Capability? {
        switch self {
        case .readPaper: return .downloadPapers
        case .suspend: return .suspendToShell
        // An editor is a program run on the host.
        case .editNoteInEditor: return .launchOpener
        default: return nil
        }
    }

    /// The help line under `policy`: nil hides a command it refuses (its key only says so).
    public func help(under policy: KioskPolicy) -> String? {
        if let requires, !policy.allows(requires) { return nil }
        if self == .openLink, !policy.allows(.launchOpener) { return "show the paper's link to click or copy (1–9: that link)" }
        if [.toggleStar, .toggleSeen, .toggleToWatch, .editNote, .editTags].contains(self), !policy.allows(.savedMarks) {
            return help + " — kept for this session only"
        }
        return help
    }
}

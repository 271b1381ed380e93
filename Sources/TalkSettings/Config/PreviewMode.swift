/// When the browser shows the selected record's preview beside or below the list.
///
/// ```toml
/// preview = "auto"   # or "always", "never"
/// ```
/// `auto` shows it only where both panes have room; otherwise the list takes the screen and
/// Enter opens the record, as in newsboat, mutt or tig.
public enum PreviewMode: String, CaseIterable, Hashable, Sendable {
    case auto, always, never

    /// Parses the configuration file's value; nil for anything but the three names.
    public init?(configValue: String) {
        self.init(rawValue: configValue.lowercased())
    }
}

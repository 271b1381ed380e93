import Foundation

/// A time zone named by the user (`timezone = "Europe/Berlin"`, `--tz Europe/Berlin`), checked.
///
/// ```swift
/// ZoneName.zone("Europe/Berlin")?.identifier  // "Europe/Berlin"
/// ZoneName.zone("europe/berlin")?.identifier  // "Europe/Berlin": the zone database's spelling
/// ZoneName.zone("Mars/Olympus")               // nil
/// ```
/// Only the names of the zone database (IANA: `Area/City`, `UTC`, `Etc/GMT+5`, …) count, so a
/// typo is an error rather than a silent fall back to GMT.
public enum ZoneName {
    /// The zone `name` stands for, in the database's spelling; nil for a name it does not know.
    public static func zone(_ name: String) -> TimeZone? {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return nil }
        let known = TimeZone.knownTimeZoneIdentifiers
        let spelled = known.contains(name) ? name : known.first { $0.caseInsensitiveCompare(name) == .orderedSame }
            ?? (["UTC", "GMT"].contains(name.uppercased()) ? name.uppercased() : nil)
        return spelled.flatMap(TimeZone.init(identifier:))
    }

    /// "unknown time zone “Mars/Olympus”; …": why `name` was refused, for the setting's error.
    public static func refusal(_ name: String) -> String {
        "unknown time zone “\(name)”; use a zone database name such as Europe/Berlin, America/New_York or UTC"
    }
}

import TalkArchive
import TalkSettings

/// `talks config --json`: `{"kiosk": …, "config_file": …, "config_file_exists": …, "settings": {KEY: {value, origin, source}}}`.
struct ConfigJSON: Encodable {
    var kiosk: Bool
    var configFile: String
    var configFileExists: Bool
    var settings: [String: Entry]

    /// One setting: its value, the kind of origin ("default", "config file", "environment") and
    /// the source ("FILE:LINE", "TALKS_OPENER") or null for a default.
    struct Entry: Encodable {
        var value: ConfigRow.JSONValue
        var origin: String
        var source: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(value, forKey: .value)
            try container.encode(origin, forKey: .origin)
            try container.encode(source, forKey: .source)  // null for a default, not left out
        }

        enum CodingKeys: String, CodingKey { case value, origin, source }
    }

    enum CodingKeys: String, CodingKey {
        case kiosk, configFile = "config_file", configFileExists = "config_file_exists", settings
    }

    init(settings: TalksSettings, rows: [ConfigRow]) {
        kiosk = settings.policy.isKiosk
        configFile = settings.configPath
        configFileExists = settings.configFileExists
        self.settings = Dictionary(uniqueKeysWithValues: rows.map { row in
            let source: String?
            switch row.origin {
            case .builtIn, .kiosk: source = nil
            case .configFile: source = row.origin.description
            case .environment(let variable): source = variable
            case .commandLine(let option): source = option
            }
            return (row.key, Entry(value: row.value, origin: row.origin.kind, source: source))
        })
    }

}

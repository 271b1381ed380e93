import TalkArchive
import TalkSettings

/// One setting as `talks config` shows it.
struct ConfigRow {
    var key: String
    var value: JSONValue
    var origin: SettingOrigin

    /// The value as text: strings as they are, numbers without a needless ".0".
    var text: String {
        switch value {
        case .string(let s): return s
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        }
    }

    /// Every setting of `settings`, in `ConfigKey` order, then the rebound keys and restyled roles.
    static func rows(of settings: TalksSettings) -> [ConfigRow] {
        let keys = settings.keyBindings.sorted { $0.key < $1.key }.map { name, setting in
            ConfigRow(key: "keys.\(name)", value: .string(setting.value.joined(separator: " ")), origin: setting.origin)
        }
        let colors = settings.colors.sorted { $0.key < $1.key }.map { role, setting in
            ConfigRow(key: "colors.\(role)", value: .string(setting.value), origin: setting.origin)
        }
        return fixedRows(of: settings) + keys + colors
    }

    private static func fixedRows(of settings: TalksSettings) -> [ConfigRow] {
        ConfigKey.allCases.map { key in
            switch key {
            case .opener:
                return ConfigRow(key: key.rawValue, value: .string(settings.opener.value), origin: settings.opener.origin)
            case .arxivMirror:
                return ConfigRow(key: key.rawValue, value: .string(settings.arxivMirror.value.description),
                                 origin: settings.arxivMirror.origin)
            case .preview:
                return ConfigRow(key: key.rawValue, value: .string(settings.preview.value.rawValue), origin: settings.preview.origin)
            case .timezone:
                return ConfigRow(key: key.rawValue, value: .string(settings.timeZone.value.identifier), origin: settings.timeZone.origin)
            case .downloadMaxBytes:
                return ConfigRow(key: key.rawValue, value: .number(Double(settings.downloadMaxBytes.value)),
                                 origin: settings.downloadMaxBytes.origin)
            case .downloadTimeoutSeconds:
                return ConfigRow(key: key.rawValue, value: .number(settings.downloadTimeoutSeconds.value),
                                 origin: settings.downloadTimeoutSeconds.origin)
            }
        }
    }

    /// A setting's value in JSON: a string or a number.
    enum JSONValue: Encodable {
        case string(String)
        case number(Double)

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let s): try container.encode(s)
            case .number(let n):
                if n == n.rounded() && abs(n) < 1e15 { try container.encode(Int(n)) } else { try container.encode(n) }
            }
        }
    }
}

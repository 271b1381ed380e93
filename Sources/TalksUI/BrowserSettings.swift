import ScreenModel
import TalkArchive
import TalkSettings

/// Applies the configuration file's `[keys]` and `[colors]` tables to the browser.
///
/// ```toml
/// [keys]
/// quit = "x"                 # a key name, or a list: move_down = ["j", "ctrl-n"]
/// [colors]
/// match = "black on yellow bold"
/// ```
/// Command names are those of the help screen in snake case (`move_down`, `read_paper`); an
/// unknown command, key name, role or colour is a `ConfigError` naming the file and line.
public enum BrowserSettings {
    public static func keymap(_ bindings: [String: Setting<[String]>]) throws(ConfigError) -> Keymap {
        var keymap = Keymap.standard
        for (name, setting) in bindings.sorted(by: { $0.key < $1.key }) {
            guard let command = Command.allCases.first(where: { $0.configName == name }) else {
                throw error(setting.origin, "keys.\(name): no such command; the commands are \(Command.allCases.map(\.configName).joined(separator: ", "))")
            }
            var keys: [Key] = []
            for keyName in setting.value {
                guard let key = Key(configName: keyName) else {
                    throw error(setting.origin, "keys.\(name): “\(keyName)” is not a key name (a character, ctrl-x, enter, esc, tab, space, up, pgdn, home, f5, …)")
                }
                keys.append(key)
            }
            keymap = keymap.rebinding(command, to: keys)
        }
        return keymap
    }

    public static func theme(_ colors: [String: Setting<String>]) throws(ConfigError) -> Theme {
        var theme = Theme.standard
        for (role, setting) in colors.sorted(by: { $0.key < $1.key }) {
            guard let path = Theme.roles[role] else {
                throw error(setting.origin, "colors.\(role): no such role; the roles are \(Theme.roles.keys.sorted().joined(separator: ", "))")
            }
            do {
                theme[keyPath: path] = try Style(spec: setting.value)
            } catch {
                throw self.error(setting.origin, "colors.\(role): \(error.description)")
            }
        }
        return theme
    }

    private static func error(_ origin: SettingOrigin, _ message: String) -> ConfigError {
        if case .configFile(let path, let line) = origin { return ConfigError(path: path, line: line, message: message) }
        return ConfigError(path: "\(origin)", line: nil, message: message)
    }
}

extension Command {
    /// The command's name in the configuration file: `moveDown` → `move_down`.
    public var configName: String {
        rawValue.reduce(into: "") { name, c in
            if c.isUppercase { name += "_" + c.lowercased() } else { name.append(c) }
        }
    }
}

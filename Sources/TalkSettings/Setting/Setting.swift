/// A setting's effective value and where it came from.
///
/// ```swift
/// settings.opener  // Setting(value: "firefox --new-tab", origin: .environment(variable: "TALKS_OPENER"))
/// ```
public struct Setting<Value: Hashable & Sendable>: Hashable, Sendable {
    public var value: Value
    public var origin: SettingOrigin

    public init(value: Value, origin: SettingOrigin) {
        self.value = value
        self.origin = origin
    }
}

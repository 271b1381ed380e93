/// What to do with a URL the user asked to open.
///
/// ```swift
/// switch try OpenPlan.decide(url: url, opener: settings.opener, environment: env, findExecutable: lookup) {
/// case .launch(let argv): spawn(argv)          // ["/usr/bin/xdg-open", "https://arxiv.org/pdf/2211.05729"]
/// case .printOnly(let reason): show(url, reason) // over SSH, no display: the user opens it locally
/// }
/// ```
public enum OpenDecision: Hashable, Sendable {
    /// Run this argv, detached; its first word is the opener's resolved path.
    case launch([String])
    /// Launch nothing: show the URL (as text, OSC 8, OSC 52) and say why in one line.
    case printOnly(reason: String)
}

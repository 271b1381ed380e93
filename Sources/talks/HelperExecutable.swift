import Foundation

/// A helper program shipped with `talks` (`talks-fetch`): the parts that load the HTTP and TLS
/// libraries (and the arXiv API's XML) run there, so that `talks` itself never does.
enum HelperExecutable {
    /// The helper's path: in `libexec/talks/` of an installed talks, else beside this executable.
    /// - Parameter purpose: what it is needed for, for the message when it is missing ("download papers").
    /// - Throws: ``HelperMissing`` when it is not there or not executable.
    static func path(_ name: String, purpose: String) throws -> String {
        let helper = InstallLayout.current.helper(name).path
        guard access(helper, X_OK) == 0 else { throw HelperMissing(path: helper, purpose: purpose) }
        return helper
    }
}

/// A helper is not where it was installed or built (a `talks` copied elsewhere without it).
struct HelperMissing: Error, CustomStringConvertible {
    let path: String
    let purpose: String
    var description: String { "cannot \(purpose): \(path) is missing; reinstall talks (`make install`) or build it with `swift build`" }
}

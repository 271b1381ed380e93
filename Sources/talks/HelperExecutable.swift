import Foundation

/// A helper program built beside `talks` (`talks-fetch`): the parts that load the HTTP, TLS and
/// XML libraries run there, so that `talks` itself never does.
enum HelperExecutable {
    /// The helper's path beside this executable.
    /// - Parameter purpose: what it is needed for, for the message when it is missing ("download papers").
    /// - Throws: ``HelperMissing`` when it is not there or not executable.
    static func path(_ name: String, purpose: String) throws -> String {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
        let helper = URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent(name).path
        guard access(helper, X_OK) == 0 else { throw HelperMissing(path: helper, purpose: purpose) }
        return helper
    }
}

/// A helper is not beside this executable (a `talks` copied elsewhere without it).
struct HelperMissing: Error, CustomStringConvertible {
    let path: String
    let purpose: String
    var description: String { "cannot \(purpose): \(path) is missing; build it with `swift build`" }
}

import Foundation
import TalkArchive

extension TalksSettings {
    /// The settings for this process: its environment and the configuration file it points to.
    ///
    /// - Throws: ``CommandFailure`` with the file and line for a configuration file that is not valid.
    static func forThisProcess() throws -> TalksSettings {
        do {
            return try TalksSettings.load(environment: ProcessInfo.processInfo.environment)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}

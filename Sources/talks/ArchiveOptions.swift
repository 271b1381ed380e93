import ArgumentParser
import CellText
import Foundation
import PersonalState
import GRDB
import TalkArchive
import TalkSettings

/// The options every archive command shares: the archive folder, kiosk mode and the time zone.
struct ArchiveOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The folder of saved pages to read (default: $TALKS_ARCHIVE, else the archive bundled with talks).",
        valueName: "dir"))
    var archive: String?
    @OptionGroup var kiosk: KioskOptions
    @OptionGroup var zone: ZoneOptions

    /// The settings in force for this command: see ``TalksSettings/forThisProcess(_:zone:)``.
    func settings() throws -> TalksSettings {
        try TalksSettings.forThisProcess(kiosk.policy, zone: zone)
    }

    /// The archive folder in force. In kiosk mode `--archive` still counts (under sshd's
    /// ForceCommand the command line is the host's) but `$TALKS_ARCHIVE` does not (AcceptEnv could
    /// let the client set it).
    func folder() throws -> URL {
        if let archive { return URL(fileURLWithPath: archive) }
        if kiosk.policy.allows(.archiveFromEnvironment),
           let env = ProcessInfo.processInfo.environment["TALKS_ARCHIVE"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        guard let bundled = InstallLayout.current.bundledArchive() else {
            throw CommandFailure("cannot find the bundled archive folder; pass --archive DIR or set TALKS_ARCHIVE")
        }
        return bundled
    }

    /// Opens (building if needed) the index of the archive in force; a notice goes to standard error.
    func openIndex() throws -> ArchiveIndex {
        do {
            // Mark clauses (is:starred, tag:…) read the reader's store, opened only for them.
            let index = try ArchiveIndex.open(archive: try folder(), cache: try CacheInUse.folder())
                .with(marks: DeferredMarkStore(fallingBackToMemory: false) { try markStore() })
            for line in index.notice?.split(separator: "\n") ?? [] {
                FileHandle.standardError.write(Data("talks: \(TerminalSafeText.sanitize(String(line)))\n".utf8))
            }
            return index
        } catch let error as ArchiveError {
            throw CommandFailure(error.message)
        }
    }
}

/// A failure to report in one line on standard error, exiting with status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

extension ParsableCommand {
    /// Runs `body`, turning known failures into one-line messages and exit status 1 (77 for what
    /// kiosk mode refuses). Messages quote input (ids, keys, paths): sanitized like the screen.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("talks: \(TerminalSafeText.sanitize(failure.description))\n".utf8))
            throw ExitCode(1)
        } catch let error as QueryError {
            FileHandle.standardError.write(Data("talks: bad query: \(TerminalSafeText.sanitize(error.message))\n".utf8))
            throw ExitCode(1)
        } catch let error as ArchiveError {
            FileHandle.standardError.write(Data("talks: \(TerminalSafeText.sanitize(error.message))\n".utf8))
            throw ExitCode(1)
        } catch let refusal as KioskRefusal {
            FileHandle.standardError.write(Data("talks: \(TerminalSafeText.sanitize("\(refusal)"))\n".utf8))
            throw ExitCode(KioskRefusal.exitCode)
        } catch let error as DatabaseError {
            FileHandle.standardError.write(Data("talks: cannot write the index in \((try? CacheInUse.folder())?.path ?? IndexLocation.cacheDirectory().path): \(StorageFailure.line(error)); free space or set XDG_CACHE_HOME to another disk\n".utf8))
            throw ExitCode(1)
        }
    }
}

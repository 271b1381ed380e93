import ArgumentParser
import Foundation
import PaperText

/// `talks-fetch`: downloads one paper's PDF into the cache for the browser's reader (`r`,
/// ``DownloadCommand``), or asks the arXiv API for `talks enrich` (`talks-fetch arxiv …`,
/// ``ArxivCommand``), in a process of its own so that `talks` never loads the HTTP and TLS libraries.
///
/// Its arguments are a ``FetchRequest`` or an `ArxivFetchRequest`'s, which `talks` builds. Bad
/// arguments are one line in the mode's own protocol (`error …` or `stopped 0 …`) and exit 64.
@main
struct TalksFetch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "talks-fetch",
        abstract: "Download a paper or ask the arXiv API for talks, in a process of its own.",
        subcommands: [DownloadCommand.self, ArxivCommand.self],
        defaultSubcommand: DownloadCommand.self)

    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        var command: ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            refuse(arguments, error)
        }
        do {
            try command.run()
        } catch {
            exit(withError: error)
        }
    }

    /// Help on standard output (exit 0), or the one line the caller reads for a bad argument (exit 64).
    private static func refuse(_ arguments: [String], _ error: Error) -> Never {
        guard exitCode(for: error) != .success else {
            print(fullMessage(for: error))
            Foundation.exit(0)
        }
        let arxiv = arguments.first == ArxivCommand.configuration.commandName
        let usage = usageString(for: arxiv ? ArxivCommand.self : DownloadCommand.self)
        let message = "talks-fetch: \(self.message(for: error)) (usage: \(usage))"
        if arxiv {
            ArxivMode.say(.stopped(index: 0, message: message))
        } else {
            say(.error(message))
        }
        Foundation.exit(64)
    }

    /// Runs `action` on a thread of its own once standard input reaches its end.
    static func whenInputCloses(_ action: @escaping @Sendable () -> Void) {
        Thread.detachNewThread {
            var byte: UInt8 = 0
            while true {
                let count = read(STDIN_FILENO, &byte, 1)
                if count > 0 || (count < 0 && errno == EINTR) { continue }
                break
            }
            action()
        }
    }

    static func say(_ message: FetchMessage) {
        FileHandle.standardOutput.write(Data((message.line + "\n").utf8))
    }
}

/// At most ten status lines a second: a 20 MB PDF arrives in some 1,250 chunks.
final class Throttle: @unchecked Sendable {
    private let lock = NSLock()
    private var last: ContinuousClock.Instant?

    func due() -> Bool {
        let now = ContinuousClock.now
        return lock.withLock {
            if let last, now - last < .milliseconds(100) { return false }
            last = now
            return true
        }
    }
}

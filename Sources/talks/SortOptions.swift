import ArgumentParser
import TalkArchive

/// `--sort` and `--oldest` of the listing commands, as the index's typed order.
struct SortOptions: ParsableArguments {
    enum Sort: String, ExpressibleByArgument, CaseIterable {
        case relevance, newest, oldest, title

        var order: ResultOrder {
            switch self {
            case .relevance: return .relevance
            case .newest: return .date
            case .oldest: return .oldest
            case .title: return .title
            }
        }
    }

    @Option(help: ArgumentHelp("The order: relevance (searches), newest, oldest or title.", valueName: "order"))
    var sort: Sort?
    @Flag(help: "Oldest first (the same as --sort oldest).") var oldest = false

    func validate() throws {
        if oldest, let sort, sort != .oldest { throw ValidationError("--oldest and --sort \(sort.rawValue) ask for two orders; give one") }
    }

    /// The order asked for, else `fallback`.
    func order(else fallback: ResultOrder) -> ResultOrder {
        oldest ? .oldest : sort?.order ?? fallback
    }
}

import ArgumentParser
import Foundation
import PersonalState
import TalkArchive

/// The record references every marking command takes.
struct MarkTargets: ParsableArguments {
    @OptionGroup var archive: ArchiveOptions
    @Argument(help: "Records, each as `talks show` takes it: an id (ellis-2026-03-16), an arXiv id or URL, or a DOI.")
    var ids: [String]

    /// Makes `change` to every record named, all checked before any is changed, and prints
    /// `*  ellis-2026-03-16` per record (its flags after the change).
    func apply(_ change: MarkChange) throws {
        let store = try archive.savedMarkStore()
        let targets = try archive.openIndex().requireMarkTargets(ids, store: store)
        for id in targets {
            let marks = try store.change(id, change)
            print("\(marks.flags)  \(id)")
        }
    }
}

struct StarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "star", abstract: "Star records.")
    @OptionGroup var targets: MarkTargets
    func run() throws { try reportingFailures { try targets.apply(.star(true)) } }
}

struct UnstarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unstar", abstract: "Take the star off records.")
    @OptionGroup var targets: MarkTargets
    func run() throws { try reportingFailures { try targets.apply(.star(false)) } }
}

struct SeenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "seen", abstract: "Mark records seen (and no longer to watch).")
    @OptionGroup var targets: MarkTargets
    func run() throws { try reportingFailures { try targets.apply(.seen(true)) } }
}

struct UnseenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unseen", abstract: "Mark records not seen.")
    @OptionGroup var targets: MarkTargets
    func run() throws { try reportingFailures { try targets.apply(.seen(false)) } }
}

struct ToWatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "towatch", abstract: "Put records on your list to watch (and mark them not seen).",
        discussion: "--off takes them off the list.")
    @OptionGroup var targets: MarkTargets
    @Flag(help: "Take the records off the list to watch instead.") var off = false
    func run() throws { try reportingFailures { try targets.apply(.toWatch(!off)) } }
}

struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tag", abstract: "Tag a record.")
    @OptionGroup var archive: ArchiveOptions
    @Argument(help: "The record, as `talks show` takes it.") var id: String
    @Argument(help: "Tags: letters, digits and - _ . + /, no spaces (lowercased).") var names: [String]

    func validate() throws { _ = try tagNames(names) }
    func run() throws { try reportingFailures { try TagCommand.change(id, archive: archive, .tag(try tagNames(names))) } }

    /// Makes a tag change to one record and prints its tags.
    static func change(_ reference: String, archive: ArchiveOptions, _ change: MarkChange) throws {
        let store = try archive.savedMarkStore()
        let id = try archive.openIndex().requireMarkTargets([reference], store: store)[0]
        let marks = try store.change(id, change)
        print("\(id)  \(marks.tags.isEmpty ? "(no tags)" : marks.tags.joined(separator: " "))")
    }
}

struct UntagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "untag", abstract: "Take tags off a record.")
    @OptionGroup var archive: ArchiveOptions
    @Argument(help: "The record, as `talks show` takes it.") var id: String
    @Argument(help: "The tags to take off.") var names: [String]

    func validate() throws { _ = try tagNames(names) }
    func run() throws { try reportingFailures { try TagCommand.change(id, archive: archive, .untag(try tagNames(names))) } }
}

/// Checked tag names, or a one-line usage error naming the first that is not one.
func tagNames(_ names: [String]) throws -> [TagName] {
    try names.map { name in
        guard let tag = TagName(name) else { throw ValidationError(TagName.problem(with: name)) }
        return tag
    }
}

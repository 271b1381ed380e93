import Foundation
import GRDB

/// What the browser's topic and speaker pickers list.
extension ArchiveIndex {
    /// A speaker with their affiliation and how many talks they gave.
    public struct SpeakerCount: Hashable, Sendable {
        public var name: String
        public var affiliation: String?
        public var talks: Int
    }

    /// Speakers by number of talks, then by name.
    public func speakerCounts() throws -> [SpeakerCount] {
        var counts: [String: SpeakerCount] = [:]
        for record in try records(kind: .talk) {
            for speaker in record.speakers {
                counts[speaker.name, default: SpeakerCount(name: speaker.name, affiliation: speaker.affiliation, talks: 0)].talks += 1
            }
        }
        return counts.values.sorted { ($1.talks, $0.name) < ($0.talks, $1.name) }
    }

    /// The group's topics in list order, each with how many records of `kind` carry it.
    public func topicCounts(kind: RecordKind? = nil) throws -> [(topic: Topic, records: Int)] {
        let all = try records(kind: kind)
        return try topics().map { topic in
            (topic, all.filter { $0.topics.contains { $0.topic == topic.name } }.count)
        }
    }
}

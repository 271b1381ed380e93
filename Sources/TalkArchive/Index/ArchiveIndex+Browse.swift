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

    /// Speakers by number of talks, then by name, as counted when the index was built (`PickerCounts`).
    ///
    /// `SELECT name, affiliation, talks FROM speaker_count ORDER BY talks DESC, name`
    public func speakerCounts() throws -> [SpeakerCount] {
        try reading { db in
            try Row.fetchAll(db, sql: "SELECT name, affiliation, talks FROM \(PickerCounts.speakerTable) ORDER BY talks DESC, name")
                .map { SpeakerCount(name: $0[0], affiliation: $0[1], talks: $0[2]) }
        }
    }

    /// A topic of the group's list with how many talks and papers are about it.
    public struct TopicCount: Hashable, Sendable {
        public var topic: Topic
        public var talks: Int
        public var papers: Int

        public init(topic: Topic, talks: Int, papers: Int) {
            self.topic = topic
            self.talks = talks
            self.papers = papers
        }
    }

    /// The group's topics in list order, each with how many talks and papers are about it: what
    /// choosing it in the picker (`topic:"…"`) lists, as counted when the index was built (`PickerCounts`).
    ///
    /// `SELECT position, talks, papers FROM topic_count`
    public func topicCountsByKind() throws -> [TopicCount] {
        let topics = try topics()
        let rows = try reading { db in try Row.fetchAll(db, sql: "SELECT position, talks, papers FROM \(PickerCounts.topicTable)") }
        var counts = [(talks: Int, papers: Int)](repeating: (0, 0), count: topics.count)
        for row in rows {
            let position: Int = row[0]
            if counts.indices.contains(position) { counts[position] = (row[1], row[2]) }
        }
        return zip(topics, counts).map { TopicCount(topic: $0, talks: $1.talks, papers: $1.papers) }
    }
}

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
    /// choosing it in the picker (`topic:"…"`) lists, counted in the full-text index (imported
    /// papers carry no topics, and are never read).
    ///
    /// `SELECT count(*) FROM (SELECT 1 FROM record_fts WHERE record_fts MATCH '{topics} : "optimization training dynamics"' AND record_fts.rowid <= 47 LIMIT 2001)`
    public func topicCountsByKind() throws -> [TopicCount] {
        try topics().map { topic in
            let about = "topic:\"\(topic.name)\""
            return TopicCount(topic: topic, talks: try count(SearchQuery(parsing: about + " kind:talk")).value,
                              papers: try count(SearchQuery(parsing: about + " kind:paper")).value)
        }
    }
}

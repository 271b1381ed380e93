import TalkArchive

/// A list to choose from that narrows the main list: topics, or speakers with their talk counts.
public struct Picker: Equatable, Sendable {
    public enum Kind: Sendable, Equatable { case topics, speakers, related, copy }

    /// A record to go to, with its kind: the list it is in (an id does not say).
    public struct Target: Equatable, Sendable {
        public var id: String
        public var kind: RecordKind

        public init(id: String, kind: RecordKind) {
            self.id = id
            self.kind = kind
        }
    }

    public struct Item: Equatable, Sendable {
        public var label: String
        public var detail: String
        public var count: Int
        /// The search that choosing this item runs.
        public var query: String
        /// For related records: the record to go to.
        public var target: Target?
        /// For topics: how many talks and how many papers (`count` is both).
        public var kinds: KindCounts?
        /// For the copy menu: what to copy of the record `target` names.
        public var copy: CopyFormat?

        public init(label: String, detail: String, count: Int, query: String, target: Target? = nil, kinds: KindCounts? = nil,
                    copy: CopyFormat? = nil) {
            self.label = label
            self.detail = detail
            self.count = count
            self.query = query
            self.target = target
            self.kinds = kinds
            self.copy = copy
        }
    }

    /// Talks and papers, counted apart.
    public struct KindCounts: Equatable, Sendable {
        public var talks: Int
        public var papers: Int

        public init(talks: Int, papers: Int) {
            self.talks = talks
            self.papers = papers
        }
    }

    public var kind: Kind
    public var items: [Item]
    /// The selected item and the first shown.
    public var scroll = ScrollState.list

    public init(kind: Kind, items: [Item]) {
        self.kind = kind
        self.items = items
    }

    public var title: String {
        switch kind {
        case .topics: return "Topics (talks and papers about each)"
        case .speakers: return "Speakers (talks given)"
        case .related: return "Related talks and papers"
        case .copy: return "Copy to your clipboard"
        }
    }

    /// The position of the selected item.
    public var selection: Int { scroll.selection ?? 0 }

    /// Jumps to the next item whose label starts with `letter`, in a window of `rows` rows.
    mutating func jump(to letter: Character, rows: Int) {
        let key = letter.lowercased()
        let order = Array(items.indices.dropFirst(selection + 1)) + Array(items.indices.prefix(selection + 1))
        if let next = order.first(where: { items[$0].label.lowercased().hasPrefix(key) }) {
            scroll.select(next, count: items.count, height: rows)
        }
    }
}

extension Picker {
    /// Topics with the number of talks and of papers about each; choosing one searches `topic:"…"`.
    public static func topics(_ counts: [ArchiveIndex.TopicCount]) -> Picker {
        Picker(kind: .topics, items: counts.map { count in
            Item(label: count.topic.name, detail: count.topic.terms.prefix(8).joined(separator: ", "), count: count.talks + count.papers,
                 query: "topic:\"\(count.topic.name)\"", kinds: KindCounts(talks: count.talks, papers: count.papers))
        })
    }

    /// The records related to one, to go to; built from state alone.
    public static func related(_ records: [ArchiveRecord]) -> Picker {
        Picker(kind: .related, items: records.map { record in
            Item(label: record.title, detail: record.date.iso + (record.kind == .paper ? " paper" : " " + (record.series?.badge ?? "")),
                 count: 0, query: "", target: Target(id: record.id, kind: record.kind))
        })
    }

    /// What `y` offers to copy of `record`; built from state alone.
    public static func copy(_ record: ArchiveRecord) -> Picker {
        Picker(kind: .copy, items: CopyFormat.allCases.map { format in
            Item(label: format.label, detail: format.detail, count: 0, query: "", target: Target(id: record.id, kind: record.kind), copy: format)
        })
    }

    /// Speakers by talks given; choosing one searches `speaker:"…"`.
    public static func speakers(_ counts: [ArchiveIndex.SpeakerCount]) -> Picker {
        Picker(kind: .speakers, items: counts.map { speaker in
            Item(label: speaker.name, detail: speaker.affiliation ?? "", count: speaker.talks,
                 query: "speaker:\"\(speaker.name)\"")
        })
    }
}

extension TopicMatcher.Text {
    /// What a record says of its subject: its title, abstract and notes, what public sources say of
    /// the paper (the facts files, `talks enrich`), and for a talk the collection's copies of the
    /// papers it discussed.
    ///
    /// - Parameter discussed: the papers of the collection a talk discussed (none for a paper).
    public init(_ record: ArchiveRecord, discussed: [ArchiveRecord] = []) {
        let facts = record.paperFacts
        self.init(titles: [record.title] + facts.map(\.title) + discussed.map(\.title),
                  bodies: [record.abstract].compactMap { $0 } + record.notes + facts.compactMap(\.abstract)
                      + discussed.compactMap(\.abstract))
    }
}

extension TopicMatcher {
    /// Every record's topics, reading for a talk the papers of the collection it discussed.
    public func assign(to records: inout [ArchiveRecord]) {
        var papers: [String: ArchiveRecord] = [:]
        for record in records where record.kind == .paper { papers[record.id] = record }
        for index in records.indices {
            let record = records[index]
            let discussed = record.kind == .talk ? record.related.compactMap { papers[$0] } : []
            records[index].topics = match(Text(record, discussed: discussed))
        }
    }
}
